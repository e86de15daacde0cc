/// What `parkplan risk` prints: the figures of section 7.2 of the plan-format contract in
/// JSON, as tables (text and markdown) and as long-form CSV, the same figures in each.
public struct RiskReport: Sendable {
    /// The figures to print.
    public let figures: RiskFigures

    /// Creates a report of `figures`.
    public init(_ figures: RiskFigures) {
        self.figures = figures
    }

    private var frame: RiskFrame { figures.run.frame }

    /// The report in `format` (table, markdown, csv or json), ending with a newline.
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .json: json.rendered(pretty: true) + "\n"
        case .csv: CSVText.table([["figure", "subject", "statistic", "value"]] + csvRows)
        case .markdown: MarkdownReport(document: document).text
        default: TextReport(document: document).text
        }
    }

    // MARK: - JSON

    /// The report as JSON, keys in the contract's order.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("plan", .string(frame.plan)), ("status", .string(frame.status.rawValue)),
            ("scenarios", .number(Double(frame.scenarioCount))),
        ]
        if let seed = frame.seed { members.append(("seed", .number(Double(seed)))) }
        guard frame.status.hasSolution else { return .object(members) }
        if figures.evaluated < frame.scenarioCount { members.append(("evaluated", .number(Double(figures.evaluated)))) }
        if let npv = figures.npv { members.append(("npv", Self.numbers(Self.npvFigures(npv)))) }
        let phases = figures.phases.map { phase in
            (
                phase.id,
                Self.numbers([
                    ("within", phase.within), ("overrun_mean", phase.overrunMean),
                    ("overrun_p90", phase.overrunP90),
                ])
            )
        }
        members.append(
            (
                "budget",
                .object([
                    ("all_phases_within", .number(figures.allPhasesWithin)),
                    ("phases", .object(phases)),
                ])
            ))
        if let recoup = figures.recoup { members.append(("recoup", Self.recoupJSON(recoup))) }
        members.append(("late", .object(figures.types.map { ($0.id, .number($0.late)) })))
        let delays = figures.types.map { ($0.id, Self.numbers([("mean", $0.delayMean), ("p90", $0.delayP90)])) }
        members.append(("first_output_delay_months", .object(delays)))
        if !figures.sources.isEmpty {
            let sources = figures.sources.map { source in
                (
                    source.id,
                    JSONValue.object([
                        ("paid_mean", .number(source.paidMean)), ("paid_p90", .number(source.paidP90)),
                        ("over_amount", source.overAmount.map(JSONValue.number) ?? .null),
                    ])
                )
            }
            members.append(("funding", .object(sources)))
        }
        return .object(members)
    }

    /// The NPV figures by their JSON names, in order.
    private static func npvFigures(_ npv: RiskFigures.NPVFigures) -> [(String, Double)] {
        [
            ("planned", npv.planned), ("mean", npv.mean), ("p10", npv.p10), ("p50", npv.p50), ("p90", npv.p90),
            ("cvar10", npv.cvar10),
        ]
    }

    private static func numbers(_ members: [(String, Double)]) -> JSONValue {
        .object(members.map { ($0.0, JSONValue.number($0.1)) })
    }

    private static func recoupJSON(_ recoup: RiskFigures.RecoupFigures) -> JSONValue {
        let month = { (m: YearMonth?) in m.map { JSONValue.string($0.description) } ?? .null }
        return .object([
            ("source", .string(recoup.source)), ("by", .string(recoup.by.description)),
            ("probability", .number(recoup.probability)),
            ("month", .object([("p10", month(recoup.p10)), ("p50", month(recoup.p50)), ("p90", month(recoup.p90))])),
            ("planned", month(recoup.planned)),
        ])
    }

    // MARK: - Tables

    /// The scenarios in words: "1,000 sampled scenarios (seed 1)" or "3 listed scenarios".
    var scenarioWords: String {
        let count = Quantity.format(Double(frame.scenarioCount))
        let noun = frame.scenarioCount == 1 ? "scenario" : "scenarios"
        let what = frame.seed.map { "\(count) sampled \(noun) (seed \($0))" } ?? "\(count) listed \(noun)"
        guard figures.evaluated < frame.scenarioCount else { return what }
        return what + ", \(Quantity.format(Double(figures.evaluated))) evaluated before the run stopped"
    }

    var document: ReportDocument {
        let status = frame.status.rawValue.replacingOccurrences(of: "_", with: " ")
        guard frame.status.hasSolution else {
            return ReportDocument(
                title: frame.plan, summary: "\(status); \(scenarioWords)",
                message: "No plan to evaluate: the solve found none.", sections: [])
        }
        var sections: [ReportSection] = []
        if let npv = figures.npv {
            sections.append(
                ReportSection(
                    title: "Net present value",
                    columns: ["planned", "mean", "p10", "p50", "p90", "cvar10"].map(ReportColumn.number),
                    rows: [[npv.planned, npv.mean, npv.p10, npv.p50, npv.p90, npv.cvar10].map(Money.format)],
                    notes: ["p10: 10% of scenarios are worth less; cvar10: the mean of the worst 10%."]))
        }
        sections.append(
            ReportSection(
                title: "Budget",
                columns: [.text("phase"), .number("within budget"), .number("overrun mean"), .number("overrun p90")],
                rows: figures.phases.map {
                    [$0.id, Quantity.percent($0.within), Money.format($0.overrunMean), Money.format($0.overrunP90)]
                }
                    + [["all phases", Quantity.percent(figures.allPhasesWithin), "", ""]],
                notes: [
                    "within budget: the scenario's spend meets the phase's budget (cumulative with carry-over; the last phase",
                    "also the total budget). overrun: the phase's spend above the plan's.",
                ]))
        if let recoup = figures.recoup {
            let month = { (m: YearMonth?) in m?.description ?? "not by horizon" }
            sections.append(
                ReportSection(
                    title: "Recoup",
                    columns: [
                        .text("source"), .text("by"), .number("chance by then"), .text("p10"), .text("p50"),
                        .text("p90"),
                        .text("planned"),
                    ],
                    rows: [
                        [
                            recoup.source, recoup.by.description, Quantity.percent(recoup.probability),
                            month(recoup.p10),
                            month(recoup.p50), month(recoup.p90), month(recoup.planned),
                        ]
                    ]))
        }
        sections.append(
            ReportSection(
                title: "Plants by type",
                columns: [.text("type"), .number("late"), .number("delay mean"), .number("delay p90")],
                rows: figures.types.map {
                    [$0.id, Quantity.percent($0.late), Quantity.plain($0.delayMean), Quantity.plain($0.delayP90)]
                },
                notes: [
                    "late: a plant of the type starts construction after its phase ends. delay: the months its first",
                    "output slips (the type's most delayed plant).",
                ]))
        if !figures.sources.isEmpty {
            sections.append(
                ReportSection(
                    title: "Funding",
                    columns: [.text("source"), .number("pays mean"), .number("pays p90"), .number("over its amount")],
                    rows: figures.sources.map { source in
                        [
                            source.id, Money.format(source.paidMean), Money.format(source.paidP90),
                            source.overAmount.map(Quantity.percent) ?? "no cap",
                        ]
                    },
                    notes: ["Each source pays its planned share of each phase's spend in the scenario."]))
        }
        return ReportDocument(title: frame.plan, summary: "\(status) plan, \(scenarioWords)", sections: sections)
    }

    // MARK: - CSV

    /// One row per figure: figure, subject (phase, source or type), statistic, value.
    var csvRows: [[String]] {
        let number = { (x: Double) in JSONValue.format(x) }
        var rows: [[String]] = [["scenarios", "", "count", String(frame.scenarioCount)]]
        if let seed = frame.seed { rows.append(["scenarios", "", "seed", String(seed)]) }
        guard frame.status.hasSolution else { return rows }
        if figures.evaluated < frame.scenarioCount {
            rows.append(["scenarios", "", "evaluated", String(figures.evaluated)])
        }
        if let npv = figures.npv {
            rows += Self.npvFigures(npv).map { ["npv", "", $0.0, number($0.1)] }
        }
        for phase in figures.phases {
            rows += [
                ["budget", phase.id, "within", number(phase.within)],
                ["budget", phase.id, "overrun_mean", number(phase.overrunMean)],
                ["budget", phase.id, "overrun_p90", number(phase.overrunP90)],
            ]
        }
        rows.append(["budget", "all_phases", "within", number(figures.allPhasesWithin)])
        if let recoup = figures.recoup {
            rows += [
                ["recoup", recoup.source, "by", recoup.by.description],
                ["recoup", recoup.source, "probability", number(recoup.probability)],
            ]
            for (statistic, month) in [
                ("month_p10", recoup.p10), ("month_p50", recoup.p50), ("month_p90", recoup.p90),
                ("planned", recoup.planned),
            ] {
                rows.append(["recoup", recoup.source, statistic, month?.description ?? ""])
            }
        }
        for type in figures.types {
            rows += [
                ["late", type.id, "share", number(type.late)],
                ["first_output_delay_months", type.id, "mean", number(type.delayMean)],
                ["first_output_delay_months", type.id, "p90", number(type.delayP90)],
            ]
        }
        for source in figures.sources {
            rows += [
                ["funding", source.id, "paid_mean", number(source.paidMean)],
                ["funding", source.id, "paid_p90", number(source.paidP90)],
                ["funding", source.id, "over_amount", source.overAmount.map(number) ?? ""],
            ]
        }
        return rows
    }
}
