import ArgumentParser
import GLPKSolver
import MIP
import Planning

extension ParkPlan {
    /// `parkplan export`: the plan's model as a file other solvers read.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the plan's model as CPLEX LP or free MPS (for glpsol, cbc, HiGHS).")

        @OptionGroup var planArguments: PlanArguments

        @Option(name: .customLong("lp"), help: ArgumentHelp("Write CPLEX LP text to this file.", valueName: "file"))
        var lpFile: String?

        @Option(name: .customLong("mps"), help: ArgumentHelp("Write free MPS text to this file.", valueName: "file"))
        var mpsFile: String?

        func validate() throws {
            if lpFile == nil && mpsFile == nil { throw ValidationError("give --lp FILE or --mps FILE (or both)") }
        }

        func run() throws {
            let loaded = try planArguments.load()
            let problem = Formulation(plan: loaded.plan).problem
            for (format, file) in [(ModelFileFormat.lp, lpFile), (.mps, mpsFile)] {
                guard let file else { continue }
                do {
                    try GLPKSolver.write(problem, format: format, to: file)
                } catch {
                    Terminal.error("parkplan: \(error.description)")
                    throw ExitCode(Outcome.internalError.rawValue)
                }
                Terminal.error("wrote \(file) (\(problem.variables.count) variables, \(problem.rows.count) rows, \(problem.nonzeroCount) nonzeros)")
            }
        }
    }
}
