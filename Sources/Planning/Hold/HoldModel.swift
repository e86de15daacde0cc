public import MIP

/// The model of a plan chosen to hold (section 7.3 of the plan-format contract): the
/// plan's own model (``Formulation``, every row of sections 2-6 kept) with an objective
/// over the optimizer's scenarios and, with `confidence`, the budgets in each scenario.
///
/// Every scenario's NPV'_s is linear in the plan's columns
/// (``VariableIndex/npvCoefficients(economics:columns:)`` in the scenario's economics):
/// - `npv: expected` maximizes sum_s P_s NPV'_s, one objective over the plan's own columns;
/// - `npv: {cvar: A}` maximizes t - sum_s P_s v_s / A with v_s >= t - NPV'_s, v_s >= 0
///   (columns t and v_s, one row per scenario);
/// - `confidence: q` adds a binary z_s per scenario whose budgets can be exceeded, each
///   budget row of constraint 6 once per scenario with c' (each plant's capex times its
///   type's capex multiplier), relaxed by z_s times its largest possible excess
///   (``BudgetExcess``), and sum_s P_s z_s <= 1 - q.
///
/// Money is in billions, as in ``Formulation``; the plan's columns come first, in the
/// formulation's order, so a solution's first values are a solution of the plan's own model.
public struct HoldModel: Sendable {
    /// The plan's own model.
    public let formulation: Formulation
    /// What is optimized.
    public let objective: RobustObjective
    /// The optimizer's scenarios.
    public let scenarios: HoldScenarios
    /// The whole model.
    public let problem: Problem
    /// npv[s]: each plan column's NPV' in scenario s, in dollars per unit (plan columns only).
    public let npv: [[Double]]
    /// The column of t (CVaR only).
    public let threshold: Int?
    /// The columns v_s, in scenario order (CVaR only).
    public let shortfalls: [Int]
    /// The column z_s of each scenario; nil where no budget of the scenario can be exceeded
    /// (or without `confidence`).
    public let violations: [Int?]
    /// The budget rows restated in each scenario (their count; for reports).
    public let scenarioBudgetRows: Int

    /// Builds the model of `formulation`'s plan, whose `uncertainty.optimize` is `objective`,
    /// over `scenarios`; `excess` bounds what each scenario's budgets can be exceeded by
    /// (needed with `confidence`, ignored without).
    public init(
        formulation: Formulation, objective: RobustObjective, scenarios: HoldScenarios, excess: BudgetExcess?
    ) {
        self.formulation = formulation
        self.objective = objective
        self.scenarios = scenarios
        let money = Formulation.moneyScale
        var problem = formulation.problem
        problem.name = formulation.plan.name + " (held across \(scenarios.count) scenarios)"
        let columns = formulation.problem.variables.count
        let planned = formulation.economics
        let npv = scenarios.factors.map { factors in
            formulation.index.npvCoefficients(economics: planned.inScenario(factors), columns: columns)
        }
        self.npv = npv
        for j in 0..<columns { problem.setObjective(j, 0) }
        var threshold: Int?
        var shortfalls: [Int] = []
        switch objective.npv {
        case .expected:
            for j in 0..<columns {
                var c = 0.0
                for s in npv.indices { c += scenarios.probabilities[s] * npv[s][j] }
                if c != 0 { problem.setObjective(j, c / money) }
            }
        case .cvar(let level):
            let t = problem.addVariable("t", lower: -.infinity, upper: .infinity, objective: 1)
            threshold = t
            for s in npv.indices {
                let v = problem.addVariable(
                    "v[\(s)]", lower: 0, upper: .infinity, objective: -scenarios.probabilities[s] / level)
                shortfalls.append(v)
                // v_s - t + NPV'_s >= 0
                let terms = npv[s].enumerated().compactMap { j, c in c == 0 ? nil : (j, c / money) }
                problem.addRow("cvar[\(s)]", terms: terms + [(v, 1), (t, -1)], lower: 0)
            }
        }
        self.threshold = threshold
        self.shortfalls = shortfalls
        var violations = [Int?](repeating: nil, count: scenarios.count)
        var restated = 0
        if let q = objective.confidence, let excess {
            let breakable = Set((0..<scenarios.count).filter { s in excess.rows.contains { ($0.excess[s] ?? 0) > 0 } })
            let most = scenarios.equallyLikely ? Self.mostViolated(confidence: q, scenarios: scenarios.count) : nil
            let dominance = ScenarioDominance(
                scenarios: scenarios, types: excess.capexTypes, breakable: breakable, confidence: q, mostBroken: most)
            for s in breakable.sorted() where !dominance.held.contains(s) {
                violations[s] = problem.addVariable("z[\(s)]", upper: 1, kind: .binary)
            }
            for row in excess.rows {
                for s in 0..<scenarios.count {
                    guard let most = row.excess[s] else { continue }
                    var terms = row.scenarioTerms(scenarios.factors[s])
                    if most > 0, let z = violations[s] { terms.append((z, -most)) }
                    problem.addRow(
                        "\(formulation.problem.rows[row.row].name)[\(s)]", terms: terms, upper: row.limit)
                    restated += 1
                }
            }
            for (t, s) in dominance.pairs {
                guard let zt = violations[t], let zs = violations[s] else { continue }
                problem.addRow("dominated[\(t),\(s)]", terms: [(zt, 1), (zs, -1)], upper: 0)
            }
            let relaxed = violations.indices.compactMap { s in violations[s].map { (s, $0) } }
            if !relaxed.isEmpty {
                if let most {
                    // With equal probabilities the row counts scenarios: at most floor((1 - q) N).
                    problem.addRow("confidence", terms: relaxed.map { ($0.1, 1) }, upper: Double(most))
                } else {
                    problem.addRow(
                        "confidence", terms: relaxed.map { ($0.1, scenarios.probabilities[$0.0]) },
                        upper: 1 - q + 1e-12)
                }
            }
        }
        self.violations = violations
        self.scenarioBudgetRows = restated
        self.problem = problem
    }

    /// The most scenarios of `scenarios` equally likely ones that may break a budget at
    /// confidence `q`: floor((1 - q) N), counting a product within float noise of a whole
    /// number as that number.
    public static func mostViolated(confidence q: Double, scenarios: Int) -> Int {
        Int(((1 - q) * Double(scenarios) + 1e-9).rounded(.down))
    }

    /// NPV'_s of the plan whose column values are `values` (the plan's columns first), in dollars.
    public func scenarioNPV(_ values: [Double]) -> [Double] {
        npv.map { coefficients in
            var total = 0.0
            for (j, c) in coefficients.enumerated() where c != 0 { total += c * values[j] }
            return total
        }
    }

    /// The optimized measure of the plan whose column values are `values`, in dollars: the
    /// expected NPV, or the CVaR at the objective's level, over the optimizer's scenarios.
    public func measure(of values: [Double]) -> Double {
        Self.measure(objective.npv, of: scenarioNPV(values), weights: scenarios.weights)
    }

    /// `measure` of NPVs `npv` with `weights`: the weighted mean, or the CVaR at its level.
    public static func measure(_ measure: RobustObjective.Measure, of npv: [Double], weights: [Double]) -> Double {
        let sample = WeightedSample(npv, weights: weights)
        switch measure {
        case .expected: return sample.mean
        case .cvar(let level): return sample.conditionalValueAtRisk(level) ?? .nan
        }
    }
}
