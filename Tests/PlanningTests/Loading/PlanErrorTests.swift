import Testing
@testable import Planning

/// Each bad plan fails with a message naming the file, the line and how to fix it.
struct PlanErrorTests {
    static let cases: [BadPlan] = [
        BadPlan("unknown key suggests the closest", basePlan(replacing: "    capex: 500M", with: "    capx: 500M"),
                line: 19, "unknown key 'capx'", "did you mean 'capex'?"),
        BadPlan("unknown top-level key", basePlan(adding: "rule: {min_sites: 1}"), line: 33, "unknown key 'rule'", "'rules'"),
        BadPlan("unknown site id in rules.require",
                basePlan(adding: "rules:\n  require: [{site: inll, type: transformer-large}]"),
                line: 34, "unknown site 'inll' in rules.require", "did you mean 'inl'?"),
        BadPlan("unknown type in rules.forbid", basePlan(adding: "rules:\n  forbid: [{type: fab-leadin}]"),
                line: 34, "unknown factory type 'fab-leadin' in rules.forbid", "'fab-leading'"),
        BadPlan("unknown type in select", basePlan(adding: "select: {factory_types: [transformer]}"),
                line: 33, "unknown factory type 'transformer' in select.factory_types", "transformer-large"),
        BadPlan("unknown site in select", basePlan(adding: "select: {sites: [oak]}"), line: 33, "unknown site 'oak'"),
        BadPlan("unknown type in excludes",
                basePlan(replacing: "    state: ID\n", with: "    state: ID\n    excludes: [fab-lead]\n"),
                line: 11, "excludes of site 'inl'", "'fab-leading'"),
        BadPlan("unknown type in requires",
                basePlan(replacing: "    review: EA", with: "    review: EA\n    requires: [fab]"),
                line: 25, "requires of factory type 'transformer-large'"),
        BadPlan("unknown type in targets", basePlan(adding: "targets: [{type: transformers, min: 1}]"),
                line: 33, "unknown factory type 'transformers' in targets"),
        BadPlan("unknown earliest phase",
                basePlan(replacing: "    review: EA", with: "    review: EA\n    earliest_phase: p3"),
                line: 25, "unknown phase 'p3'", "p1"),
        BadPlan("unknown review class", basePlan(replacing: "review: EA", with: "review: XA"),
                line: 24, "unknown review class 'XA'", "did you mean 'EA'?"),
        BadPlan("duplicate site id", basePlan(replacing: "id: oak-ridge", with: "id: inl"),
                line: 12, "duplicate site id 'inl'", "first defined at test.yaml:8"),
        BadPlan("duplicate factory type id", basePlan(replacing: "id: fab-leading", with: "id: transformer-large"),
                line: 25, "duplicate factory type id 'transformer-large'"),
        BadPlan("duplicate phase id", basePlan(replacing: "{id: p2,", with: "{id: p1,"), line: 5, "duplicate phase id 'p1'"),
        BadPlan("duplicate expansion id",
                basePlan(replacing: "    state: TN\n", with: """
                    state: TN
                    expansions:
                      - {id: smr, adds: {power_mw: 100}, cost: 1B, online_months: 60}
                      - {id: smr, adds: {power_mw: 100}, cost: 1B, online_months: 60}

                """),
                line: 17, "duplicate expansion id 'smr'"),
        BadPlan("NaN amount", basePlan(replacing: "jobs: 800", with: "jobs: .nan"), line: 21, "jobs of factory type", "finite number"),
        BadPlan("infinite money", basePlan(replacing: "capex: 500M", with: "capex: .inf"), line: 19, "capex", "amount of money"),
        BadPlan("negative money", basePlan(replacing: "capex: 500M", with: "capex: -5M"), line: 19, "not negative"),
        BadPlan("negative capacity", basePlan(replacing: "{power_mw: 300,", with: "{power_mw: -300,"),
                line: 11, "power_mw in capacity of site 'inl'", "not negative"),
        BadPlan("bad money suffix", basePlan(replacing: "capex: 500M", with: "capex: 12X"), line: 19, "500M or $1.2B"),
        BadPlan("bare dollar sign", basePlan(replacing: "capex: 500M", with: "capex: \"$\""), line: 19, "amount of money"),
        BadPlan("money with two dots", basePlan(replacing: "capex: 500M", with: "capex: 1.2.3B"), line: 19, "amount of money"),
        BadPlan("fractional max_per_site",
                basePlan(replacing: "    review: EA", with: "    review: EA\n    max_per_site: 1.5"),
                line: 25, "max_per_site", "whole number"),
        BadPlan("fractional build months", basePlan(replacing: "build_months: 24", with: "build_months: 2.5"),
                line: 23, "whole number of months"),
        BadPlan("fractional review months", basePlan(replacing: "EA: 12,", with: "EA: 1.5,"), line: 6, "EA in review_months"),
        BadPlan("fractional rules count", basePlan(adding: "rules: {max_sites: 2.5}"), line: 33, "max_sites of rules"),
        BadPlan("fractional target", basePlan(adding: "targets: [{type: fab-leading, min: 0.5}]"), line: 33, "min of"),
        BadPlan("fractional require count",
                basePlan(adding: "rules:\n  require: [{site: inl, type: transformer-large, count: 2.5}]"),
                line: 34, "count of a rules.require entry"),
        BadPlan("month 13", basePlan(replacing: "start: 2026-01", with: "start: 2026-13"), line: 2, "YYYY-MM"),
        BadPlan("one-digit month", basePlan(replacing: "start: 2026-01", with: "start: 2026-1"), line: 2, "YYYY-MM"),
        BadPlan("a word for a month", basePlan(replacing: "start: 2026-01", with: "start: soon"), line: 2, "'soon'"),
        BadPlan("phase ends not increasing", basePlan(replacing: "ends: 2032-12", with: "ends: 2028-12"),
                line: 5, "not after phase 'p1'", "strictly increasing"),
        BadPlan("phase ends before start", basePlan(replacing: "ends: 2028-12", with: "ends: 2025-12"),
                line: 4, "before the plan's start"),
        BadPlan("budgets on some phases only", basePlan(replacing: "ends: 2028-12}", with: "ends: 2028-12, budget: 1B}"),
                line: 3, "missing for p2"),
        BadPlan("state share above one", basePlan(adding: "rules: {max_state_share: 1.5}"), line: 33, "from 0 to 1"),
        BadPlan("missing site name", basePlan(replacing: "    name: Oak Ridge\n", with: ""),
                line: 12, "missing required key 'name' in site 'oak-ridge'"),
        BadPlan("missing capex", basePlan(replacing: "    capex: 500M\n", with: ""), line: 17, "missing required key 'capex'"),
        BadPlan("missing phases", basePlan(replacing: "phases:\n  - {id: p1, ends: 2028-12}\n  - {id: p2, ends: 2032-12}\n",
                                          with: ""), line: 1, "missing required key 'phases'"),
        BadPlan("id with capitals", basePlan(replacing: "id: inl", with: "id: INL"), line: 8, "lowercase letters", "'inl'"),
        BadPlan("state not two letters", basePlan(replacing: "state: ID", with: "state: Idaho"), line: 10, "two-letter code"),
        BadPlan("no duration for a pair that matters",
                basePlan(replacing: "EIS: 36}", with: "X: 1}").replacingOccurrences(
                    of: "    state: ID\n", with: "    state: ID\n    review_months: {EIS: 30}\n"),
                line: 33, "no review duration for class 'EIS'", "at site 'oak-ridge'"),
        BadPlan("unknown objective measure", basePlan(adding: "objective: {maximize: valu}"), line: 33, "did you mean 'value'?"),
        BadPlan("objective with both senses", basePlan(adding: "objective: {maximize: value, minimize: cost}"),
                line: 33, "not both"),
        BadPlan("require of an excluded pair",
                basePlan(replacing: "    state: ID\n", with: "    state: ID\n    excludes: [fab-leading]\n")
                    + "rules:\n  require: [{site: inl, type: fab-leading}]\n",
                line: 35, "cannot be met: excluded by the site"),
        BadPlan("require of a forbidden pair",
                basePlan(adding: "rules:\n  forbid: [{type: fab-leading}]\n  require: [{site: inl, type: fab-leading}]"),
                line: 35, "cannot be met: forbidden by a rule"),
        BadPlan("require beyond the horizon",
                basePlan(replacing: "ends: 2032-12", with: "ends: 2030-12")
                    + "rules:\n  require: [{site: inl, type: fab-leading}]\n",
                line: 34, "lead time 84 months against a horizon of 60"),
        BadPlan("require of an unselected site",
                basePlan(adding: "select: {sites: [oak-ridge]}\nrules:\n  require: [{site: inl, type: fab-leading}]"),
                line: 35, "site 'inl' is not selected"),
        BadPlan("empty file", "", line: 1, "empty file"),
        BadPlan("comments only", "# nothing here\n", line: 1, "empty file"),
        BadPlan("a list instead of a plan", "- a\n- b\n", line: 1, "expected a mapping"),
        BadPlan("YAML syntax error", basePlan(replacing: "    name: Oak Ridge", with: "    name: [Oak Ridge"),
                line: 14, "YAML syntax error"),
        BadPlan("missing include", basePlan(adding: "include: [no-such-catalog.yaml]"),
                line: 33, "cannot read included file 'no-such-catalog.yaml'", "no such file"),
    ]

    @Test(arguments: cases)
    func badPlanIsRefusedWithPlaceAndHint(_ bad: BadPlan) throws {
        let error = try #require(loadError(bad.yaml))
        let text = error.description
        #expect(error.file == "test.yaml", "\(text)")
        if let line = bad.line { #expect(error.line == line, "\(text)") }
        #expect(text.hasPrefix("test.yaml:"), "\(text)")
        for fragment in bad.fragments { #expect(text.contains(fragment), "\(text) lacks \(fragment)") }
    }

    @Test func descriptionReadsLikeACompilerDiagnostic() {
        let error = PlanError(file: "seeds/x.yaml", line: 12, column: 5, message: "unknown site id 'inll' in rules.require",
                              hint: "did you mean 'inl'?")
        #expect(error.description == "seeds/x.yaml:12:5: error: unknown site id 'inll' in rules.require; did you mean 'inl'?")
        #expect(PlanError(file: "--set", message: "bad").description == "--set: error: bad")
    }
}
