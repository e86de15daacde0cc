import GLPKSolver
import MIP
@testable import Planning
import Testing

/// The aggregate states only the plant levels a site could ever hold: a level above what
/// the site's resources allow with every expansion built, or above its plant limit, is
/// left out, and the optimum is unchanged.
@Suite struct ReachableLevelTests {
    /// One site with 1,000 MW (and a 300 MW expansion) and one type that uses 400 MW,
    /// `max_per_site` 6: at most three plants fit, only with the expansion.
    static func plan(maxPlants: Int? = nil, power: Double = 1_000, use: Double = 400, builders: [Builder]? = nil) -> Plan {
        let B = 1e9
        let type = FactoryType(id: "fab", name: "fab", capex: 1 * B, annualValue: 2 * B, jobs: 100,
                               uses: ["power": use], buildMonths: 12, review: "CE", maxPerSite: 6)
        let site = Site(id: "s", name: "s", state: "ID", capacity: ["power": power], maxPlants: maxPlants,
                        expansions: [Expansion(id: "gas", adds: ["power": 300], cost: 0.5 * B, onlineMonths: 6)])
        return Plan(name: "reachable", start: YearMonth(year: 2026, month: 1),
                    phases: [Phase(id: "p1", ends: YearMonth(year: 2028, month: 12), budget: 20 * B)],
                    budget: Budget(), objective: .maximize(.value), reviewMonths: ["CE": 0], sites: [site], factoryTypes: [type],
                    builders: builders)
    }

    @Test func levelsStopAtWhatTheResourcesAndExpansionsHold() {
        let model = AggregateModel(formulation: Formulation(plan: Self.plan()))
        #expect(model.levels[0][0].count == 3)
    }

    @Test func levelsStopAtTheSitesPlantLimit() {
        let model = AggregateModel(formulation: Formulation(plan: Self.plan(maxPlants: 2)))
        #expect(model.levels[0][0].count == 2)
    }

    @Test func aSiteThatCannotHoldOnePlantHasNoLevels() {
        let model = AggregateModel(formulation: Formulation(plan: Self.plan(power: 50)))
        #expect(model.levels[0][0].isEmpty)
    }

    @Test func aBuildersLevelsStopWhereTheSitesDo() {
        let builders = [Builder(id: "a"), Builder(id: "b", minWork: 1e9)]
        let model = AggregateModel(formulation: Formulation(plan: Self.plan(builders: builders)))
        #expect(model.builders[0][0].map(\.columns.count) == [3, 3])
        let none = AggregateModel(formulation: Formulation(plan: Self.plan(power: 50, builders: builders)))
        #expect(none.builders[0][0].isEmpty)
    }

    @Test func aTinyUseLeavesTheTypesOwnLimit() {
        let model = AggregateModel(formulation: Formulation(plan: Self.plan(use: 1e-300)))
        #expect(model.levels[0][0].count == 6)
    }

    @Test func theOptimumBuildsTheExpansionForTheThirdPlant() throws {
        // 3 plants need 1,200 MW: the expansion (0.5B) is worth it (value 2B a plant).
        try PhaseAggregationTests.compare(Self.plan())
        let result = try Planner(solver: GLPKSolver()).solve(Self.plan(), options: SolveOptions())
        #expect(result.status == .optimal)
        #expect(result.objective.value == 6e9)
    }
}
