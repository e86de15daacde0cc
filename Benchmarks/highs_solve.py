#!/usr/bin/env python3
"""Solve an MPS file with HiGHS and print one line of key=value results.

Usage: highs_solve.py FILE.mps [--max] [--time-limit SECONDS]

Free MPS as glpk writes it carries no objective sense, so --max says the model
maximizes. Prints: status=... objective=... bound=... gap=... seconds=... version=...
"""
import argparse
import math
import time

import highspy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mps")
    parser.add_argument("--max", action="store_true", help="maximize the objective")
    parser.add_argument("--time-limit", type=float, default=60.0)
    args = parser.parse_args()

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", args.time_limit)
    h.setOptionValue("threads", 1)
    # Prove optimality as parkplan, glpsol and cbc do, not stop at the default 1e-4 gap.
    h.setOptionValue("mip_rel_gap", 0.0)
    start = time.perf_counter()
    status = h.readModel(args.mps)
    if status != highspy.HighsStatus.kOk and status != highspy.HighsStatus.kWarning:
        print(f"status=read_error objective=nan bound=nan gap=nan seconds=0 version={highspy.Highs().version()}")
        return
    if args.max:
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()
    seconds = time.perf_counter() - start
    model_status = h.getModelStatus()
    info = h.getInfo()
    names = {
        highspy.HighsModelStatus.kOptimal: "optimal",
        highspy.HighsModelStatus.kInfeasible: "infeasible",
        highspy.HighsModelStatus.kUnbounded: "unbounded",
        highspy.HighsModelStatus.kUnboundedOrInfeasible: "infeasible_or_unbounded",
        highspy.HighsModelStatus.kTimeLimit: "time_limit",
    }
    name = names.get(model_status, h.modelStatusToString(model_status).replace(" ", "_").lower())
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    objective = info.objective_function_value if has_solution else math.nan
    bound = info.mip_dual_bound
    gap = info.mip_gap if has_solution else math.nan
    if name == "time_limit":
        name = "feasible" if has_solution else "no_solution"
    print(f"status={name} objective={objective:.10g} bound={bound:.10g} gap={gap:.6g} "
          f"seconds={seconds:.3f} version={h.version()}")


if __name__ == "__main__":
    main()
