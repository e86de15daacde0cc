import GLPKSolver
import MIP
import Testing

/// OR-Library's generalized assignment problems gap1..gap12, all five problems of each file,
/// solved as maximization (OR-Library's optima) and as minimization.
@Suite struct GeneralizedAssignmentTests {
    @Test(arguments: ORLibraryOptima.assignments)
    func maximizationReachesThePublishedOptimum(_ entry: ORLibraryOptima.Assignment) throws {
        try expectOptimum(entry, sense: .maximize, published: entry.maximum)
    }

    @Test(arguments: ORLibraryOptima.assignments)
    func minimizationReachesThePublishedOptimum(_ entry: ORLibraryOptima.Assignment) throws {
        try expectOptimum(entry, sense: .minimize, published: entry.minimum)
    }

    @Test(arguments: 1...12)
    func readsFiveProblemsOfTheDocumentedSize(file: Int) throws {
        let problems = try ORLibraryFixtures.assignments("gap\(file)")
        let agents = file <= 4 ? 5 : file <= 8 ? 8 : 10
        let jobs = agents * (3 + (file - 1) % 4)
        #expect(problems.count == 5)
        for gap in problems {
            #expect(gap.agentCount == agents)
            #expect(gap.jobCount == jobs)
            #expect(gap.uses.allSatisfy { $0.count == jobs })
        }
    }

    private func expectOptimum(_ entry: ORLibraryOptima.Assignment, sense: ObjectiveSense, published: Int) throws {
        let problem = try ORLibraryFixtures.assignment(entry).problem(sense: sense, name: entry.testDescription)
        let solution = try ORLibrarySolveOptions.solver.solve(problem, options: ORLibrarySolveOptions.standard)

        #expect(solution.status == .optimal, "\(solution.rawStatus)")
        let objective = try #require(solution.objective)
        #expect(objective == Double(published))
        #expect(problem.isFeasible(solution.values))
    }
}
