import ArgumentParser
import MIP
import Planning

/// `solve --marginals` and `solve --alternatives K --within PCT`: analyses printed after
/// the main result (or as `marginals` and `alternatives` fields of the JSON).
struct AnalysisFlags: ParsableArguments {
    @Flag(name: .long, help: "Also re-solve with each binding budget and site resource raised by a step, one more month of horizon, and each opened site left out; print what each is worth.")
    var marginals = false

    @Option(name: .long, help: ArgumentHelp("Also find the K next-best allocations (different plant counts by site and type), within --within percent of the optimum.", valueName: "k"))
    var alternatives: Int = 0

    @Option(name: .long, help: ArgumentHelp("How far from the optimum alternatives may be, in percent (default 5).", valueName: "pct"))
    var within: Double = 5

    func validate() throws {
        if alternatives < 0 { throw ValidationError("--alternatives must be 0 or more") }
        if !(within >= 0 && within.isFinite) { throw ValidationError("--within must be a percentage of 0 or more, e.g. --within 5") }
    }

    /// The output of `solve`: the main result in `format`, then the analyses asked for,
    /// each solved by `planner` under `options` (the command's deadline and cancellation).
    func render(_ result: PlanResult, plan: Plan, format: ReportFormat, arguments: PlanArguments,
                planner: Planner, options: SolveOptions, risk: RiskFigures? = nil) throws -> String {
        if (marginals || alternatives > 0) && (format == .geojson || format == .html) {
            Terminal.error("parkplan: --marginals and --alternatives are not part of --format \(format.rawValue); use table, markdown or json for them")
            return format.render(result, plan: plan, risk: risk)
        }
        guard (marginals || alternatives > 0), result.status.hasSolution else { return format.render(result, plan: plan, risk: risk) }
        let found = MarginalAnalysis(path: arguments.plan, overrides: arguments.overrides, plan: plan, result: result)
        let marginalReport = marginals
            ? MarginalReport(found.run(planner: planner, options: options, threads: options.threads),
                             measure: result.objective.measure) : nil
        let others: [PlanResult]
        do {
            others = try AlternativeSearch(plan: plan, planner: planner, options: options)
                .alternatives(to: result, count: alternatives, withinPercent: within)
        } catch {
            Terminal.error("parkplan: internal error: \(error.description)")
            throw ExitCode(Outcome.internalError.rawValue)
        }
        let alternativesReport = AlternativesReport(optimum: result, alternatives: others, withinPercent: within,
                                                    plan: plan)
        if format == .json {
            guard case .object(var members) = JSONReport(result).document else { return format.render(result, plan: plan) }
            if let marginalReport { members.append(("marginals", marginalReport.json)) }
            if alternatives > 0 { members.append(("alternatives", alternativesReport.json)) }
            return JSONValue.object(members).rendered(pretty: true) + "\n"
        }
        var text = format.render(result, plan: plan)
        if let marginalReport { text += marginalReport.text(markdown: format == .markdown) }
        if alternatives > 0 { text += alternativesReport.text(format) }
        return text
    }
}
