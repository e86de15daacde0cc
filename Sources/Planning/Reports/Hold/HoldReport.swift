/// What `solve` adds for a plan chosen to hold (`uncertainty.optimize`): the chosen plan's
/// risk figures, the deterministic plan (the plan chosen for the written case) with the
/// same figures on the same evaluation scenarios, the value of the stochastic solution and
/// how the two plans differ; in JSON, as tables (text and markdown) and as CSV blocks.
public struct HoldReport: Sendable {
    /// The comparison to print.
    public let comparison: HoldComparison
    /// The optimizer's scenarios: how many, and the seed they were drawn with (nil when listed).
    public let optimizerScenarios: Int, optimizerSeed: UInt64?
    /// The expected value of perfect information, when asked for (`--evpi`).
    public var evpi: PerfectInformation?

    /// Creates a report of `comparison`; the plan was chosen on `optimizerScenarios`
    /// scenarios drawn with `optimizerSeed` (nil: the listed ones).
    public init(_ comparison: HoldComparison, optimizerScenarios: Int, optimizerSeed: UInt64?) {
        self.comparison = comparison
        self.optimizerScenarios = optimizerScenarios
        self.optimizerSeed = optimizerSeed
    }

    private var c: HoldComparison { comparison }

    // MARK: - JSON

    /// The members added to the solve's JSON: `risk` (the chosen plan's figures, as `risk`
    /// prints them), `vss` (the deterministic plan's status, NPV as written, allocations and
    /// the same figures), `value_of_stochastic_solution`, and `hold` (the measure, its value
    /// for both plans, the optimizer's scenarios and the differences).
    public var jsonMembers: [(String, JSONValue)] {
        let risk = Self.figureMembers(c.chosen)
        let d = c.deterministic
        var vss: [(String, JSONValue)] = [("status", .string(d.status.rawValue))]
        if let npv = d.money?.npv { vss.append(("npv_as_written", .number(npv))) }
        vss.append(("allocations", .array(d.allocations.map(JSONReport.allocation))))
        vss += Self.figureMembers(c.deterministicFigures).filter { $0.0 != "status" }
        var hold: [(String, JSONValue)] = [("measure", .string(measureName))]
        if case .cvar(let level) = c.measure { hold.append(("level", .number(level))) }
        hold += [
            ("chosen", .number(c.chosenMeasure)), ("deterministic", .number(c.deterministicMeasure)),
            ("optimizer_scenarios", .number(Double(optimizerScenarios))),
            ("optimizer_seed", optimizerSeed.map { .number(Double($0)) } ?? .null),
            ("sites_added", .array(c.differences.sitesAdded.map(JSONValue.string))),
            ("sites_dropped", .array(c.differences.sitesDropped.map(JSONValue.string))),
            (
                "types",
                .object(
                    c.differences.types.map { shift in
                        (
                            shift.type,
                            .object([
                                ("shift", .string(shift.shift)),
                                ("chosen", .array(shift.chosen.map { .number(Double($0)) })),
                                ("deterministic", .array(shift.deterministic.map { .number(Double($0)) })),
                            ])
                        )
                    })
            ),
        ]
        return [
            ("risk", .object(risk)), ("vss", .object(vss)),
            ("value_of_stochastic_solution", .number(c.valueOfStochasticSolution)), ("hold", .object(hold)),
        ] + (evpi?.jsonMembers ?? [])
    }

    /// `figures` as `risk --format json` prints them, without the plan's name.
    private static func figureMembers(_ figures: RiskFigures) -> [(String, JSONValue)] {
        guard case .object(let members) = RiskReport(figures).json else { return [] }
        return members.filter { $0.0 != "plan" }
    }

    /// `expected_npv` or `cvar_npv`.
    private var measureName: String {
        switch c.measure {
        case .expected: ObjectiveMeasure.expectedNPV.jsonName
        case .cvar: ObjectiveMeasure.cvarNPV.jsonName
        }
    }

    /// The measure in words: "expected NPV" or "CVaR 10% of NPV".
    var measureWords: String {
        switch c.measure {
        case .expected: "expected NPV"
        case .cvar(let level): "CVaR \(Quantity.percent(level)) of NPV"
        }
    }

    // MARK: - Figures side by side

    /// The figures of both plans: a name, the chosen plan's value, the deterministic plan's,
    /// and whether the value is money (else a probability).
    var rows: [(name: String, key: String, chosen: Double, deterministic: Double, money: Bool)] {
        let a = c.chosen, b = c.deterministicFigures
        var rows: [(String, String, Double, Double, Bool)] = []
        if case .cvar = c.measure {
            rows.append((measureWords, "measure", c.chosenMeasure, c.deterministicMeasure, true))
        }
        if let x = a.npv, let y = b.npv {
            rows += [
                ("expected NPV", "npv_mean", x.mean, y.mean, true), ("NPV P10", "npv_p10", x.p10, y.p10, true),
                ("NPV CVaR 10%", "npv_cvar10", x.cvar10, y.cvar10, true),
            ]
        }
        for (p, q) in zip(a.phases, b.phases) {
            rows.append(("\(p.id) within budget", "within_\(p.id)", p.within, q.within, false))
        }
        rows.append(("all phases within budget", "all_phases_within", a.allPhasesWithin, b.allPhasesWithin, false))
        if let x = a.recoup, let y = b.recoup {
            rows.append(("\(x.source) recoups by \(x.by)", "recoup_probability", x.probability, y.probability, false))
        }
        return rows.map { (name: $0.0, key: $0.1, chosen: $0.2, deterministic: $0.3, money: $0.4) }
    }

    /// What the figures are computed on, in words.
    var scenarioNote: String {
        let optimizer =
            optimizerSeed.map {
                "\(Quantity.format(Double(optimizerScenarios))) scenarios drawn with seed \($0)"
            } ?? "the \(Quantity.format(Double(optimizerScenarios))) listed scenarios"
        return "Both plans on \(RiskReport(c.chosen).scenarioWords); the plan was chosen on \(optimizer)."
    }

    /// The value of the stochastic solution in one sentence.
    var vssSentence: String {
        "Value of the stochastic solution: \(Money.format(c.valueOfStochasticSolution)) of \(measureWords) "
            + "(\(Money.format(c.chosenMeasure)) chosen, \(Money.format(c.deterministicMeasure)) deterministic)."
    }

    // MARK: - Tables

    /// The sections the table and markdown reports add: both plans' figures, the
    /// deterministic plan's allocation, how the plans differ, then the chosen plan's risk.
    var sections: [ReportSection] {
        let format = { (x: Double, money: Bool) in money ? Money.format(x) : Quantity.percent(x) }
        let figures = ReportSection(
            title: "Chosen to hold",
            columns: [.text("figure"), .number("chosen"), .number("deterministic"), .number("difference")],
            rows: rows.map { row in
                let difference =
                    row.money
                    ? Money.format(row.chosen - row.deterministic)
                    : Quantity.points(row.chosen - row.deterministic)
                return [row.name, format(row.chosen, row.money), format(row.deterministic, row.money), difference]
            },
            notes: [
                scenarioNote, "deterministic: the plan chosen for the written case, without uncertainty.optimize.",
                vssSentence,
            ] + [evpi?.sentence].compactMap { $0 })
        let deterministic = ReportSection(
            title: "Deterministic plan",
            columns: [.text("site"), .text("phase"), .text("type"), .number("count")],
            rows: c.deterministic.allocations.map { [$0.site, $0.phase, $0.type, String($0.count)] })
        var notes: [String] = []
        if !c.differences.sitesAdded.isEmpty {
            notes.append("Sites only the chosen plan opens: " + c.differences.sitesAdded.joined(separator: ", ") + ".")
        }
        if !c.differences.sitesDropped.isEmpty {
            notes.append(
                "Sites only the deterministic plan opens: " + c.differences.sitesDropped.joined(separator: ", ") + ".")
        }
        notes.append("Plants started in each phase, chosen against deterministic.")
        let differences = ReportSection(
            title: "How the plans differ",
            columns: [.text("type"), .text("chosen"), .text("deterministic"), .text("shift")],
            rows: c.differences.types.map { shift in
                [shift.type, Self.phaseCounts(shift.chosen), Self.phaseCounts(shift.deterministic), shift.shift]
            },
            notes: notes)
        let risk = RiskReport(c.chosen).document.sections.map { section in
            var renamed = section
            renamed.title = "Risk of the chosen plan: " + section.title.lowercased()
            return renamed
        }
        return [figures, deterministic, differences] + risk
    }

    /// Plant counts by phase as "2 / 0 / 1".
    private static func phaseCounts(_ counts: [Int]) -> String {
        counts.map(String.init).joined(separator: " / ")
    }

    // MARK: - CSV

    /// The CSV blocks: `figure,chosen,deterministic` (figures by their JSON-like keys, with
    /// `value_of_stochastic_solution` last) and `type,phase,chosen,deterministic` for the
    /// types whose plants differ.
    var csvBlocks: [[[String]]] {
        let number = { (x: Double) in JSONValue.format(x) }
        var figures: [[String]] = [["figure", "chosen", "deterministic"]]
        figures += [["measure_" + measureName, number(c.chosenMeasure), number(c.deterministicMeasure)]]
        figures += rows.filter { $0.key != "measure" }.map { [$0.key, number($0.chosen), number($0.deterministic)] }
        figures.append(["value_of_stochastic_solution", number(c.valueOfStochasticSolution), ""])
        if let evpi { figures.append(["evpi", evpi.evpi.map(number) ?? "", ""]) }
        var shifts: [[String]] = [["type", "phase", "chosen", "deterministic"]]
        let phases = c.chosen.phases.map(\.id)
        for shift in c.differences.types {
            for (p, phase) in phases.enumerated() {
                shifts.append([shift.type, phase, String(shift.chosen[p]), String(shift.deterministic[p])])
            }
        }
        return [figures, shifts]
    }
}
