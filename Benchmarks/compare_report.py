#!/usr/bin/env python3
"""Read the logs that Benchmarks/compare left and write RESULTS.md (see compare)."""
import json
import math
import os
import re
import shlex

ROWS = os.environ["ROWS"]
OUT = os.environ["OUT"]
LIMIT = float(os.environ["LIMIT"])
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


def parkplan(d):
    try:
        j = json.loads(read(f"{d}/parkplan.json"))
    except ValueError:
        err = read(f"{d}/parkplan.err").strip().splitlines()
        return {"status": "error", "objective": math.nan, "gap": math.nan, "scale": 1e9,
                "note": err[-1] if err else "no output"}
    o = j.get("objective", {})
    scale = 1.0 if o.get("measure") == "jobs" else 1e9
    value = o.get("value")
    return {"status": j.get("status", "?"), "objective": num(value) / scale if value is not None else math.nan,
            "gap": num(o.get("gap")), "solver_seconds": num(j.get("solver", {}).get("seconds")), "scale": scale}


def glpsol(d):
    sol, log = read(f"{d}/glpsol.sol"), read(f"{d}/glpsol.log")
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
    return {"status": status, "objective": -objective, "gap": gap}


def cbc(d):
    log = read(f"{d}/cbc.log")
    m = re.search(r"Result - (.+)", log)
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
    return {"status": status, "objective": -objective if status in ("optimal", "feasible") else math.nan, "gap": gap}


def highs(d):
    line = next((l for l in read(f"{d}/highs.log").splitlines() if l.startswith("status=")), "")
    kv = dict(p.split("=", 1) for p in line.split() if "=" in p)
    return {"status": kv.get("status", "error"), "objective": -num(kv.get("objective")), "gap": num(kv.get("gap"))}


def cell(seconds, r):
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


def fmt_ratio(x):
    return "-" if math.isnan(x) else f"{x:.2f}"


rows = []
for line in read(ROWS).splitlines():
    name, dims, d, t_pp, t_glp, t_cbc, t_hi = line.split("\t")
    rows.append({"name": name, "dims": dims, "dir": d,
                 "t": {"parkplan": num(t_pp), "glpsol": num(t_glp), "cbc": num(t_cbc), "highs": num(t_hi)},
                 "r": {"parkplan": parkplan(d), "glpsol": glpsol(d), "cbc": cbc(d), "highs": highs(d)}})

mismatches = []
for row in rows:
    res = row["r"]
    proven = {k: v["objective"] for k, v in res.items() if v["status"] == "optimal" and not math.isnan(v["objective"])}
    row["agree"] = "-"
    if proven:
        ref = max(proven.values())
        low = min(proven.values())
        bad = (ref - low) > TOL * max(1.0, abs(ref))
        # No feasible solution of a maximization may beat a proven optimum.
        better = [k for k, v in res.items() if v["status"] == "feasible" and v["objective"] > low + TOL * max(1.0, abs(low))]
        if bad or better:
            detail = ", ".join(f"{k} {v['objective']:.9g} ({v['status']})" for k, v in res.items()
                               if not math.isnan(v["objective"]))
            mismatches.append(f"{row['name']}: {detail}")
            row["agree"] = "**MISMATCH**"
        else:
            row["agree"] = f"yes ({len(proven)} proved, {ref:.6g})"

out = []
out.append("# parkplan against glpsol, cbc and HiGHS\n")
out.append("Written by `Benchmarks/compare` (one command; re-run it after solver changes). Each generated plan "
           "(`parkplan generate --sites S --types T --phases P --seed N`) is solved by `parkplan solve --format json` "
           "(release build; the time includes loading and formulating), and its model, exported with "
           "`parkplan export --mps`, by glpsol, cbc and HiGHS. Every solver gets the same wall-clock limit of "
           f"{LIMIT:g} s. A time is the wall-clock seconds of the whole process (start-up, reading the model and, for HiGHS, the Python interpreter included) to a proven optimum; \"limit\" marks a run stopped by "
           "the time limit, with the relative gap it had reached.\n")
if mismatches:
    out.append("## OBJECTIVE MISMATCHES\n")
    out.append("Solvers that proved optimality disagree, or a solution beats a proven optimum "
               "(the MPS is parkplan's own model, so the optima must match):\n")
    out += [f"- {m}" for m in mismatches]
    out.append("")
else:
    out.append("**Objectives:** every instance where solvers proved optimality has the same optimum across "
               f"them (relative tolerance {TOL:g}; parkplan's dollars divided by 1e9, the model's unit), "
               "and no solution stopped at the limit beats a proven optimum.\n")

out.append("## Results\n")
out.append("| plan | model | parkplan s | glpsol s | cbc s | HiGHS s | parkplan/HiGHS | parkplan/glpsol | optima agree |")
out.append("|---|---|---|---|---|---|---|---|---|")
ratios_h, ratios_g, ratios_h_opt, ratios_g_opt = [], [], [], []
for row in rows:
    t, r = row["t"], row["r"]
    rh = t["parkplan"] / t["highs"] if t["highs"] > 0 else math.nan
    rg = t["parkplan"] / t["glpsol"] if t["glpsol"] > 0 else math.nan
    ratios_h.append(rh)
    ratios_g.append(rg)
    if r["parkplan"]["status"] == "optimal" and r["highs"]["status"] == "optimal":
        ratios_h_opt.append(rh)
    if r["parkplan"]["status"] == "optimal" and r["glpsol"]["status"] == "optimal":
        ratios_g_opt.append(rg)
    out.append(f"| {row['name']} | {row['dims']} | {cell(t['parkplan'], r['parkplan'])} | {cell(t['glpsol'], r['glpsol'])} "
               f"| {cell(t['cbc'], r['cbc'])} | {cell(t['highs'], r['highs'])} | {fmt_ratio(rh)} | {fmt_ratio(rg)} | {row['agree']} |")
out.append("")
out.append(f"Geometric mean of parkplan/HiGHS: **{fmt_ratio(geomean(ratios_h))}** over all {len(rows)} plans "
           f"({fmt_ratio(geomean(ratios_h_opt))} over the {len(ratios_h_opt)} that both proved optimal). "
           f"Geometric mean of parkplan/glpsol: **{fmt_ratio(geomean(ratios_g))}** over all plans "
           f"({fmt_ratio(geomean(ratios_g_opt))} over the {len(ratios_g_opt)} that both proved optimal). "
           "A ratio involving a run stopped at the limit is a bound, not a measurement: the capped run "
           "would have taken longer.\n")

out.append("Objectives (model units, billions of dollars of annual value; status):\n")
out.append("| plan | parkplan | glpsol | cbc | HiGHS |")
out.append("|---|---|---|---|---|")
for row in rows:
    cells = []
    for k in ("parkplan", "glpsol", "cbc", "highs"):
        v = row["r"][k]
        cells.append(f"{v['objective']:.6f} ({v['status']})" if not math.isnan(v["objective"]) else v["status"])
    out.append(f"| {row['name']} | " + " | ".join(cells) + " |")
out.append("")

out.append("## Machine and versions\n")
out.append(f"- CPU: {os.environ.get('MACHINE_CPU', '?')}, nproc {os.environ.get('MACHINE_NPROC', '?')}; "
           f"load average at the end of the run: {os.environ.get('MACHINE_LOAD', '?')} "
           "(other processes on a shared machine slow every solver alike, but add noise)")
out.append(f"- parkplan {os.environ.get('V_PARKPLAN', '?')} (GLPK library inside), {os.environ.get('V_SWIFT', '?')}")
out.append(f"- {os.environ.get('V_GLPSOL', '?')}")
out.append(f"- CBC {os.environ.get('V_CBC', '?')}")
out.append(f"- HiGHS {os.environ.get('V_HIGHS', '?')} (highspy from PyPI, one thread)")
out.append(f"- Plans (sites x types x phases / seed): {os.environ.get('PLANS')}\n")
out.append("## Commands\n")
out.append("```sh")
out.append("Benchmarks/compare            # LIMIT, PLANS, OUT may be set in the environment")
out.append("# per plan:")
out.append("parkplan generate --sites S --types T --phases P --seed N --output DIR")
out.append(f"parkplan solve DIR/plan.yaml --format json --time-limit {LIMIT:g}")
out.append("parkplan export DIR/plan.yaml --mps DIR/model.mps")
out.append(f"glpsol --freemps DIR/model.mps --tmlim {LIMIT:g} -o DIR/glpsol.sol")
out.append(f"cbc DIR/model.mps -timeMode elapsed -sec {LIMIT:g} -solve")
out.append(f"Benchmarks/.venv/bin/python Benchmarks/highs_solve.py DIR/model.mps --time-limit {LIMIT:g}")
out.append("```\n")
out.append("`parkplan export --mps` writes a maximization as the minimization of its negated objective "
           "(free MPS has no sense glpsol and cbc read), so every solver minimizes and the table shows the "
           "negated optimum in billions; generated plans maximize annual value. glpsol runs its "
           "default MIP presolver; parkplan runs GLPK with the options of its `solve` command.")
with open(OUT, "w") as f:
    f.write("\n".join(out) + "\n")
