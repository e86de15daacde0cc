public import MIP

/// A plan file loaded with `--set` overrides and solved: the unit of work of sweeps,
/// marginals and comparisons.
public enum ScenarioRun {
    /// What loading and solving one scenario gave.
    public enum Outcome: Sendable {
        /// The plan loaded and the solver ran (whatever its status).
        case solved(plan: Plan, result: PlanResult)
        /// The plan did not load (a bad file or `--set`) or the solver call failed.
        case failed(String)

        /// The result, if the scenario was solved.
        public var result: PlanResult? {
            if case .solved(_, let result) = self { return result }
            return nil
        }

        /// The loaded plan, if any.
        public var plan: Plan? {
            if case .solved(let plan, _) = self { return plan }
            return nil
        }
    }

    /// Loads `path` with `overrides` and solves it with `planner` and `options`.
    public static func run(path: String, overrides: [String], planner: Planner, options: SolveOptions) -> Outcome {
        let plan: Plan
        do {
            plan = try PlanLoader.load(path: path, overrides: overrides).plan
        } catch {
            return .failed(error.description)
        }
        do {
            return .solved(plan: plan, result: try planner.solve(plan, options: options))
        } catch {
            return .failed(error.description)
        }
    }
}
