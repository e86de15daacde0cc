public import MIP

extension PlanResult {
    /// Reads back the plan that `parkplan solve --format json` printed.
    ///
    /// Its name, status, objective and solver, the allocations (with their builders), the opened sites, the
    /// built expansions and the funding split, every amount to the bit as printed. What a
    /// solve adds beyond these (resources, budgets, cash flow) is left out;
    /// ``FixedPlan/init(plan:result:)`` checks the rest against a plan.
    public init(solveJSON text: String) throws(AllocationError) {
        let bad = AllocationError("not the JSON of `parkplan solve --format json`")
        guard let root = JSONValue.parse(text), let plan = root["plan"]?.string,
            let status = root["status"]?.string.flatMap(SolveStatus.init(rawValue:)),
            let objective = root["objective"],
            let sense = objective["sense"]?.string.flatMap(ObjectiveSense.init(rawValue:)),
            let measure = objective["measure"]?.string.flatMap(ObjectiveMeasure.init(jsonName:)),
            let allocations = root["allocations"]?.items
        else { throw bad }
        self.init(
            plan: plan, status: status,
            objective: ObjectiveResult(
                sense: sense, measure: measure, value: objective["value"]?.number,
                bound: objective["bound"]?.number, gap: objective["gap"]?.number),
            solver: SolverRun(
                name: root["solver"]?["name"]?.string ?? "",
                seconds: root["solver"]?["seconds"]?.number ?? 0))
        for a in allocations {
            guard let site = a["site"]?.string, let type = a["type"]?.string, let phase = a["phase"]?.string,
                let count = a["count"]?.number, count == count.rounded(), abs(count) < 1e9
            else { throw bad }
            self.allocations.append(
                Allocation(site: site, type: type, phase: phase, count: Int(count), builder: a["builder"]?.string))
        }
        for s in root["sites"]?.items ?? [] {
            guard let id = s["id"]?.string, let opened = s["opened_in"]?.string else { throw bad }
            sites.append(SiteResult(id: id, openedIn: opened, spend: s["spend"]?.number ?? 0, resources: []))
        }
        for e in root["expansions"]?.items ?? [] {
            guard let site = e["site"]?.string, let id = e["id"]?.string, let phase = e["phase"]?.string else {
                throw bad
            }
            expansions.append(BuiltExpansion(site: site, id: id, phase: phase))
        }
        guard let funding = root["funding"]?.members else { return }
        var sources: [SourceFunding] = []
        for (source, phases) in funding {
            var byPhase: [PhaseSpend] = []
            for (phase, amount) in phases.members ?? [] where phase != "total" {
                guard let dollars = amount.number else { throw bad }
                byPhase.append(PhaseSpend(phase: phase, amount: dollars))
            }
            sources.append(SourceFunding(source: source, byPhase: byPhase))
        }
        money = MoneyResult(funding: sources)
    }
}
