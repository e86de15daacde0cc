import MIP
import Planning
import Testing

/// The four objective forms, on one site holding one plant (max_plants_per_site 1) of
/// either type A (worth 2B a year, 100 jobs) or type B (worth 1B, 500 jobs).
@Suite struct ObjectiveTests {
    typealias T = Tiny

    static func plan(_ objective: Objective) -> Plan {
        T.plan(sites: [T.site("a")],
               types: [T.type("A", value: 2 * T.B, jobs: 100), T.type("B", value: 1 * T.B, jobs: 500)],
               objective: objective, rules: Rules(maxPlantsPerSite: 1))
    }

    /// Value: A (2B) beats B (1B).
    @Test func maximizeValue() throws {
        let result = try T.solve(Self.plan(.maximize(.value)))
        #expect(result.objective == ObjectiveResult(sense: .maximize, measure: .value, value: 2 * T.B,
                                                    bound: 2 * T.B, gap: 0))
        #expect(T.allocations(result) == ["a/A/p1=1"])
    }

    /// Jobs: B (500) beats A (100).
    @Test func maximizeJobs() throws {
        let result = try T.solve(Self.plan(.maximize(.jobs)))
        #expect(result.objective.value == 500)
        #expect(result.objective.measure == .jobs)
        #expect(T.allocations(result) == ["a/B/p1=1"])
    }

    /// Weighted {value: 1, jobs: 1e7}: A scores 2e9 + 1e9 = 3e9, B 1e9 + 5e9 = 6e9: B, 6e9.
    /// With jobs weighted 1e6: A 2e9 + 1e8 = 2.1e9, B 1e9 + 5e8 = 1.5e9: A, 2.1e9.
    @Test func maximizeWeighted() throws {
        let jobsHeavy = try T.solve(Self.plan(.maximize(.weighted(value: 1, jobs: 1e7))))
        #expect(jobsHeavy.objective.value == 6e9)
        #expect(jobsHeavy.objective.measure == .weighted)
        #expect(T.allocations(jobsHeavy) == ["a/B/p1=1"])
        let valueHeavy = try T.solve(Self.plan(.maximize(.weighted(value: 1, jobs: 1e6))))
        #expect(valueHeavy.objective.value == 2.1e9)
        #expect(T.allocations(valueHeavy) == ["a/A/p1=1"])
    }

    /// Minimize cost with nothing required: build nothing, open nothing: 0.
    @Test func minimizeCostBuildsNothingUnlessAsked() throws {
        let result = try T.solve(Self.plan(.minimizeCost))
        #expect(result.status == .optimal)
        #expect(result.objective.value == 0)
        #expect(result.allocations.isEmpty)
        #expect(result.sites.isEmpty)
    }
}
