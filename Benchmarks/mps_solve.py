#!/usr/bin/env python3
"""Solve an MPS file with HiGHS, SCIP or Gurobi and print one line of key=value results.

Usage: mps_solve.py {highs,scip,gurobi} FILE.mps [--time-limit SECONDS] [--threads N]
       mps_solve.py versions

Every solver proves optimality (relative gap 0, as `parkplan solve` does by default) and
minimizes (parkplan's MPS writes a maximization as the minimization of its negation).
Prints: status=... objective=... bound=... gap=... seconds=...
"""
import argparse
import math
import time


def line(status, objective=math.nan, bound=math.nan, gap=math.nan, seconds=0.0):
    print(f"status={status} objective={objective:.10g} bound={bound:.10g} gap={gap:.6g} seconds={seconds:.3f}")


def highs(path, limit, threads):
    import highspy
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", limit)
    h.setOptionValue("threads", threads)
    h.setOptionValue("mip_rel_gap", 0.0)
    start = time.perf_counter()
    if h.readModel(path) not in (highspy.HighsStatus.kOk, highspy.HighsStatus.kWarning):
        return line("read_error")
    h.run()
    seconds = time.perf_counter() - start
    info = h.getInfo()
    status = h.getModelStatus()
    has = info.primal_solution_status == 2
    name = {highspy.HighsModelStatus.kOptimal: "optimal", highspy.HighsModelStatus.kInfeasible: "infeasible"}.get(
        status, "feasible" if has else "no_solution")
    line(name, info.objective_function_value if has else math.nan, info.mip_dual_bound,
         info.mip_gap if has else math.nan, seconds)


def scip(path, limit, threads):
    import pyscipopt
    m = pyscipopt.Model()
    m.hideOutput()
    start = time.perf_counter()
    m.readProblem(path)
    m.setParam("limits/time", limit)
    m.setParam("limits/gap", 0.0)
    m.setParam("limits/absgap", 0.0)
    m.optimize()
    seconds = time.perf_counter() - start
    status = m.getStatus()
    has = m.getNSols() > 0
    name = {"optimal": "optimal", "infeasible": "infeasible"}.get(status, "feasible" if has else "no_solution")
    line(name, m.getObjVal() if has else math.nan, m.getDualbound(), m.getGap() if has else math.nan, seconds)


def gurobi(path, limit, threads):
    import gurobipy as gp
    env = gp.Env(empty=True)
    env.setParam("OutputFlag", 0)
    env.start()
    start = time.perf_counter()
    m = gp.read(path, env=env)
    m.Params.TimeLimit = limit
    m.Params.Threads = threads
    m.Params.MIPGap = 0.0
    m.Params.MIPGapAbs = 0.0
    try:
        m.optimize()
    except gp.GurobiError as e:  # the free licence's size limit
        return print(f"status=skipped objective=nan bound=nan gap=nan seconds=0 note={str(e).replace(' ', '_')}")
    seconds = time.perf_counter() - start
    has = m.SolCount > 0
    # parkplan's models are bounded (every integer column has bounds, money is limited),
    # so "infeasible or unbounded" means infeasible.
    name = {gp.GRB.OPTIMAL: "optimal", gp.GRB.INFEASIBLE: "infeasible", gp.GRB.INF_OR_UNBD: "infeasible"}.get(
        m.Status, "feasible" if has else "no_solution")
    line(name, m.ObjVal if has else math.nan, m.ObjBound, m.MIPGap if has else math.nan, seconds)


def versions():
    import gurobipy
    import highspy
    import pyscipopt
    g = ".".join(map(str, gurobipy.gurobi.version()))
    s = pyscipopt.Model().version()
    print(f"HiGHS {highspy.Highs().version()}, SCIP {s} (pyscipopt {pyscipopt.__version__}), Gurobi {g}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("solver", choices=["highs", "scip", "gurobi", "versions"])
    parser.add_argument("mps", nargs="?")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=1)
    a = parser.parse_args()
    if a.solver == "versions":
        return versions()
    {"highs": highs, "scip": scip, "gurobi": gurobi}[a.solver](a.mps, a.time_limit, a.threads)


if __name__ == "__main__":
    main()
