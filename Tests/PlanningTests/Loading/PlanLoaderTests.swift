import Testing
@testable import Planning

/// Plans that load, and what they load to.
struct PlanLoaderTests {
    @Test func basePlanLoadsWithDefaults() throws {
        let loaded = try PlanLoader.load(yaml: basePlan, file: "test.yaml")
        let plan = loaded.plan
        #expect(plan.name == "Test plan")
        #expect(plan.start == YearMonth(year: 2026, month: 1))
        #expect(plan.phases.map(\.id) == ["p1", "p2"])
        #expect(plan.monthsThrough(phase: 0) == 36)
        #expect(plan.objective == .maximize(.value))
        #expect(plan.budget == Budget(total: nil, carryOver: true))
        #expect(plan.sites.map(\.id) == ["inl", "oak-ridge"])
        #expect(plan.factoryTypes.map(\.capex) == [5e8, 2e10])
        #expect(plan.factoryTypes[0].maxPerSite == 1)
        #expect(plan.reviewMonths["EIS"] == 36)
        #expect(plan.origins["sites.inl"]?.line == 8)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func jsonPlanLoads() throws {
        let json = """
        {"name": "J", "start": "2026-01", "phases": [{"id": "p1", "ends": "2027-12", "budget": "5B"}],
         "review_months": {"EA": 6},
         "sites": [{"id": "a", "name": "A", "state": "OH", "capacity": {"power_mw": 10}}],
         "factory_types": [{"id": "t", "name": "T", "capex": 1000000, "annual_value": "2M", "jobs": 5,
                            "uses": {"power_mw": 1}, "build_months": 6, "review": "EA"}]}
        """
        let plan = try PlanLoader.load(yaml: json, file: "j.json").plan
        #expect(plan.phases[0].budget == 5e9)
        #expect(plan.factoryTypes[0].annualValue == 2e6)
    }

    @Test(arguments: [
        ("objective: {maximize: value}", Objective.maximize(.value)),
        ("objective: {maximize: jobs}", .maximize(.jobs)),
        ("objective: {maximize: {value: 1, jobs: 250000}}", .maximize(.weighted(value: 1, jobs: 250000))),
        ("objective: {minimize: cost}", .minimizeCost),
    ])
    func objectiveFormsLoad(line: String, objective: Objective) throws {
        #expect(try PlanLoader.load(yaml: basePlan(adding: line)).plan.objective == objective)
    }

    @Test func optionalFieldsLoad() throws {
        let yaml = basePlan(replacing: "    state: ID\n", with: """
            state: ID
            agency: DOE
            lat: 43.52
            lon: -112.95
            cost_index: 1.1
            development_cost: 400M
            max_plants: 3
            notes: estimate
            sources: ["https://example.org"]
            expansions:
              - {id: inl-smr, name: SMRs, adds: {power_mw: 1200}, cost: 8B, online_months: 72, notes: planned}

        """) + "budget: {total: 550B, carry_over: false}\nsolver: {time_limit_s: 60, mip_gap: 0.0001}\n"
        let plan = try PlanLoader.load(yaml: yaml).plan
        let site = plan.sites[0]
        #expect(site.agency == "DOE" && site.lat == 43.52 && site.lon == -112.95 && site.costIndex == 1.1)
        #expect(site.developmentCost == 4e8 && site.maxPlants == 3 && site.notes == "estimate")
        #expect(site.expansions == [Expansion(id: "inl-smr", name: "SMRs", adds: ["power_mw": 1200], cost: 8e9, onlineMonths: 72)])
        #expect(plan.budget == Budget(total: 5.5e11, carryOver: false))
        #expect(plan.solver == SolverSettings(timeLimit: 60, mipGap: 0.0001))
    }

    @Test func selectFiltersAndWarnsAboutEntriesWithoutEffect() throws {
        let yaml = basePlan(replacing: "    state: TN\n", with: "    state: TN\n    excludes: [fab-leading]\n") + """
        select: {sites: [oak-ridge], factory_types: [transformer-large]}
        rules:
          forbid: [{site: inl}, {type: transformer-large}]
        targets: [{type: fab-leading, min: 1}, {type: transformer-large, max: 2}]

        """
        let loaded = try PlanLoader.load(yaml: yaml, file: "test.yaml")
        #expect(loaded.plan.sites.map(\.id) == ["oak-ridge"])
        #expect(loaded.plan.factoryTypes.map(\.id) == ["transformer-large"])
        #expect(loaded.plan.targets == [Target(type: "transformer-large", max: 2)])
        #expect(loaded.plan.rules.forbid == [Forbidden(type: "transformer-large")])
        #expect(loaded.plan.sites[0].excludes.isEmpty)
        #expect(loaded.warnings.count == 3)
        #expect(loaded.warnings.contains { $0.hasPrefix("test.yaml:37:") && $0.contains("targets entry for 'fab-leading'") })
    }

    @Test func warnsWhenASiteDoesNotLimitAResourceATypeUses() throws {
        let yaml = basePlan(replacing: "uses: {power_mw: 30,", with: "uses: {water_mgd: 0.2, power_mw: 30,")
        let warnings = try PlanLoader.load(yaml: yaml).warnings
        #expect(warnings == [
            "<plan>:17:5: warning: resource 'water_mgd' that type transformer-large uses is limited at no site"
        ])
        let one = yaml.replacingOccurrences(of: "{power_mw: 500, land_acres: 3000}",
                                            with: "{power_mw: 500, land_acres: 3000, water_mgd: 2}")
        #expect(try PlanLoader.load(yaml: one).warnings.contains {
            $0.contains("site 'inl' does not limit water_mgd, which type transformer-large uses")
        })
    }

    @Test func requireCountDefaultsToOne() throws {
        let plan = try PlanLoader.load(yaml: basePlan(adding: "rules:\n  require: [{site: inl, type: transformer-large}]")).plan
        #expect(plan.rules.require == [Requirement(site: "inl", type: "transformer-large", count: 1)])
    }

    @Test func aliasesAndMergeKeysWorkAsValues() throws {
        let yaml = basePlan(replacing: "    capacity: {power_mw: 500, land_acres: 3000}", with: "    capacity: *cap")
            .replacingOccurrences(of: "capacity: {power_mw: 300, land_acres: 5000}",
                                  with: "capacity: &cap {power_mw: 300, land_acres: 5000}")
        let plan = try PlanLoader.load(yaml: yaml).plan
        #expect(plan.sites[1].capacity == ["power_mw": 300, "land_acres": 5000])
    }
}
