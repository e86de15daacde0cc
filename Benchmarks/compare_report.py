#!/usr/bin/env python3
"""Read the logs that Benchmarks/compare left and write RESULTS.md (see compare)."""
import json
import math
import os
import re

ROWS = os.environ["ROWS"]
OUT = os.environ["OUT"]
LIMIT = float(os.environ["LIMIT"])
ONE_CORE = os.environ.get("ONE_CORE", "1")
THREADS = os.environ.get("THREADS", "1 2").split()
TOL = 1e-6  # relative tolerance for "the optima agree"


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def num(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


NONE = {"status": "-", "objective": math.nan, "gap": math.nan}


def parkplan(d, n):
    """parkplan's result in its own measure (the JSON's objective.measure), not yet in model units."""
    try:
        j = json.loads(read(f"{d}/parkplan.{n}.json"))
    except ValueError:
        err = read(f"{d}/parkplan.{n}.err").strip().splitlines()
        if any("infeasible" in l for l in err):
            return {"status": "infeasible", "objective": math.nan, "gap": math.nan, "measure": "?"}
        return {"status": "error", "objective": math.nan, "gap": math.nan, "measure": "?", "note": err[-1] if err else ""}
    o = j.get("objective", {})
    value = o.get("value")
    sign = -1.0 if o.get("sense") == "maximize" else 1.0  # the MPS minimizes
    return {"status": j.get("status", "?"), "raw": sign * num(value) if value is not None else math.nan,
            "objective": math.nan, "gap": num(o.get("gap")), "measure": o.get("measure", "?"),
            "path": j.get("solver", {}).get("path", "?")}


def glpsol(d):
    sol, log = read(f"{d}/glpsol.sol"), read(f"{d}/glpsol.log")
    if not sol and not log:
        return dict(NONE)
    m = re.search(r"Status:\s+(.+)", sol)
    raw = m.group(1).strip() if m else "?"
    status = {"INTEGER OPTIMAL": "optimal", "INTEGER NON-OPTIMAL": "feasible", "INTEGER EMPTY": "infeasible",
              "INTEGER UNDEFINED": "no_solution"}.get(raw, raw.lower())
    m = re.search(r"Objective:\s+\S+\s+=\s+(\S+)", sol)
    objective = num(m.group(1)) if m and status in ("optimal", "feasible") else math.nan
    gap = 0.0 if status == "optimal" else math.nan
    lines = [l for l in log.splitlines() if "mip =" in l]
    if lines and status == "feasible":
        m = re.search(r"(\d+(?:\.\d+)?)%", lines[-1])
        gap = num(m.group(1)) / 100 if m else math.nan
    return {"status": status, "objective": objective, "gap": gap}


def cbc(d):
    log = read(f"{d}/cbc.log")
    if not log:
        return dict(NONE)
    m = re.search(r"Result - (.+)", log) or re.search(r"^(Problem is infeasible)", log, re.M)
    raw = m.group(1).strip() if m else "?"
    objective = num((re.search(r"Objective value:\s+(\S+)", log) or [None, None])[1])
    if raw.startswith("Optimal"):
        status = "optimal"
    elif "infeasible" in raw.lower():
        status = "infeasible"
    elif "time limit" in raw.lower():
        status = "feasible" if not math.isnan(objective) else "no_solution"
    else:
        status = raw.lower()
    gap = 0.0 if status == "optimal" else abs(num((re.search(r"Gap:\s+(\S+)", log) or [None, None])[1]))
    return {"status": status, "objective": objective if status in ("optimal", "feasible") else math.nan, "gap": gap}


def keyvalue(path):
    text = read(path)
    if not text:
        return dict(NONE)
    line = next((l for l in text.splitlines() if l.startswith("status=")), "")
    kv = dict(p.split("=", 1) for p in line.split() if "=" in p)
    return {"status": kv.get("status", "error"), "objective": num(kv.get("objective")), "gap": num(kv.get("gap"))}


def to_model_units(pp, reference):
    """parkplan's objective in the exported model's units: its measure divided by the power of
    ten that the model's objective scale is (1e9 for money, 1 for jobs, a power of ten for
    weighted objectives), read off another solver's objective for the same model."""
    if math.isnan(pp.get("raw", math.nan)):
        return
    if math.isnan(reference) or reference == 0 or pp["raw"] == 0:
        pp["objective"] = pp["raw"] / (1e9 if pp["measure"] in ("value", "cost", "npv") else 1)
        return
    scale = 10 ** round(math.log10(abs(pp["raw"] / reference)))
    pp["objective"] = pp["raw"] / scale


def cell(seconds, r):
    if r["status"] == "-" or math.isnan(seconds):
        return "-"
    s = f"{seconds:.2f}"
    if r["status"] == "optimal":
        return s
    if r["status"] == "feasible":
        g = r["gap"]
        return f"{s} (limit, gap {g * 100:.2f}%)" if not math.isnan(g) else f"{s} (limit)"
    return f"{s} ({r['status']})"


def geomean(xs):
    xs = [x for x in xs if x > 0 and math.isfinite(x)]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else math.nan


def fmt(x):
    return "-" if math.isnan(x) else f"{x:.2f}"


SOLVERS = ["parkplan", "highs", "scip", "gurobi", "glpsol", "cbc"]
LABEL = {"parkplan": "parkplan", "highs": "HiGHS", "scip": "SCIP", "gurobi": "Gurobi", "glpsol": "glpsol", "cbc": "cbc"}

rows = []
for line in read(ROWS).splitlines():
    kind, name, dims, d, options = (line.split("\t") + [""])[:5]
    times = {}
    for t in read(f"{d}/times").splitlines():
        k, v = t.split()
        times[k] = num(v)
    res = {}
    for n in THREADS:
        res[f"parkplan.{n}"] = parkplan(d, n)
        res[f"highs.{n}"] = keyvalue(f"{d}/highs.{n}.log")
        res[f"gurobi.{n}"] = keyvalue(f"{d}/gurobi.{n}.log")
    res["scip.1"] = keyvalue(f"{d}/scip.1.log")
    res["glpsol.1"] = glpsol(d)
    res["cbc.1"] = cbc(d)
    refs = [v["objective"] for k, v in res.items() if not k.startswith("parkplan") and not math.isnan(v["objective"])]
    for n in THREADS:
        to_model_units(res[f"parkplan.{n}"], refs[0] if refs else math.nan)
    rows.append({"kind": kind, "name": f"{kind}/{name}", "dims": dims, "t": times, "r": res, "options": options})

mismatches = []
for row in rows:
    res = row["r"]
    proven = {k: v["objective"] for k, v in res.items() if v["status"] == "optimal" and not math.isnan(v["objective"])}
    statuses = {k: v["status"] for k, v in res.items() if v["status"] in ("infeasible",)}
    row["agree"] = "-"
    if statuses and proven:
        mismatches.append(f"{row['name']}: infeasible for {', '.join(statuses)}, optimal for {', '.join(proven)}")
        row["agree"] = "**MISMATCH**"
    elif statuses:
        row["agree"] = f"yes ({len(statuses)} proved infeasible)"
    elif proven:
        ref, low = min(proven.values()), max(proven.values())  # minimization
        bad = (low - ref) > TOL * max(1.0, abs(ref))
        better = [k for k, v in res.items() if v["status"] == "feasible" and v["objective"] < low - TOL * max(1.0, abs(low))]
        if bad or better:
            detail = ", ".join(f"{k} {v['objective']:.9g} ({v['status']})" for k, v in res.items() if not math.isnan(v["objective"]))
            mismatches.append(f"{row['name']}: {detail}")
            row["agree"] = "**MISMATCH**"
        else:
            row["agree"] = f"yes ({len(proven)} proved, {ref:.6g})"

SETTLED = ("optimal", "infeasible")


def ratio_of(row, n):
    tp, th = row["t"].get(f"parkplan.{n}", math.nan), row["t"].get(f"highs.{n}", math.nan)
    return tp / th if th > 0 else math.nan


def both_settled(row, n):
    r = row["r"]
    return r[f"parkplan.{n}"]["status"] in SETTLED and r[f"highs.{n}"]["status"] in SETTLED


def worst(members, n):
    """The largest parkplan/HiGHS ratio among `members` at `n` threads, with its plan."""
    scored = [(ratio_of(row, n), row["name"].split("/", 1)[1]) for row in members]
    scored = [x for x in scored if math.isfinite(x[0])]
    if not scored:
        return "-"
    ratio, name = max(scored)
    return f"{ratio:.2f} ({name})"


kinds = []
for row in rows:
    if row["kind"] not in kinds:
        kinds.append(row["kind"])

out = ["# parkplan against HiGHS, SCIP, Gurobi, glpsol and cbc\n"]
out.append(
    "Written by `Benchmarks/compare` (one command; re-run it after solver changes). Each plan is solved by "
    "`parkplan solve --format json --threads N` (release build; the time includes loading and formulating), and "
    "its model, exported with `parkplan export --mps`, by the other solvers, each proving optimality (relative gap "
    f"0). Every solver gets the same wall-clock limit of {LIMIT:g} s and the same cores: N = 1 runs on core {ONE_CORE}, "
    "N = 2 on cores 0 and 1 (`taskset`), and each solver is told to use N threads. SCIP, glpsol and cbc run at "
    "N = 1 only (SCIP and glpsol search on one thread); glpsol and cbc on the first plans only; Gurobi where its "
    "free licence holds the model (2000 variables and 2000 rows). A time is the wall-clock seconds of the whole "
    "process (start-up, reading the model and, for the Python-driven solvers, the interpreter included) to a proven "
    "optimum; \"limit\" marks a run stopped by the time limit, with the gap it had reached.\n")
if mismatches:
    out.append("## OBJECTIVE MISMATCHES\n")
    out.append("Solvers that proved optimality disagree, or a solution beats a proven optimum:\n")
    out += [f"- {m}" for m in mismatches]
    out.append("")
else:
    out.append("**Objectives:** wherever solvers proved optimality they agree (relative tolerance "
               f"{TOL:g}, in the exported model's own units), and no solution stopped at the limit beats a "
               "proven optimum.\n")

out.append("## Summary by kind of plan\n")
out.append("Geometric mean of parkplan's time over HiGHS's per kind (lower is better; 1.0 is as fast as HiGHS), "
           "the largest ratio with its plan, and how many plans both settled (proved optimal or infeasible). A ratio involving a "
           "run stopped at the limit is a bound, not a measurement.\n")
head = "| kind | plans | " + " | ".join(f"geomean {n}T | max {n}T | settled {n}T" for n in THREADS) + " | paths |"
out.append(head)
out.append("|---|---|" + "---|---|---|" * len(THREADS) + "---|")
every = {n: [] for n in THREADS}
for kind in kinds:
    members = [row for row in rows if row["kind"] == kind]
    cells = []
    for n in THREADS:
        ratios = [ratio_of(row, n) for row in members]
        every[n] += ratios
        finite = [x for x in ratios if math.isfinite(x)]
        settled = sum(1 for row in members if both_settled(row, n))
        cells.append(f"{fmt(geomean(ratios))} | {worst(members, n)} | {settled}/{len(members)}")
    paths = sorted({row["r"][f"parkplan.{THREADS[0]}"].get("path", "?") for row in members})
    out.append(f"| {kind} | {len(members)} | " + " | ".join(cells) + f" | {', '.join(paths)} |")
cells = []
for n in THREADS:
    finite = [x for x in every[n] if math.isfinite(x)]
    over = sum(1 for x in finite if x > 3)
    cells.append(f"**{fmt(geomean(every[n]))}** | {worst(rows, n)}, {over} over 3 | "
                 f"{sum(1 for row in rows if both_settled(row, n))}/{len(rows)}")
out.append(f"| **all** | {len(rows)} | " + " | ".join(cells) + " | |")
out.append("")

for n in THREADS:
    out.append(f"## {n} thread{'s' if n != '1' else ''}\n")
    cols = ["parkplan", "highs", "gurobi"] + (["scip", "glpsol", "cbc"] if n == "1" else [])
    out.append("| plan | model | path | " + " | ".join(f"{LABEL[c]} s" for c in cols) + " | parkplan/HiGHS | optima agree |")
    out.append("|---|---|---|" + "---|" * len(cols) + "---|---|")
    ratios, ratios_opt = [], []
    for row in rows:
        t, r = row["t"], row["r"]
        cells = [cell(t.get(f"{c}.{n}", math.nan), r.get(f"{c}.{n}", NONE)) for c in cols]
        tp, th = t.get(f"parkplan.{n}", math.nan), t.get(f"highs.{n}", math.nan)
        ratio = tp / th if th > 0 else math.nan
        ratios.append(ratio)
        if both_settled(row, n):
            ratios_opt.append(ratio)
        path = r[f"parkplan.{n}"].get("path", "?")
        out.append(f"| {row['name']} | {row['dims']} | {path} | " + " | ".join(cells) + f" | {fmt(ratio)} | {row['agree']} |")
    out.append("")
    out.append(f"Geometric mean of parkplan/HiGHS at {n} thread{'s' if n != '1' else ''}: **{fmt(geomean(ratios))}** "
               f"over {len([x for x in ratios if math.isfinite(x)])} plans ({fmt(geomean(ratios_opt))} over the "
               f"{len(ratios_opt)} both settled). A ratio involving a run stopped at the limit is a bound, not a "
               "measurement.\n")

out.append("## Objectives\n")
out.append("In the exported model's units (parkplan's MPS minimizes; a maximization shows negated). "
           "parkplan's JSON states its objective in its own measure (`objective.measure`: dollars of annual value "
           "or NPV, jobs, a weighted sum); it is divided by the power of ten by which the model scales that "
           "measure.\n")
keys = [f"parkplan.{n}" for n in THREADS] + [f"highs.{n}" for n in THREADS] + ["scip.1", "gurobi.1", "glpsol.1", "cbc.1"]
out.append("| plan | measure | " + " | ".join(keys) + " |")
out.append("|---|---|" + "---|" * len(keys))
for row in rows:
    cells = []
    for k in keys:
        v = row["r"].get(k, NONE)
        cells.append(f"{v['objective']:.6f} ({v['status']})" if not math.isnan(v["objective"]) else v["status"])
    out.append(f"| {row['name']} | {row['r'][f'parkplan.{THREADS[0]}'].get('measure', '?')} | " + " | ".join(cells) + " |")
out.append("")

out.append("## Machine and versions\n")
out.append(f"- CPU: {os.environ.get('MACHINE_CPU', '?')}, nproc {os.environ.get('MACHINE_NPROC', '?')}; "
           f"1-minute load average before each plan: {os.environ.get('MACHINE_LOADS', '?')}; at the end of the run: "
           f"{os.environ.get('MACHINE_LOAD', '?')} (other processes on a shared machine add noise)")
out.append(f"- parkplan {os.environ.get('V_PARKPLAN', '?')} (GLPK library inside), {os.environ.get('V_SWIFT', '?')}")
out.append(f"- {os.environ.get('V_SOLVERS', '?')} (from PyPI: highspy, pyscipopt, gurobipy with its size-limited licence)")
out.append(f"- {os.environ.get('V_GLPSOL', '?')}; CBC {os.environ.get('V_CBC', '?')}")
out.append("- Kinds of plans (name | generator options | plan options | plans):\n")
out.append("```")
out += [l.strip() for l in os.environ.get("KINDS", "").strip().splitlines() if l.strip()]
out.append("```\n")
out.append("## Commands\n")
out.append("```sh")
out.append("Benchmarks/compare     # LIMIT, KINDS, ONLY, THREADS, ONE_CORE, CLASSIC, OUT may be set in the environment")
out.append(f"# per plan and N (cores C: {ONE_CORE} for N = 1, 0-1 for N = 2); OPTS: the kind's plan options:")
out.append("parkplan generate --sites S --types T --phases P --seed K --output DIR GENERATOR-OPTIONS")
out.append("parkplan export DIR/plan.yaml OPTS --mps DIR/model.mps")
out.append(f"taskset -c C parkplan solve DIR/plan.yaml OPTS --format json --time-limit {LIMIT:g} --threads N")
out.append(f"taskset -c C Benchmarks/.venv/bin/python Benchmarks/mps_solve.py highs DIR/model.mps --time-limit {LIMIT:g} --threads N")
out.append(f"taskset -c C Benchmarks/.venv/bin/python Benchmarks/mps_solve.py gurobi DIR/model.mps --time-limit {LIMIT:g} --threads N")
out.append(f"taskset -c {ONE_CORE} Benchmarks/.venv/bin/python Benchmarks/mps_solve.py scip DIR/model.mps --time-limit {LIMIT:g}")
out.append(f"taskset -c {ONE_CORE} glpsol --freemps DIR/model.mps --tmlim {LIMIT:g} -o DIR/glpsol.sol")
out.append(f"taskset -c {ONE_CORE} cbc DIR/model.mps -timeMode elapsed -sec {LIMIT:g} -threads 1 -solve")
out.append("```\n")
with open(OUT, "w") as f:
    f.write("\n".join(out) + "\n")
