public import MIP

/// The objective of a solved plan, in dollars (value, cost) or jobs.
public struct ObjectiveResult: Sendable, Equatable {
    /// Whether the plan maximizes or minimizes.
    public var sense: ObjectiveSense
    /// What the objective counts.
    public var measure: ObjectiveMeasure
    /// The objective of the solution found; nil without one.
    public var value: Double?
    /// The best proven bound on the optimum, if known.
    public var bound: Double?
    /// The relative gap between value and bound, if known (0 when optimal).
    public var gap: Double?

    /// Creates an objective result.
    public init(sense: ObjectiveSense, measure: ObjectiveMeasure, value: Double? = nil, bound: Double? = nil, gap: Double? = nil) {
        self.sense = sense
        self.measure = measure
        self.value = value
        self.bound = bound
        self.gap = gap
    }
}

/// A nonzero number of plants of one type started at one site in one phase.
public struct Allocation: Sendable, Equatable {
    /// The site's id.
    public var site: String
    /// The factory type's id.
    public var type: String
    /// The phase's id.
    public var phase: String
    /// How many plants start.
    public var count: Int
    /// The month construction starts, b(s,f,p), when the capex is paid.
    public var constructionStart: YearMonth?
    /// The first producing month, on(s,f,p).
    public var firstOutput: YearMonth?
    /// The id of the builder that starts these plants, for a plan with `builders`.
    public var builder: String?

    /// Creates an allocation.
    public init(site: String, type: String, phase: String, count: Int, constructionStart: YearMonth? = nil,
                firstOutput: YearMonth? = nil, builder: String? = nil) {
        self.site = site
        self.type = type
        self.phase = phase
        self.count = count
        self.constructionStart = constructionStart
        self.firstOutput = firstOutput
        self.builder = builder
    }
}

/// One resource a site limits: use by all its plants against its capacity, with the
/// capacity its built expansions add.
public struct ResourceUse: Sendable, Equatable {
    /// The resource's name, e.g. "power_mw".
    public var name: String
    /// What the site's plants use in the last phase.
    public var used: Double
    /// The site's capacity plus what its built expansions add.
    public var capacity: Double
    /// True when use reaches capacity (within a relative 1e-6).
    public var binds: Bool

    /// Creates a resource use.
    public init(name: String, used: Double, capacity: Double, binds: Bool) {
        self.name = name
        self.used = used
        self.capacity = capacity
        self.binds = binds
    }
}

/// A limit on a number of plants and how many the solution puts against it: a site's
/// plant limit (constraint 8) or a factory type's `max_per_site` there (constraint 3).
public struct PlantCountUse: Sendable, Equatable {
    /// The plants counted.
    public var used: Int
    /// The most allowed; nil when nothing limits the count.
    public var limit: Int?
    /// True when the count reaches the limit: no more can be added without raising it.
    public var binds: Bool

    /// Creates a plant count use; it binds when `used` reaches `limit`.
    public init(used: Int, limit: Int?) {
        self.used = used
        self.limit = limit
        self.binds = limit.map { used >= $0 } ?? false
    }
}

/// An opened site: when, what it costs, its resources and its plant limits.
public struct SiteResult: Sendable, Equatable {
    /// The site's id.
    public var id: String
    /// The id of the phase it is opened in.
    public var openedIn: String
    /// Its spend in dollars: plants, development cost and expansions.
    public var spend: Double
    /// The resources its capacity lists, in name order.
    public var resources: [ResourceUse]
    /// All its plants against the site's `max_plants`, else the plan's `rules.max_plants_per_site`.
    public var plants: PlantCountUse
    /// Which of those two keys sets ``plants``' limit: `max_plants`, `max_plants_per_site`, or nil for none.
    public var plantLimitKey: String?
    /// Each factory type built here against its `max_per_site`, in plan order.
    public var maxPerSite: [TypeCountUse]

    /// Creates a site result.
    public init(id: String, openedIn: String, spend: Double, resources: [ResourceUse],
                plants: PlantCountUse = PlantCountUse(used: 0, limit: nil), plantLimitKey: String? = nil,
                maxPerSite: [TypeCountUse] = []) {
        self.id = id
        self.openedIn = openedIn
        self.spend = spend
        self.resources = resources
        self.plants = plants
        self.plantLimitKey = plantLimitKey
        self.maxPerSite = maxPerSite
    }

    /// The names of its binding limits, as the CSV and the map list them: resources in name
    /// order, then `max_plants` or `max_plants_per_site` when the site's plant limit binds.
    public var bindingLimits: [String] {
        resources.filter(\.binds).map(\.name) + (plants.binds ? [plantLimitKey ?? "max_plants"] : [])
    }

    /// The factory types built here that reached their `max_per_site`, in plan order.
    public var typesAtMaxPerSite: [String] {
        maxPerSite.filter(\.use.binds).map(\.type)
    }
}

/// The plants of one factory type at a site against the type's `max_per_site`.
public struct TypeCountUse: Sendable, Equatable {
    /// The factory type's id.
    public var type: String
    /// Its plants at the site against its `max_per_site`.
    public var use: PlantCountUse

    /// Creates a type count use.
    public init(type: String, use: PlantCountUse) {
        self.type = type
        self.use = use
    }
}

/// A built expansion and the phase it comes online (and is paid) in.
public struct BuiltExpansion: Sendable, Equatable {
    /// The site's id.
    public var site: String
    /// The expansion's id.
    public var id: String
    /// The id of the phase avail(k).
    public var phase: String

    /// Creates a built expansion.
    public init(site: String, id: String, phase: String) {
        self.site = site
        self.id = id
        self.phase = phase
    }
}

/// The spend of one phase, in dollars.
public struct PhaseSpend: Sendable, Equatable {
    /// The phase's id.
    public var phase: String
    /// Dollars spent in the phase.
    public var amount: Double

    /// Creates a phase spend.
    public init(phase: String, amount: Double) {
        self.phase = phase
        self.amount = amount
    }
}

/// A budget limit of constraint 6 and how much of it the solution uses.
///
/// For a phase with carry-over, ``limit`` and ``used`` are cumulative through the
/// phase; without it they are the phase's own. For the total budget both cover all phases.
public struct BudgetUse: Sendable, Equatable {
    /// The phase's id, or "total".
    public var id: String
    /// The phase's own budget (or the total budget), in dollars.
    public var budget: Double
    /// The phase's own spend (or the total spend), in dollars.
    public var spent: Double
    /// The right-hand side of the budget row, in dollars.
    public var limit: Double
    /// The spend the row compares with ``limit``, in dollars.
    public var used: Double
    /// True when the spend reaches the limit (within a relative 1e-6).
    public var binds: Bool

    /// Creates a budget use.
    public init(id: String, budget: Double, spent: Double, limit: Double, used: Double, binds: Bool) {
        self.id = id
        self.budget = budget
        self.spent = spent
        self.limit = limit
        self.used = used
        self.binds = binds
    }
}

/// Totals over all plants built.
public struct PlanTotals: Sendable, Equatable {
    /// Annual output value in dollars.
    public var value: Double
    /// Jobs.
    public var jobs: Double
    /// Plants.
    public var plants: Int

    /// Creates totals.
    public init(value: Double = 0, jobs: Double = 0, plants: Int = 0) {
        self.value = value
        self.jobs = jobs
        self.plants = plants
    }
}

/// Which solver ran, how long it took, which way the plan was solved and what the
/// presolve removed.
public struct SolverRun: Sendable, Equatable {
    /// The solver's name and version, e.g. "GLPK 5.0".
    public var name: String
    /// Wall-clock seconds in the solver.
    public var seconds: Double
    /// Which way the plan was solved; nil when not recorded.
    public var path: SolvePath?
    /// What ParkPlan's presolve removed from the model; nil when it did not run.
    public var presolve: PresolveSummary?
    /// The strategy's and solver's own words on how the run ended (for `--verbose`).
    public var detail: String = ""

    /// Lines for `--verbose`: the path, what the presolve removed, and how the run ended.
    public var verboseLines: [String] {
        var lines: [String] = []
        if let path { lines.append("path: " + path.description) }
        if let p = presolve {
            var parts: [String] = []
            if p.fundingColumnsRemoved > 0 {
                parts.append("\(p.fundingColumnsRemoved) funding columns projected out, \(p.fundingRowsReplaced) funding rows "
                             + "replaced by \(p.fundingRowsAdded) rows on the spend of later phases, \(p.rowsThatCannotBind) left "
                             + "out because the budgets keep them from binding")
            }
            if p.cardinalityRowsAdded > 0 {
                parts.append("\(p.cardinalityRowsAdded) rows added on how many plants of a type the budgets can pay for")
            }
            lines.append("presolve: " + (parts.isEmpty ? "nothing changed" : parts.joined(separator: "; ")))
        }
        if !detail.isEmpty { lines.append("search: " + detail) }
        return lines
    }

    /// Creates a solver run.
    public init(name: String, seconds: Double) {
        self.name = name
        self.seconds = seconds
    }

    /// ``seconds`` to the millisecond, as reports print them.
    public var reportedSeconds: Double { (seconds * 1000).rounded() / 1000 }
}

/// Which way ``Planner`` solved a plan.
public enum SolvePath: String, Sendable, Equatable {
    /// The phase-free aggregate, its plan placed into phases (docs/performance.md).
    case aggregate
    /// The aggregate first; its plans could not all be placed into phases, so the full
    /// model was solved under the aggregate's bound.
    case aggregateThenFull = "aggregate_then_full"
    /// The full model (after presolve), directly: objectives that depend on the phase,
    /// and models the aggregate does not cover.
    case direct
    /// The full model as built, without presolve (``Planner/Method/direct``).
    case plain
    /// The model over the optimizer's scenarios of a plan chosen to hold (docs/hold.md),
    /// directly.
    case hold

    /// The path in words.
    public var description: String {
        switch self {
        case .aggregate: "the phase-free aggregate, its plan placed into phases"
        case .aggregateThenFull: "the phase-free aggregate, then the full model under its bound"
        case .direct: "the full model, directly"
        case .plain: "the full model as built, without presolve"
        case .hold: "the model over the optimizer's scenarios, directly"
        }
    }
}

/// True when `used` reaches `limit` within a relative 1e-6.
func reaches(_ used: Double, _ limit: Double) -> Bool {
    used >= limit - 1e-6 * max(1, abs(limit))
}
