import Testing

@testable import Planning

/// `builders:` in plan and catalog files: what loads, what `--set` and `--unset` reach, and
/// each bad input with its line and fix, from the file and from `--set` alike.
@Suite struct BuilderLoadingTests {
    /// The base plan with builders from line 33: toshiba on lines 34-42 (builds 36, states
    /// 37, commitment 38, min_work 39, max_plants_per_phase 40, capex_factor 41), tsmc on 43.
    static let withBuilders = basePlan(
        adding: """
            builders:
              - id: toshiba
                name: Toshiba
                builds: [transformer-large]
                states: [TN]
                commitment: 25B
                min_work: 2B
                max_plants_per_phase: 3
                capex_factor: 0.95
                sources: ["https://example.com/toshiba"]
              - {id: tsmc, name: TSMC, builds: [fab-leading]}
            """)

    static func withBuilders(replacing old: String, with new: String) -> String {
        replacing(old, with: new, in: withBuilders)
    }

    @Test func everyFieldLoads() throws {
        let plan = try PlanLoader.load(yaml: Self.withBuilders, file: "test.yaml").plan
        let toshiba = try #require(plan.builders?.first)
        #expect(
            toshiba
                == Builder(
                    id: "toshiba", name: "Toshiba", builds: ["transformer-large"], states: ["TN"],
                    commitment: 25e9, minWork: 2e9, maxPlantsPerPhase: 3, capexFactor: 0.95,
                    sources: ["https://example.com/toshiba"]))
        let tsmc = try #require(plan.builders?.last)
        #expect(tsmc.states == nil && tsmc.commitment == nil && tsmc.minWork == 0 && tsmc.maxPlantsPerPhase == nil)
        #expect(tsmc.capexFactor == 1)
    }

    @Test func aPlanWithoutBuildersHasNone() throws {
        #expect(try PlanLoader.load(yaml: basePlan, file: "test.yaml").plan.builders == nil)
    }

    @Test func eligibilityFollowsTypesStatesAndAllowed() throws {
        let plan = try PlanLoader.load(yaml: Self.withBuilders, file: "test.yaml").plan
        let toshiba = plan.builders![0], tsmc = plan.builders![1]
        let inl = plan.sites[0], oakRidge = plan.sites[1]
        let transformer = plan.factoryTypes[0], fab = plan.factoryTypes[1]
        #expect(plan.isEligible(builder: toshiba, site: oakRidge, type: transformer, phase: 1))
        #expect(!plan.isEligible(builder: toshiba, site: inl, type: transformer, phase: 1))  // state
        #expect(!plan.isEligible(builder: toshiba, site: oakRidge, type: fab, phase: 1))  // builds
        #expect(plan.isEligible(builder: tsmc, site: inl, type: fab, phase: 1))
        #expect(!plan.isEligible(builder: tsmc, site: inl, type: fab, phase: 0))  // lead time 84 > 36
    }

    @Test func catalogBuildersMergeWithThePlansOwn() throws {
        let plan = try PlanLoader.load(path: fixturePath("seeds/builders-plan.yaml")).plan
        #expect(plan.builders?.map(\.id) == ["toshiba", "hitachi", "local-builder"])
        #expect(plan.origins["builders.hitachi"]?.file.hasSuffix("sites/builders.yaml") == true)
        #expect(plan.builders?[1].capexFactor == 1.02)
    }

    @Test func aBuilderIdTwiceAcrossFilesIsAnError() throws {
        let error = try #require(loadError(path: fixturePath("seeds/builders-duplicate.yaml")))
        #expect(error.description.contains("duplicate builder id 'hitachi'"), "\(error)")
        #expect(error.file.hasSuffix("builders-duplicate.yaml") && error.line == 7, "\(error)")
        #expect(error.description.contains("sites/builders.yaml:3"), "\(error)")
    }

    @Test func anEmptyListBesideACatalogIsStillAnError() throws {
        let error = try #require(loadError(path: fixturePath("seeds/builders-empty.yaml")))
        #expect(error.file.hasSuffix("builders-empty.yaml") && error.line == 6, "\(error)")
        #expect(error.description.contains("builders is an empty list"), "\(error)")
    }

    @Test func setAndUnsetReachEveryFieldById() throws {
        let plan = try PlanLoader.load(
            yaml: Self.withBuilders, file: "test.yaml",
            overrides: [
                "builders.toshiba.commitment=10B", "builders.toshiba.max_plants_per_phase=1",
                "builders.toshiba.capex_factor=1.1", "builders.toshiba.states=[ID, TN]", "builders.tsmc.min_work=5B",
                "builders.tsmc.builds=[fab-leading, transformer-large]", "builders.toshiba.name=Toshiba Corp.",
                Overrides.unsetting("builders.toshiba.min_work"),
            ]
        ).plan
        let toshiba = plan.builders![0], tsmc = plan.builders![1]
        #expect(toshiba.commitment == 10e9 && toshiba.maxPlantsPerPhase == 1 && toshiba.capexFactor == 1.1)
        #expect(toshiba.states == ["ID", "TN"] && toshiba.minWork == 0 && toshiba.name == "Toshiba Corp.")
        #expect(tsmc.minWork == 5e9 && tsmc.builds == ["fab-leading", "transformer-large"])
        let without = try PlanLoader.load(
            yaml: Self.withBuilders, file: "test.yaml",
            overrides: [Overrides.unsetting("builders.tsmc")]
        ).plan
        #expect(without.builders?.map(\.id) == ["toshiba"])
        let none = try PlanLoader.load(
            yaml: Self.withBuilders, file: "test.yaml",
            overrides: [Overrides.unsetting("builders")]
        ).plan
        #expect(none.builders == nil)
    }

    @Test func setOnAnUnknownBuilderNamesTheClosestPaths() throws {
        let error = try #require(loadError(Self.withBuilders, overrides: ["builders.toshba.commitment=1B"]))
        #expect(error.file == "--set")
        #expect(error.description.contains("no builder 'toshba'"), "\(error)")
        #expect(error.description.contains("builders.toshiba.commitment"), "\(error)")
        let key = try #require(loadError(Self.withBuilders, overrides: ["builders.toshiba.comitment=1B"]))
        #expect(key.description.contains("builders.toshiba.commitment"), "\(key)")
    }

    static let cases: [BadPlan] = [
        BadPlan(
            "an empty list", basePlan(adding: "builders: []"), line: 33,
            "builders is an empty list", "remove builders to plan without them"),
        BadPlan(
            "an unknown type in builds",
            withBuilders(replacing: "builds: [transformer-large]", with: "builds: [transformer-lrge]"),
            line: 36, "unknown factory type 'transformer-lrge' in builds of builder 'toshiba'",
            "did you mean 'transformer-large'?"),
        BadPlan(
            "a state no site is in", withBuilders(replacing: "states: [TN]", with: "states: [TX]"),
            line: 37, "state 'TX' in states of builder 'toshiba' is the state of no site of the plan", "TN"),
        BadPlan(
            "a malformed state", withBuilders(replacing: "states: [TN]", with: "states: [Tennessee]"),
            line: 37, "states of builder 'toshiba': expected two-letter codes"),
        BadPlan(
            "min_work above commitment", withBuilders(replacing: "min_work: 2B", with: "min_work: 30B"),
            line: 39, "min_work of builder 'toshiba' ($30B) is above its commitment ($25B)"),
        BadPlan(
            "an empty builds", withBuilders(replacing: "builds: [transformer-large]", with: "builds: []"),
            line: 36, "builds of builder 'toshiba' is an empty list"),
        BadPlan(
            "an empty states", withBuilders(replacing: "states: [TN]", with: "states: []"),
            line: 37, "states of builder 'toshiba' is an empty list"),
        BadPlan(
            "a duplicate id", withBuilders(replacing: "{id: tsmc,", with: "{id: toshiba,"),
            line: 43, "duplicate builder id 'toshiba'", "first defined at test.yaml:34"),
        BadPlan(
            "a builder without a name", withBuilders(replacing: "{id: tsmc, name: TSMC, ", with: "{id: tsmc, "),
            line: 43, "missing required key 'name' in builder 'tsmc'"),
        BadPlan(
            "an unknown key", withBuilders(replacing: "capex_factor: 0.95", with: "capex_factr: 0.95"),
            line: 41, "unknown key 'capex_factr' in builder 'toshiba'", "did you mean 'capex_factor'?"),
        BadPlan(
            "a negative commitment", withBuilders(replacing: "commitment: 25B", with: "commitment: -25B"),
            line: 38, "commitment of builder 'toshiba'"),
        BadPlan(
            "a negative price factor", withBuilders(replacing: "capex_factor: 0.95", with: "capex_factor: -1"),
            line: 41, "capex_factor of builder 'toshiba'", "not negative"),
        BadPlan(
            "a fractional plant limit",
            withBuilders(replacing: "max_plants_per_phase: 3", with: "max_plants_per_phase: 2.5"),
            line: 40, "max_plants_per_phase of builder 'toshiba'"),
        BadPlan(
            "a require no builder can meet",
            withBuilders(
                replacing: "builders:", with: "rules: {require: [{site: inl, type: transformer-large}]}\nbuilders:"
            )
            .replacingOccurrences(of: "builds: [transformer-large]", with: "builds: [fab-leading]"),
            line: 33,
            "rules.require of 1 'transformer-large' at 'inl' cannot be met: no builder builds 'transformer-large'"),
        BadPlan(
            "a target min no builder can meet",
            withBuilders(replacing: "builders:", with: "targets: [{type: transformer-large, min: 2}]\nbuilders:")
                .replacingOccurrences(of: "builds: [transformer-large]", with: "builds: [fab-leading]"),
            line: 33, "target for 'transformer-large' has min 2, but no builder builds 'transformer-large'"),
    ]

    @Test(arguments: cases)
    func badInputIsAnErrorWithItsLine(_ bad: BadPlan) throws {
        try bad.expectError()
    }

    /// The same mistakes made with `--set` are the same errors, naming `--set`.
    static let setCases: [(override: String, fragment: String)] = [
        ("builders=[]", "builders is an empty list"),
        ("builders.toshiba.builds=[transformer-lrge]", "did you mean 'transformer-large'?"),
        (
            "builders.toshiba.states=[TX]",
            "state 'TX' in states of builder 'toshiba' is the state of no site of the plan"
        ),
        ("builders.toshiba.min_work=26B", "min_work of builder 'toshiba' ($26B) is above its commitment ($25B)"),
        ("builders.toshiba.commitment=1B", "min_work of builder 'toshiba' ($2B) is above its commitment ($1B)"),
        ("builders.toshiba.capex_factor=-0.5", "capex_factor of builder 'toshiba'"),
        ("builders.toshiba.max_plants_per_phase=-1", "max_plants_per_phase of builder 'toshiba'"),
        ("builders.toshiba.builds=[]", "builds of builder 'toshiba' is an empty list"),
    ]

    @Test(arguments: setCases.indices)
    func badValuesThroughSetAreTheSameErrors(_ i: Int) throws {
        let (override, fragment) = Self.setCases[i]
        let error = try #require(loadError(Self.withBuilders, overrides: [override]), "\(override)")
        #expect(error.file == "--set" && error.line == nil, "\(error)")
        #expect(error.description.contains(fragment), "\(error)")
    }

    @Test func aRequireOnATypeNoBuilderBuildsIsAnErrorFromSetToo() throws {
        let error = try #require(
            loadError(
                Self.withBuilders,
                overrides: [
                    "builders.tsmc.builds=[transformer-large]",
                    "rules.require=[{site: inl, type: fab-leading}]",
                ]))
        #expect(error.description.contains("no builder builds 'fab-leading'"), "\(error)")
    }
}
