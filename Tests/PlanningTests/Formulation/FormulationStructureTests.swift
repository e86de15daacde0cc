import MIP
import Planning
import Testing

/// The shape of the model: which variables and rows exist, their names, groups and scales.
@Suite struct FormulationStructureTests {
    typealias T = Tiny

    /// Site inl (power 300 MW, an SMR online after 18 months) and site orr (no allowed
    /// type: it excludes the only one); one type; two phases with budgets; min_states set.
    static var plan: Plan {
        let smr = Expansion(id: "inl-smr", adds: ["power_mw": 1200], cost: 8 * T.B, onlineMonths: 18)
        let never = Expansion(id: "inl-fusion", adds: ["power_mw": 9000], cost: T.B, onlineMonths: 99)
        return T.plan(
            sites: [T.site("inl", capacity: ["power_mw": 300], expansions: [smr, never]),
                    T.site("orr", state: "TN", excludes: ["transformer-large"])],
            types: [T.type("transformer-large", uses: ["power_mw": 30], maxPerSite: 2)],
            phases: T.phases([120 * T.B, 250 * T.B]), budget: Budget(total: 300 * T.B),
            rules: Rules(minStates: 2))
    }

    @Test func variablesAndNames() {
        let formulation = Formulation(plan: Self.plan)
        let names = formulation.problem.variables.map(\.name)
        #expect(names == ["n[inl,transformer-large,p1]", "n[inl,transformer-large,p2]",
                          "o[inl,p1]", "o[inl,p2]", "o[orr,p1]", "o[orr,p2]",
                          "x[inl,inl-smr]", "u[ID]", "u[TN]"])
        #expect(formulation.counts == FormulationCounts(allowedTriples: 2, allTriples: 4, variables: 9,
                                                        rows: formulation.problem.rows.count))
        #expect(formulation.index.plant(site: "inl", type: "transformer-large", phase: "p2", in: formulation.plan) == 1)
        #expect(formulation.index.availablePhase(site: 0, expansion: 0) == 1)
        #expect(formulation.problem.variables[0].upper == 2)
        #expect(formulation.problem.variables[0].kind == .integer)
    }

    @Test func rowsCarryTheirGroups() throws {
        let formulation = Formulation(plan: Self.plan)
        #expect(formulation.groups.count == formulation.problem.rows.count)
        #expect(formulation.rowScales.count == formulation.problem.rows.count)
        let names = formulation.problem.rows.map(\.name)
        for name in ["open[inl]", "open[orr]", "need_open[inl,transformer-large,p1]", "type_max[inl,transformer-large]",
                     "exp_open[inl,inl-smr]", "res[inl,power_mw,p1]", "res[inl,power_mw,p2]", "budget[p1]",
                     "budget[p2]", "budget_total", "state_open[ID]", "min_states"] {
            #expect(names.contains(name), "missing row \(name)")
        }
        let budget = try #require(names.firstIndex(of: "budget[p2]"))
        #expect(formulation.groups[budget] == .phaseBudget(phase: "p2", cumulative: true))
        #expect(formulation.rowScales[budget] == Formulation.moneyScale)
        // Cumulative: 120B + 250B in billions.
        #expect(formulation.problem.rows[budget].upper == 370)
        let p2 = try #require(names.firstIndex(of: "res[inl,power_mw,p2]"))
        #expect(formulation.groups[p2] == .resource(site: "inl", resource: "power_mw", phase: "p2"))
        #expect(formulation.groups[p2].family == 5)
        // The SMR is online in p2 only: it appears in p2's resource row, not p1's.
        let p1 = try #require(names.firstIndex(of: "res[inl,power_mw,p1]"))
        #expect(formulation.problem.rows[p1].terms.count == 1)
        #expect(formulation.problem.rows[p2].terms.count == 3)
        #expect(formulation.rows(inFamily: 11).count == 3)
        #expect(formulation.rows(in: .totalBudget).count == 1)
    }

    /// u[t] exists only with min_states; without phase budgets there are no phase rows.
    @Test func optionalParts() {
        var plan = Self.plan
        plan.rules.minStates = nil
        plan.phases = T.phases([nil, nil])
        let formulation = Formulation(plan: plan)
        #expect(formulation.index.states.isEmpty)
        #expect(formulation.rows(inFamily: 11).isEmpty)
        #expect(formulation.groups.filter { if case .phaseBudget = $0 { true } else { false } }.isEmpty)
    }

    /// Caller options win over the plan's; the plan's fill what the caller left unset.
    @Test func mergedOptions() {
        let settings = SolverSettings(timeLimit: 60, mipGap: 0.01)
        let planOnly = Planner.mergedOptions(SolveOptions(), with: settings)
        #expect(planOnly.timeLimit == 60)
        #expect(planOnly.relativeGap == 0.01)
        var caller = SolveOptions()
        caller.timeLimit = 5
        caller.relativeGap = 0.1
        let both = Planner.mergedOptions(caller, with: settings)
        #expect(both.timeLimit == 5)
        #expect(both.relativeGap == 0.1)
    }
}
