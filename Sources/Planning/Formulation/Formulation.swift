public import MIP

/// The mixed-integer program of a plan, exactly as section 2 of the plan-format contract
/// states it, built once from a ``Plan``.
///
/// Money enters the model in billions of dollars (``moneyScale``) and the objective in
/// units of ``objectiveScale``, so that coefficients stay near 1; multiply a row's value
/// by its ``rowScales`` entry, or the objective by ``objectiveScale``, to get back to
/// dollars, plants or jobs. Every row carries its ``ConstraintGroup`` in ``groups``.
public struct Formulation: Sendable {
    /// Dollars per model unit of money (1e9: the model counts billions).
    public static let moneyScale: Double = 1e9

    /// The plan the model was built from.
    public let plan: Plan
    /// The plan's timing and money, which the objective and funding rows read.
    public let economics: PlanEconomics
    /// The problem to hand to a ``MIP/Solver``.
    public let problem: Problem
    /// Where each variable stands in ``problem``.
    public let index: VariableIndex
    /// The contract constraint each row states, one entry per row of ``problem``.
    public let groups: [ConstraintGroup]
    /// Natural units (dollars, resource units, plants) per model unit, one entry per row.
    public let rowScales: [Double]
    /// Natural objective units (dollars or jobs) per model objective unit.
    public let objectiveScale: Double
    /// Rows a presolve added that the phase-free aggregate also states on totals (empty
    /// for the model as built).
    let derivedRows: [Int]

    /// Builds the model of `plan`.
    public init(plan: Plan) {
        var builder = FormulationBuilder(plan: plan)
        builder.build()
        self.plan = plan
        self.economics = builder.economics
        self.problem = builder.problem
        self.index = builder.index
        self.groups = builder.groups
        self.rowScales = builder.rowScales
        self.objectiveScale = builder.objectiveScale
        self.derivedRows = []
    }

    /// `base`'s plan with `problem` in place of its model: a presolved model that keeps
    /// every column of `base`'s before its funding columns, and drops those when
    /// `withoutFunding`. `groups` and `rowScales` describe `problem`'s rows; `derivedRows`
    /// are the rows the aggregate states on totals.
    init(presolved base: Formulation, problem: Problem, groups: [ConstraintGroup], rowScales: [Double],
         derivedRows: [Int], withoutFunding: Bool) {
        self.plan = base.plan
        self.economics = base.economics
        self.problem = problem
        var index = base.index
        if withoutFunding { index.funding = [] }
        self.index = index
        self.groups = groups
        self.rowScales = rowScales
        self.objectiveScale = base.objectiveScale
        self.derivedRows = derivedRows
    }

    /// The sizes of the model.
    public var counts: FormulationCounts {
        FormulationCounts(
            allowedTriples: index.plants.count,
            allTriples: plan.sites.count * plan.factoryTypes.count * plan.phases.count,
            variables: problem.variables.count,
            rows: problem.rows.count)
    }

    /// The rows that state `group`, in order.
    public func rows(in group: ConstraintGroup) -> [Int] {
        groups.indices.filter { groups[$0] == group }
    }

    /// The rows of contract constraint family `family` (1...13), in order.
    public func rows(inFamily family: Int) -> [Int] {
        groups.indices.filter { groups[$0].family == family }
    }
}

/// How big a ``Formulation`` is.
public struct FormulationCounts: Sendable, Equatable {
    /// Site-type-phase triples where allowed(s,f,p) holds: the plant variables.
    public var allowedTriples: Int
    /// |S| * |F| * |P|.
    public var allTriples: Int
    /// All columns: n, o, x, u and g.
    public var variables: Int
    /// All rows.
    public var rows: Int

    /// Creates counts.
    public init(allowedTriples: Int, allTriples: Int, variables: Int, rows: Int) {
        self.allowedTriples = allowedTriples
        self.allTriples = allTriples
        self.variables = variables
        self.rows = rows
    }
}
