import ArgumentParser
import Foundation
import GLPKSolver
import MIP
import Planning

extension ParkPlan {
    /// `parkplan export`: the plan's model as a file other solvers read.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the plan's model as CPLEX LP or free MPS (for glpsol, cbc, HiGHS).",
            discussion: "--output FILE writes free MPS when FILE ends in .mps and CPLEX LP otherwise.")

        @OptionGroup var planArguments: PlanArguments

        @Option(name: .customLong("lp"), help: ArgumentHelp("Write CPLEX LP text to this file.", valueName: "file"))
        var lpFile: String?

        @Option(name: .customLong("mps"), help: ArgumentHelp("Write free MPS text to this file.", valueName: "file"))
        var mpsFile: String?

        @Flag(name: .long, help: "Write the model after ParkPlan's presolve (the one its search solves) instead of the plan's model as built.")
        var presolved = false

        @OptionGroup var outputOption: OutputOption

        func validate() throws {
            if lpFile == nil && mpsFile == nil && outputOption.output == nil {
                throw ValidationError("give --lp FILE or --mps FILE (or both)")
            }
        }

        /// Each file to write with its format.
        private var files: [(ModelFileFormat, String)] {
            var files: [(ModelFileFormat, String)] = []
            if let lpFile { files.append((.lp, lpFile)) }
            if let mpsFile { files.append((.mps, mpsFile)) }
            if let output = outputOption.output { files.append((output.hasSuffix(".mps") ? .mps : .lp, output)) }
            return files
        }

        func run() throws {
            let loaded = try planArguments.load()
            try SafeWrite.requireDistinct(files.map(\.1))
            for (_, file) in files { try SafeWrite.check(OutputFile(file, inputs: loaded.files)) }
            let problem = try Self.problem(of: loaded.plan, presolved: presolved)
            for (format, file) in files {
                try SafeWrite.write(bytes: try Self.text(of: problem, format: format), to: OutputFile(file, inputs: loaded.files))
                Terminal.error("wrote \(file) (\(problem.variables.count) variables, \(problem.rows.count) rows, \(problem.nonzeroCount) nonzeros)")
            }
        }

        /// The plan's model, after ParkPlan's presolve when `presolved`; for a plan chosen to
        /// hold (`uncertainty.optimize`), the whole model over the optimizer's scenarios (the
        /// one its search solves, whose budget bounds need linear relaxations).
        private static func problem(of plan: Plan, presolved: Bool) throws -> Problem {
            guard plan.uncertainty?.optimize != nil else {
                return presolved ? Planner.presolvedProblem(of: plan) : Formulation(plan: plan).problem
            }
            do {
                return try Planner(solver: GLPKSolver()).holdModel(plan, options: SolveOptions()).problem
            } catch {
                Terminal.error("parkplan: internal error: cannot build the model: \(error.description)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
        }

        /// The model file's bytes, written by the solver-neutral ``ModelFile``.
        private static func text(of problem: Problem, format: ModelFileFormat) throws -> [UInt8] {
            do {
                return Array(try ModelFile.text(of: problem, format: format).utf8)
            } catch {
                Terminal.error("parkplan: internal error: cannot export the model: \(error)")
                throw ExitCode(Outcome.internalError.rawValue)
            }
        }
    }
}
