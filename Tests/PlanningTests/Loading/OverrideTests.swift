import Testing
@testable import Planning

/// `--set PATH=VALUE` overrides.
struct OverrideTests {
    private func load(_ overrides: String..., yaml: String = basePlan) throws -> Plan {
        try PlanLoader.load(yaml: yaml, file: "test.yaml", overrides: overrides).plan
    }

    @Test func setsBudgetValues() throws {
        let plan = try load("budget.total=300B", "budget.carry_over=false")
        #expect(plan.budget == Budget(total: 3e11, carryOver: false))
    }

    @Test func setsPhaseBudgetsById() throws {
        let plan = try load("phases.p1.budget=80B", "phases.p2.budget=$120B")
        #expect(plan.phases.map(\.budget) == [8e10, 1.2e11])
    }

    @Test func setsAndCreatesSiteCapacities() throws {
        let plan = try load("sites.inl.capacity.power_mw=900", "sites.inl.capacity.water_mgd=3")
        #expect(plan.sites[0].capacity == ["power_mw": 900, "land_acres": 5000, "water_mgd": 3])
    }

    @Test func setsFactoryTypeFields() throws {
        let plan = try load("factory_types.fab-leading.capex=25B", "factory_types.transformer-large.uses.power_mw=40")
        #expect(plan.factoryTypes[1].capex == 2.5e10)
        #expect(plan.factoryTypes[0].uses["power_mw"] == 40)
    }

    @Test func createsAbsentRules() throws {
        let plan = try load("rules.min_states=2", "rules.max_sites=4")
        #expect(plan.rules.minStates == 2 && plan.rules.maxSites == 4)
    }

    @Test func objectiveOverrideReplacesTheObjective() throws {
        let plan = try load("objective.maximize=jobs", yaml: basePlan(adding: "objective: {minimize: cost}"))
        #expect(plan.objective == .maximize(.jobs))
        let weighted = try load("objective.maximize.jobs=2")
        #expect(weighted.objective == .maximize(.weighted(value: 0, jobs: 2)))
    }

    @Test func setsSolverAndName() throws {
        let plan = try load("solver.time_limit_s=5", "name=Another name", "targets.fab-leading.max=1")
        #expect(plan.solver.timeLimit == 5)
        #expect(plan.name == "Another name")
        #expect(plan.targets == [Target(type: "fab-leading", max: 1)])
    }

    @Test(arguments: [
        ("budget.total", "'budget.total' has no '='", "PATH=VALUE"),
        ("sites.inll.capacity.power_mw=900", "no site 'inll'", "closest valid paths: sites.inl.capacity.power_mw"),
        ("budget.totl=3B", "no key 'totl'", "budget.total"),
        ("phases.p9.budget=1B", "no phase 'p9'", "phases.p1.budget"),
        ("rules.min_state=3", "no key 'min_state'", "rules.min_states"),
        ("budget.total.amount=3", "holds a value", "set 'budget.total'"),
        ("include=x.yaml", "no key 'include'", "closest valid paths"),
        ("=3", "empty path segment", "PATH=VALUE"),
    ])
    func badOverrideNamesTheClosestPaths(text: String, message: String, hint: String) throws {
        let error = try #require(loadError(basePlan, overrides: [text]))
        #expect(error.file == "--set")
        #expect(error.description.contains(message), "\(error)")
        #expect(error.description.contains(hint), "\(error)")
    }

    @Test func badOverrideValueIsRefusedLikeInAFile() throws {
        let error = try #require(loadError(basePlan, overrides: ["factory_types.fab-leading.capex=12X"]))
        #expect(error.file == "--set" && error.line == nil)
        #expect(error.description.hasPrefix("--set: error: capex of factory type 'fab-leading'"), "\(error)")
    }
}
