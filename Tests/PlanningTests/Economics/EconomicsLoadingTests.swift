import Testing
@testable import Planning

/// `economics`, `funding` and `annual_profit` in plan files: what loads, what `--set`
/// reaches, and each bad input with its line and fix.
@Suite struct EconomicsLoadingTests {
    /// The base plan with economics on line 33, funding from line 34 (japan 35-38, us-federal
    /// 39) and the objective on line 40.
    static let funded = basePlan(adding: """
    economics: {horizon: 2050-12, discount_rate: 0.07, margin: 0.15}
    funding:
      - id: japan
        amount: 550B
        until: 2029-01
        terms: {share: 0.5, share_after_recoup: 0.1, recoup_by: 2040-12}
      - {id: us-federal, amount: 100B}
    objective: {maximize: npv}
    """)

    @Test func aFundedPlanLoadsEveryField() throws {
        let plan = try PlanLoader.load(yaml: Self.funded, file: "test.yaml").plan
        #expect(plan.economics == Economics(horizon: YearMonth(year: 2050, month: 12), discountRate: 0.07, margin: 0.15))
        #expect(plan.objective == .maximize(.npv))
        #expect(plan.funding?.map(\.id) == ["japan", "us-federal"])
        #expect(plan.funding?[0].amount == 550e9)
        #expect(plan.funding?[0].until == YearMonth(year: 2029, month: 1))
        #expect(plan.funding?[0].terms == InvestorTerms(share: 0.5, shareAfterRecoup: 0.1,
                                                         recoupBy: YearMonth(year: 2040, month: 12)))
        #expect(plan.funding?[1].until == nil)
        #expect(plan.annualProfit(of: plan.factoryTypes[0]) == 0.15 * 1.2e9)
    }

    @Test func shareAfterRecoupDefaultsToShare() throws {
        let yaml = Self.funded.replacingOccurrences(of: "share: 0.5, share_after_recoup: 0.1, ", with: "share: 0.4, ")
        let plan = try PlanLoader.load(yaml: yaml, file: "test.yaml").plan
        #expect(plan.investor?.terms?.shareAfterRecoup == 0.4)
    }

    @Test func setReachesTheNewPaths() throws {
        let plan = try PlanLoader.load(yaml: Self.funded, file: "test.yaml", overrides: [
            "economics.discount_rate=0.05", "funding.japan.amount=300B", "funding.japan.terms.recoup_by=2038-12",
            "factory_types.fab-leading.annual_profit=2B", "funding.us-federal.until=2030-06",
        ]).plan
        #expect(plan.economics?.discountRate == 0.05)
        #expect(plan.funding?[0].amount == 300e9)
        #expect(plan.funding?[0].terms?.recoupBy == YearMonth(year: 2038, month: 12))
        #expect(plan.factoryTypes.first { $0.id == "fab-leading" }?.annualProfit == 2e9)
        #expect(plan.funding?[1].until == YearMonth(year: 2030, month: 6))
    }

    @Test func setOnAnUnknownSourceNamesTheKnownOnes() {
        let error = loadError(Self.funded, overrides: ["funding.japn.amount=1B"])
        #expect(error?.file == "--set")
        #expect(error?.description.contains("funding.japan.amount") == true)
    }

    static let cases: [BadPlan] = [
        BadPlan("npv objective without economics", basePlan(adding: "objective: {maximize: npv}"),
                line: 33, "objective maximize npv needs an economics section", "add 'economics:"),
        BadPlan("economics without a horizon", basePlan(adding: "economics: {discount_rate: 0.07}"),
                line: 33, "missing required key 'horizon' in economics"),
        BadPlan("negative discount rate", basePlan(adding: "economics: {horizon: 2050-12, discount_rate: -0.01}"),
                line: 33, "discount_rate of economics"),
        BadPlan("negative margin", basePlan(adding: "economics: {horizon: 2050-12, margin: -0.1}"),
                line: 33, "margin of economics"),
        BadPlan("horizon before the start", basePlan(adding: "economics: {horizon: 2025-12}"),
                line: 33, "before the plan's start 2026-01"),
        BadPlan("share above one", funded(replacing: "share: 0.5,", with: "share: 1.5,"),
                line: 38, "share of terms of funding source 'japan'", "from 0 to 1"),
        BadPlan("share after recoup below zero", funded(replacing: "share_after_recoup: 0.1", with: "share_after_recoup: -0.1"),
                line: 38, "share_after_recoup"),
        BadPlan("terms without share", funded(replacing: "share: 0.5, ", with: ""),
                line: 38, "missing required key 'share'"),
        BadPlan("terms on two sources",
                funded(replacing: "{id: us-federal, amount: 100B}", with: "{id: us-federal, terms: {share: 0.2}}"),
                line: 39, "more than one funding source has terms", "'japan', 'us-federal'"),
        BadPlan("terms without economics",
                funded(replacing: "economics: {horizon: 2050-12, discount_rate: 0.07, margin: 0.15}\n", with: "")
                    .replacingOccurrences(of: "objective: {maximize: npv}", with: ""),
                line: 37, "terms of funding source 'japan' need an economics section"),
        BadPlan("profit needed but not given", funded(replacing: ", margin: 0.15}", with: "}"),
                line: 17, "factory type 'transformer-large' has no annual_profit", "margin"),
        BadPlan("a phase named total", basePlan(replacing: "{id: p2, ends: 2032-12}", with: "{id: total, ends: 2032-12}"),
                line: 5, "phase id 'total' is reserved"),
        BadPlan("unknown key in a funding source", funded(replacing: "amount: 550B", with: "amout: 550B"),
                line: 36, "unknown key 'amout'", "did you mean 'amount'?"),
        BadPlan("duplicate source id", funded(replacing: "id: us-federal", with: "id: japan"),
                line: 39, "duplicate funding source id 'japan'"),
        BadPlan("bad until month", funded(replacing: "until: 2029-01", with: "until: 2029-13"),
                line: 37, "until of funding source 'japan'"),
        BadPlan("negative annual profit", basePlan(replacing: "    capex: 500M", with: "    capex: 500M\n    annual_profit: -1B"),
                line: 20, "annual_profit of factory type 'transformer-large'"),
    ]

    static func funded(replacing old: String, with new: String) -> String {
        replacing(old, with: new, in: funded)
    }

    @Test(arguments: cases)
    func badInputIsAnErrorWithItsLine(_ bad: BadPlan) throws {
        try bad.expectError()
    }

    @Test func badValuesThroughSetAreErrorsToo() {
        #expect(loadError(Self.funded, overrides: ["funding.japan.terms.share=2"])?.description.contains("from 0 to 1") == true)
        #expect(loadError(Self.funded, overrides: ["economics.discount_rate=-1"])?.file == "--set")
        #expect(loadError(basePlan, overrides: ["objective.maximize=npv"])?.description.contains("needs an economics section") == true)
        #expect(loadError(Self.funded, overrides: ["economics.horizon=2050-13"])?.file == "--set")
    }

    @Test func warningsNameTheLine() throws {
        let early = Self.funded.replacingOccurrences(of: "horizon: 2050-12", with: "horizon: 2030-12")
        let warnings = try PlanLoader.load(yaml: early, file: "test.yaml").warnings
        #expect(warnings.contains { $0.hasPrefix("test.yaml:33:") && $0.contains("before the last phase ends (2032-12)") })
        // p2 starts 2029-01: japan (until 2029-01) and us-federal may pay it; with us-federal
        // limited to 2028-12 and japan to 2028-06, p2 has no payer.
        let unpaid = Self.funded.replacingOccurrences(of: "until: 2029-01", with: "until: 2028-06")
            .replacingOccurrences(of: "{id: us-federal, amount: 100B}", with: "{id: us-federal, amount: 100B, until: 2028-12}")
        let more = try PlanLoader.load(yaml: unpaid, file: "test.yaml").warnings
        #expect(more.contains { $0.hasPrefix("test.yaml:5:") && $0.contains("no funding source may pay for phase 'p2'") })
        let useless = Self.funded.replacingOccurrences(of: "until: 2029-01", with: "until: 2025-06")
        let none = try PlanLoader.load(yaml: useless, file: "test.yaml").warnings
        #expect(none.contains {
            $0.contains(
                "funding source 'japan' pays nothing (its until 2025-06 is before the first phase starts in 2026-01)")
        })
        #expect(!none.contains { $0.contains("can pay for no phase") })
    }

    /// An investor that pays nothing still takes share_after_recoup of every month's
    /// profit. Site a holds one plant (its gizmo, $3M a year), b every plant it may (two
    /// widgets at $1M and a gizmo): $8M a year at most, so 10% is $800k.
    @Test func anInvestorThatPaysNothingIsWarnedAboutWithWhatItTakes() throws {
        let yaml = """
            name: Free rider
            start: 2026-01
            phases: [{id: p1, ends: 2030-12}]
            review_months: {CE: 1}
            economics: {horizon: 2040-12}
            funding:
              - {id: us}
              - {id: japan, amount: 0, terms: {share: 0.5, share_after_recoup: 0.1}}
            sites:
              - {id: a, name: A, state: ID, max_plants: 1}
              - {id: b, name: B, state: TN}
            factory_types:
              - {id: widget, name: W, capex: 1M, annual_value: 2M, annual_profit: 1M, jobs: 1, build_months: 1,
                 review: CE, max_per_site: 2}
              - {id: gizmo, name: G, capex: 1M, annual_value: 5M, annual_profit: 3M, jobs: 1, build_months: 1,
                 review: CE}
            """
        let warnings = try PlanLoader.load(yaml: yaml, file: "test.yaml").warnings
        #expect(warnings == [
            "test.yaml:8:28: warning: funding source 'japan' pays nothing (its amount is 0), yet under its "
            + "terms it takes share_after_recoup 0.1 of the program's profit from the first month: up to $800k a year "
            + "(10% of $8M, the yearly profit of every plant the sites could hold before budgets and resources); "
            + "drop its terms or let it pay"
        ])
        let free = yaml.replacingOccurrences(of: "amount: 0, ", with: "")
        let paying = try PlanLoader.load(yaml: free, file: "test.yaml")
        #expect(paying.warnings.isEmpty)
        let fair = try PlanLoader.load(yaml: yaml, file: "test.yaml",
                                       overrides: ["funding.japan.terms.share_after_recoup=0"])
        #expect(fair.warnings.isEmpty)
    }
}
