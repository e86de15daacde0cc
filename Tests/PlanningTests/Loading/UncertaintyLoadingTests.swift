import Testing

@testable import Planning

/// `uncertainty` in plan files and catalogs: what loads, how an included section and the
/// plan's own combine, what `--set` reaches, and each bad input with its line and fix.
@Suite struct UncertaintyLoadingTests {
    /// The base plan with a sampled uncertainty section on lines 33-37.
    static let sampled = basePlan(
        adding: """
            uncertainty:
              capex: {default: {p50: 1.1, p90: 1.5}, fab-leading: {p50: 1.3, p90: 2.0}}
              review_months: {EIS: {p50: 1.2, p90: 2.0}}
              build_months: {transformer-large: 1.1}
              profit: {default: {p50: 1.0, p90: 0.75}}
            """)

    /// The base plan with listed scenarios on lines 33-37.
    static let listed = basePlan(
        adding: """
            uncertainty:
              scenarios:
                - {id: base, weight: 2}
                - {id: overrun, capex: {fab-leading: 1.8}}
                - {id: slow, review_months: {EIS: 2.0, EA: 1.5}, build_months: {default: 1.2}}
            """)

    @Test func aSampledSectionLoadsWithItsDefaults() throws {
        let uncertainty = try #require(try PlanLoader.load(yaml: Self.sampled, file: "test.yaml").plan.uncertainty)
        guard case .sample(let count, let seed, let m) = uncertainty.scenarios else {
            Issue.record("expected a sample")
            return
        }
        #expect(count == 1000 && seed == 1)
        #expect(m.capex.fallback == .quantiles(p50: 1.1, p90: 1.5))
        #expect(m.capex.multiplier(for: "fab-leading") == .quantiles(p50: 1.3, p90: 2.0))
        #expect(m.capex.multiplier(for: "transformer-large") == .quantiles(p50: 1.1, p90: 1.5))
        #expect(m.reviewMonths.multiplier(for: "EIS") == .quantiles(p50: 1.2, p90: 2.0))
        #expect(m.reviewMonths.multiplier(for: "EA") == nil)
        #expect(m.buildMonths.multiplier(for: "transformer-large") == .fixed(1.1))
        #expect(m.profit.fallback == .quantiles(p50: 1.0, p90: 0.75))
        #expect(uncertainty.optimize == nil)
    }

    @Test func listedScenariosLoadWithWeightsDefaultingToOne() throws {
        let uncertainty = try #require(try PlanLoader.load(yaml: Self.listed, file: "test.yaml").plan.uncertainty)
        guard case .listed(let scenarios) = uncertainty.scenarios else {
            Issue.record("expected listed scenarios")
            return
        }
        #expect(scenarios.map(\.id) == ["base", "overrun", "slow"])
        #expect(scenarios.map(\.weight) == [2, 1, 1])
        #expect(scenarios[1].multipliers.capex.multiplier(for: "fab-leading") == .fixed(1.8))
        #expect(scenarios[2].multipliers.reviewMonths.multiplier(for: "EA") == .fixed(1.5))
        #expect(scenarios[2].multipliers.buildMonths.fallback == .fixed(1.2))
    }

    @Test func optimizeIsReadWhenTheObjectiveIsNPV() throws {
        let yaml =
            EconomicsLoadingTests.funded
            + "uncertainty:\n  optimize: {npv: {cvar: 0.1}, confidence: 0.9, scenarios: 50}\n"
        let optimize = try PlanLoader.load(yaml: yaml, file: "test.yaml").plan.uncertainty?.optimize
        #expect(optimize == RobustObjective(npv: .cvar(level: 0.1), confidence: 0.9, scenarios: 50))
        let expected = EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {npv: expected}\n"
        #expect(try PlanLoader.load(yaml: expected, file: "test.yaml").plan.uncertainty?.optimize == RobustObjective())
    }

    @Test func thePlansOwnKeysReplaceTheIncludedSectionsKeysWhole() throws {
        let plan = try PlanLoader.load(path: fixturePath("uncertainty/plan.yaml")).plan
        guard case .sample(let count, let seed, let m) = plan.uncertainty?.scenarios else {
            Issue.record("expected a sample")
            return
        }
        // sample and profit come from the catalog; the plan's capex replaces the catalog's whole.
        #expect(count == 50 && seed == 9)
        #expect(m.capex == MultiplierTable(fallback: .fixed(1.05)))
        #expect(m.profit.fallback == .quantiles(p50: 1.0, p90: 0.8))
    }

    @Test func twoIncludedSectionsAreAnError() throws {
        let error = try #require(loadError(path: fixturePath("uncertainty/two-sections.yaml")))
        #expect(error.file.hasSuffix("more-multipliers.yaml"))
        #expect(error.line == 2)
        #expect(error.description.contains("a second uncertainty section"))
        #expect(error.description.contains("multipliers.yaml:2"))
    }

    @Test func setReachesMultipliersScenariosAndTheSample() throws {
        let plan = try PlanLoader.load(
            yaml: Self.sampled, file: "test.yaml",
            overrides: [
                "uncertainty.capex.fab-leading.p90=2.2", "uncertainty.sample.scenarios=20",
                "uncertainty.profit.default=0.9",
            ]
        ).plan
        guard case .sample(let count, _, let m) = plan.uncertainty?.scenarios else {
            Issue.record("expected a sample")
            return
        }
        #expect(count == 20)
        #expect(m.capex.multiplier(for: "fab-leading") == .quantiles(p50: 1.3, p90: 2.2))
        #expect(m.profit.fallback == .fixed(0.9))
        let listed = try PlanLoader.load(
            yaml: Self.listed, file: "test.yaml",
            overrides: ["uncertainty.scenarios.base.weight=5"]
        ).plan
        guard case .listed(let scenarios) = listed.uncertainty?.scenarios else {
            Issue.record("expected listed scenarios")
            return
        }
        #expect(scenarios[0].weight == 5)
        let removed = try PlanLoader.load(
            yaml: Self.sampled, file: "test.yaml", overrides: [Overrides.unsetting("uncertainty")])
        #expect(removed.plan.uncertainty == nil)
    }

    static func sampled(replacing old: String, with new: String) -> String {
        replacing(old, with: new, in: sampled)
    }

    static func listed(replacing old: String, with new: String) -> String {
        replacing(old, with: new, in: listed)
    }

    static let cases: [BadPlan] = [
        BadPlan(
            "p50 of zero", sampled(replacing: "{p50: 1.3, p90: 2.0}}", with: "{p50: 0, p90: 2.0}}"),
            line: 34, "p50 of capex.fab-leading of uncertainty is 0", "above 0"),
        BadPlan(
            "negative p50", sampled(replacing: "{p50: 1.1, p90: 1.5}", with: "{p50: -1, p90: 1.5}"),
            line: 34, "p50 of capex.default of uncertainty is -1"),
        BadPlan(
            "p90 not a number", sampled(replacing: "p90: 0.75", with: "p90: lots"),
            line: 37, "p90 of profit.default of uncertainty: expected a finite number, got 'lots'"),
        BadPlan(
            "p90 of zero", sampled(replacing: "p90: 0.75", with: "p90: 0"),
            line: 37, "p90 of profit.default of uncertainty is 0", "above 0"),
        BadPlan(
            "p90 missing", sampled(replacing: "{EIS: {p50: 1.2, p90: 2.0}}", with: "{EIS: {p50: 1.2}}"),
            line: 35, "missing required key 'p90'"),
        BadPlan(
            "a fixed multiplier of zero",
            sampled(replacing: "{transformer-large: 1.1}", with: "{transformer-large: 0}"),
            line: 36, "build_months.transformer-large of uncertainty is 0"),
        BadPlan(
            "unknown factory type", sampled(replacing: "fab-leading: {p50", with: "fab-leadng: {p50"),
            line: 34, "unknown factory type 'fab-leadng' in capex of uncertainty", "did you mean 'fab-leading'?"),
        BadPlan(
            "unknown review class", sampled(replacing: "{EIS: {p50", with: "{EIX: {p50"),
            line: 35, "unknown review class 'EIX' in review_months of uncertainty", "did you mean 'EIS'?"),
        BadPlan(
            "unknown key in the section", sampled(replacing: "  profit:", with: "  proft:"),
            line: 37, "unknown key 'proft' in uncertainty", "did you mean 'profit'?"),
        BadPlan(
            "a list as a multiplier",
            sampled(replacing: "{transformer-large: 1.1}", with: "{transformer-large: [1, 2]}"),
            line: 36, "expected a number or {p50: A, p90: B}"),
        BadPlan(
            "both sample and scenarios", listed(replacing: "  scenarios:", with: "  sample: {seed: 3}\n  scenarios:"),
            line: 34, "uncertainty gives both sample and scenarios"),
        BadPlan(
            "a weight of zero", listed(replacing: "weight: 2", with: "weight: 0"),
            line: 35, "weight of scenario 'base' is 0", "above 0"),
        BadPlan(
            "a negative weight", listed(replacing: "weight: 2", with: "weight: -1"),
            line: 35, "weight of scenario 'base' is -1"),
        BadPlan(
            "p50 and p90 inside a listed scenario",
            listed(replacing: "{fab-leading: 1.8}", with: "{fab-leading: {p50: 1, p90: 2}}"),
            line: 36, "capex.fab-leading of scenario 'overrun': {p50, p90} inside a listed scenario", "fixed numbers"),
        BadPlan(
            "multipliers beside scenarios",
            listed(replacing: "  scenarios:", with: "  capex: {default: 1.2}\n  scenarios:"),
            line: 34, "uncertainty.capex stands beside scenarios"),
        BadPlan(
            "duplicate scenario id", listed(replacing: "id: overrun", with: "id: base"),
            line: 36, "duplicate scenario id 'base'"),
        BadPlan(
            "an empty scenario list", basePlan(adding: "uncertainty:\n  scenarios: []"),
            line: 34, "lists no scenario"),
        BadPlan(
            "a sample of no scenarios", basePlan(adding: "uncertainty:\n  sample: {scenarios: 0}"),
            line: 34, "uncertainty.sample.scenarios is 0"),
        BadPlan(
            "a fractional seed", basePlan(adding: "uncertainty:\n  sample: {seed: 1.5}"),
            line: 34, "seed of uncertainty.sample"),
        BadPlan(
            "optimize without an npv objective", basePlan(adding: "uncertainty:\n  optimize: {npv: expected}"),
            line: 34, "uncertainty.optimize needs the objective {maximize: npv}"),
    ]

    @Test(arguments: cases)
    func badInputIsAnErrorWithItsLine(_ bad: BadPlan) throws {
        try bad.expectError()
    }

    static let badOptimize: [BadPlan] = [
        BadPlan(
            "cvar of zero", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {npv: {cvar: 0}}\n",
            line: 42, "uncertainty.optimize.npv.cvar is 0", "above 0 and at most 1"),
        BadPlan(
            "cvar above one", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {npv: {cvar: 1.5}}\n",
            line: 42, "cvar is 1.5"),
        BadPlan(
            "an unknown measure", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {npv: expectd}\n",
            line: 42, "unknown measure 'expectd'", "did you mean 'expected'?"),
        BadPlan(
            "confidence of zero", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {confidence: 0}\n",
            line: 42, "uncertainty.optimize.confidence is 0"),
        BadPlan(
            "confidence above one", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {confidence: 1.01}\n",
            line: 42, "confidence is 1.01"),
        BadPlan(
            "no optimizer scenarios", EconomicsLoadingTests.funded + "uncertainty:\n  optimize: {scenarios: 0}\n",
            line: 42, "uncertainty.optimize.scenarios is 0"),
    ]

    @Test(arguments: badOptimize)
    func badOptimizeSettingsAreErrorsWithTheirLine(_ bad: BadPlan) throws {
        try bad.expectError()
    }

    /// Every error above, reached through `--set` on a valid plan: the same message, named `--set`.
    @Test(arguments: [
        (sampled, "uncertainty.capex.fab-leading.p50=0", "p50 of capex.fab-leading of uncertainty is 0"),
        (
            sampled, "uncertainty.capex.fab-leading.p90=abc",
            "p90 of capex.fab-leading of uncertainty: expected a finite number"
        ),
        (sampled, "uncertainty.capex.fab-leading.p90=-2", "p90 of capex.fab-leading of uncertainty is -2"),
        (sampled, "uncertainty.capex.fab-leadng.p90=2.2", "unknown factory type 'fab-leadng'"),
        (sampled, "uncertainty.review_months.EIX=1.5", "unknown review class 'EIX'"),
        (listed, "uncertainty.sample.seed=4", "uncertainty gives both sample and scenarios"),
        (listed, "uncertainty.scenarios.base.weight=0", "weight of scenario 'base' is 0"),
        (listed, "uncertainty.scenarios.overrun.capex.fab-leading.p90=2", "{p50, p90} inside a listed scenario"),
        (listed, "uncertainty.capex.default=1.1", "uncertainty.capex stands beside scenarios"),
        (sampled, "uncertainty.optimize.npv=expected", "needs the objective {maximize: npv}"),
    ])
    func badValuesThroughSetAreTheSameErrors(_ yaml: String, _ override: String, _ message: String) throws {
        let error = try #require(loadError(yaml, overrides: [override]))
        #expect(error.file == "--set", "\(error)")
        #expect(error.line == nil)
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func scenariosSetBesideThePlansMultipliersNameTheMultipliersLine() throws {
        let error = try #require(loadError(Self.sampled, overrides: ["uncertainty.scenarios=[{id: a}]"]))
        #expect(error.file == "test.yaml" && error.line == 34)
        #expect(error.description.contains("uncertainty.capex stands beside scenarios"))
    }

    @Test func anUnknownPathUnderUncertaintyNamesTheClosest() throws {
        let error = try #require(loadError(Self.sampled, overrides: ["uncertainty.capx.default=1.2"]))
        #expect(error.description.contains("uncertainty.capex.default"), "\(error)")
        let scenario = try #require(loadError(Self.listed, overrides: ["uncertainty.scenarios.bse.weight=2"]))
        #expect(scenario.description.contains("uncertainty.scenarios.base.weight"), "\(scenario)")
    }
}
