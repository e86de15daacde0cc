/// A solved plan's choices written as column values of another formulation, to hand a
/// neighbouring sweep point a starting solution.
public enum WarmStart {
    /// The values of `formulation`'s columns that build what `result` builds: plant counts
    /// (with builders, who builds them), opened sites, built expansions and, with
    /// `min_states`, the states counted. Nil when
    /// `result` has no solution or builds something `formulation` has no column for. The
    /// values are not checked against the rows: use `formulation.problem.isFeasible`.
    public static func columns(of result: PlanResult, in formulation: Formulation) -> [Double]? {
        guard result.status.hasSolution else { return nil }
        let plan = formulation.plan
        let index = formulation.index
        var values = Array(repeating: 0.0, count: formulation.problem.variables.count)
        let sites = Dictionary(uniqueKeysWithValues: plan.sites.enumerated().map { ($1.id, $0) })
        let types = Dictionary(uniqueKeysWithValues: plan.factoryTypes.enumerated().map { ($1.id, $0) })
        let phases = Dictionary(uniqueKeysWithValues: plan.phases.enumerated().map { ($1.id, $0) })
        let builders = Dictionary(uniqueKeysWithValues: (plan.builders ?? []).enumerated().map { ($1.id, $0) })
        for a in result.allocations {
            guard let s = sites[a.site], let f = types[a.type], let p = phases[a.phase],
                  let j = index.plant(site: s, type: f, phase: p) else { return nil }
            values[j] += Double(a.count)
            guard plan.builders != nil else { continue }
            guard let b = a.builder.flatMap({ builders[$0] }),
                  let w = index.builderPlant(builder: b, site: s, type: f, phase: p) else { return nil }
            values[w] += Double(a.count)
        }
        var openStates = Set<String>()
        for site in result.sites {
            guard let s = sites[site.id], let p = phases[site.openedIn] else { return nil }
            values[index.opened[s][p]] = 1
            openStates.insert(plan.sites[s].state)
        }
        for built in result.expansions {
            guard let s = sites[built.site], let k = plan.sites[s].expansions.firstIndex(where: { $0.id == built.id }),
                  let j = index.expansion(site: s, expansion: k) else { return nil }
            values[j] = 1
        }
        for (state, j) in index.states where openStates.contains(state) { values[j] = 1 }
        return values
    }
}
