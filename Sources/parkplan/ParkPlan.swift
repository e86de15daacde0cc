import ArgumentParser

/// The `parkplan` command: plan files in, allocation tables out.
@main
struct ParkPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parkplan",
        abstract: "Decide which factory types go to which candidate parks, in which phase, provably optimally.",
        discussion: """
            Exit status:
              0  a plan was found (optimal or feasible)
              1  the plan is infeasible
              2  a bad plan file or --set
              3  no solution within the limits or before a signal (or an unbounded plan)
              4  an internal error
              64 a malformed command line
              130, 143  a second Ctrl-C or SIGTERM ended the program at once
            --time-limit covers the whole command; Ctrl-C and SIGTERM stop it and print the best
            plan so far. See docs/solving.md.
            """,
        version: "0.1.0",
        subcommands: [Solve.self, Risk.self, Check.self, Export.self, Explain.self, SweepCommand.self, Merge.self, Compare.self,
                      Generate.self])
}
