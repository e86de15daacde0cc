public import MIP

/// What one limit is worth: the objective after a re-solve with the limit moved by a step.
public struct Marginal: Sendable, Equatable {
    /// What was moved.
    public enum Kind: String, Sendable {
        /// A binding phase or total budget, raised by $1B.
        case budget
        /// A binding site resource, raised by a step in its unit.
        case resource
        /// A site's binding plant limit (`max_plants`, else `rules.max_plants_per_site`), raised by one.
        case plantLimit = "plant_limit"
        /// A factory type's `max_per_site` that binds at some site, raised by one.
        case maxPerSite = "max_per_site"
        /// The end of the last phase, one month later: the last month a plant may start.
        case phaseEnd = "phase_end"
        /// An opened site, taken out of the selection.
        case site
        /// A builder's binding limit: its commitment raised by $1B, its `min_work` lowered
        /// by $1B, or its `max_plants_per_phase` raised by one plant.
        case builder
    }

    /// What was moved.
    public var kind: Kind
    /// How a limit is moved.
    public enum Change: Sendable, Equatable {
        /// A budget raised by `dollars`.
        case raiseBudget(dollars: Double)
        /// A site's capacity of `resource` raised by `amount`, which is `share` of the
        /// capacity when the step is a share of it.
        case raiseCapacity(resource: String, amount: Double, share: Double?)
        /// A site's plant limit raised to `to` plants.
        case raisePlantLimit(site: String, to: Int)
        /// A factory type's `max_per_site` raised to `to` plants.
        case raiseMaxPerSite(type: String, to: Int)
        /// The last phase, `phase`, ends one month later, with the month `ends`.
        case extendLastPhase(phase: String, ends: YearMonth)
        /// The site left out of the selection.
        case leaveOut(site: String)
        /// A builder's commitment raised by `dollars`.
        case raiseCommitment(dollars: Double)
        /// A builder's `min_work` lowered by `dollars`.
        case lowerMinWork(dollars: Double)
        /// A builder's `max_plants_per_phase` raised by one plant.
        case raisePlantsPerPhase
    }

    /// The limit in the plan's words, e.g. "budget of p1", "power_mw at inl".
    public var limit: String
    /// The change.
    public var change: Change
    /// The `--set` override that makes the change.
    public var override: String
    /// The re-solve's status; `required` for a site that a `rules.require` entry names (it
    /// cannot be left out, so nothing is re-solved), `error` when the changed plan did not load.
    public var status: String
    /// The re-solve's objective, when it found a solution.
    public var objective: Double?
    /// The re-solve's objective minus the base objective, when both exist.
    public var delta: Double?
    /// Why the changed plan was not solved: the `require` entry that keeps a site in, or
    /// the loader's error.
    public var message: String?
}

/// Marginal values of a solved plan, each from a re-solve of the plan file with one more
/// `--set` override, so the change is stated in the plan's own terms:
/// - every binding budget raised by $1B (`phases.P.budget`, `budget.total`);
/// - every binding site resource raised by 100 MW `power_mw`, 1 mgd `water_mgd`, 100
///   acres `land_acres`, 500 `workers`, or 10% of its capacity for other resources
///   (`sites.S.capacity.R`);
/// - every site's binding plant limit raised by one plant (`sites.S.max_plants`);
/// - every factory type's `max_per_site` that binds at some site raised by one
///   (`factory_types.F.max_per_site`);
/// - the last phase ends a month later (`phases.LAST.ends`), so plants may start a month later;
/// - every opened site left out (`select.sites` without it): what the plan loses; a site
///   that a `rules.require` entry names is not left out, and says so;
/// - every binding builder limit moved by a step: a commitment raised by $1B, a
///   `min_work` lowered by $1B (to no less than 0), a `max_plants_per_phase` raised by one
///   (`builders.B.FIELD`).
///
/// The re-solves run in parallel.
public struct MarginalAnalysis: Sendable {
    /// One change to try.
    public struct Probe: Sendable, Equatable {
        /// What is moved.
        public var kind: Marginal.Kind
        /// The limit in the plan's words.
        public var limit: String
        /// The change.
        public var change: Marginal.Change
        /// The `--set` override.
        public var override: String
    }

    /// The plan file.
    public var path: String
    /// The caller's `--set` overrides, kept in every re-solve.
    public var overrides: [String]
    /// The plan as loaded with `overrides`.
    public var plan: Plan
    /// The plan's solved result.
    public var result: PlanResult

    /// Creates an analysis of `result`, the solution of `plan` (loaded from `path` with `overrides`).
    public init(path: String, overrides: [String], plan: Plan, result: PlanResult) {
        self.path = path
        self.overrides = overrides
        self.plan = plan
        self.result = result
    }

    /// The step a resource's capacity is raised by: a round amount in its unit, or a
    /// tenth of the capacity (`share` 0.1) for a resource without one.
    public static func step(resource: String, capacity: Double) -> (amount: Double, share: Double?) {
        switch resource {
        case "power_mw": (100, nil)
        case "water_mgd": (1, nil)
        case "land_acres": (100, nil)
        case "workers": (500, nil)
        default: capacity > 0 ? (capacity / 10, 0.1) : (1, nil)
        }
    }

    /// True when `resource` leaves too little room at `site` for one more plant of some type
    /// that could start there and has not reached its `max_per_site`: in an integer plan
    /// such a limit can hold the plan back even when it is not used to the last unit.
    func limits(_ resource: ResourceUse, at site: Site) -> Bool {
        let room = resource.capacity - resource.used
        return plan.factoryTypes.contains { type in
            let built = result.allocations.filter { $0.site == site.id && $0.type == type.id }.reduce(0) { $0 + $1.count }
            return built < type.maxPerSite && (type.uses[resource.name] ?? 0) > room + 1e-9
                && plan.firstAllowedPhase(site: site, type: type) != nil
        }
    }

    /// The changes to try, in order: budgets, binding or limiting resources (see
    /// ``limits(_:at:)``), plant limits, `max_per_site`, the last phase's end, builders, sites.
    public var probes: [Probe] {
        guard result.status.hasSolution else { return [] }
        var probes: [Probe] = []
        for budget in result.budgets where budget.binds {
            let path = budget.id == "total" ? "budget.total" : "phases.\(budget.id).budget"
            let what = budget.id == "total" ? "total budget" : "budget of \(budget.id)"
            probes.append(Probe(kind: .budget, limit: what, change: .raiseBudget(dollars: 1e9),
                                override: "\(path)=\(Overrides.valueText(budget.budget + 1e9))"))
        }
        for site in result.sites {
            guard let planSite = plan.sites.first(where: { $0.id == site.id }) else { continue }
            for resource in site.resources where resource.binds || limits(resource, at: planSite) {
                let capacity = planSite.capacity[resource.name] ?? 0
                let step = Self.step(resource: resource.name, capacity: capacity)
                let change = Marginal.Change.raiseCapacity(resource: resource.name, amount: step.amount,
                                                           share: step.share)
                let override = "sites.\(site.id).capacity.\(resource.name)="
                    + Overrides.valueText(capacity + step.amount)
                probes.append(Probe(kind: .resource, limit: "\(resource.name) at \(site.id)", change: change,
                                    override: override))
            }
        }
        for site in result.sites where site.plants.binds {
            let to = site.plants.used + 1
            probes.append(Probe(kind: .plantLimit, limit: "max plants at \(site.id)",
                                change: .raisePlantLimit(site: site.id, to: to),
                                override: "sites.\(site.id).max_plants=\(to)"))
        }
        for type in plan.factoryTypes where result.sites.contains(where: { $0.typesAtMaxPerSite.contains(type.id) }) {
            let to = type.maxPerSite + 1
            probes.append(Probe(kind: .maxPerSite, limit: "max_per_site of \(type.id)",
                                change: .raiseMaxPerSite(type: type.id, to: to),
                                override: "factory_types.\(type.id).max_per_site=\(to)"))
        }
        if let last = plan.phases.last {
            let ends = last.ends.month == 12 ? YearMonth(year: last.ends.year + 1, month: 1)
                : YearMonth(year: last.ends.year, month: last.ends.month + 1)
            probes.append(Probe(kind: .phaseEnd, limit: "end of \(last.id)",
                                change: .extendLastPhase(phase: last.id, ends: ends),
                                override: "phases.\(last.id).ends=\(ends)"))
        }
        probes += builderProbes
        for site in result.sites {
            let rest = plan.sites.map(\.id).filter { $0 != site.id }
            probes.append(Probe(kind: .site, limit: "site \(site.id)", change: .leaveOut(site: site.id),
                                override: "select.sites=[\(rest.joined(separator: ", "))]"))
        }
        return probes
    }

    /// The steps of the builders' binding limits, in builder order.
    var builderProbes: [Probe] {
        (result.builders ?? []).flatMap { builder -> [Probe] in
            let path = "builders.\(builder.id)"
            var probes: [Probe] = []
            if builder.commitmentBinds, let commitment = builder.commitment {
                probes.append(Probe(kind: .builder, limit: "commitment of \(builder.id)",
                                    change: .raiseCommitment(dollars: 1e9),
                                    override: "\(path).commitment=\(Overrides.valueText(commitment + 1e9))"))
            }
            if builder.minWorkBinds {
                let lower = max(0, builder.minWork - 1e9)
                probes.append(Probe(kind: .builder, limit: "min_work of \(builder.id)",
                                    change: .lowerMinWork(dollars: builder.minWork - lower),
                                    override: "\(path).min_work=\(Overrides.valueText(lower))"))
            }
            if !builder.fullPhases.isEmpty, let limit = builder.maxPlantsPerPhase {
                probes.append(Probe(kind: .builder, limit: "max_plants_per_phase of \(builder.id)",
                                    change: .raisePlantsPerPhase,
                                    override: "\(path).max_plants_per_phase=\(limit + 1)"))
            }
            return probes
        }
    }

    /// The plan with its only site left out. An empty `select.sites` list is refused by the
    /// loader, so this re-solve changes the loaded plan itself: nothing can be built, and the
    /// solve says whether its rules still hold (a `min_sites`, `require` or target minimum
    /// makes it infeasible, as an empty row of the model).
    private static func withoutAnySite(_ plan: Plan, planner: Planner, options: SolveOptions) -> ScenarioRun.Outcome {
        var bare = plan
        bare.sites = []
        do {
            return .solved(plan: bare, result: try planner.solve(bare, options: options))
        } catch {
            return .failed(error.description)
        }
    }

    /// Re-solves every probe on up to `threads` threads.
    public func run(planner: Planner, options: SolveOptions, threads: Int = ParallelMap.defaultThreads) -> [Marginal] {
        let probes = probes
        let base = result.objective.value
        // A probe loads and formulates the plan before its solve can stop (0.4 s on 400
        // sites): the probes keep 5% of the time left, at least a second, for the last of
        // them and for printing.
        var probeOptions = options
        probeOptions.deadline = options.deadline.keepingTimeToFinish
        let options = probeOptions
        return ParallelMap.run(probes.count, threads: threads) { i in
            let probe = probes[i]
            var marginal = Marginal(kind: probe.kind, limit: probe.limit, change: probe.change, override: probe.override,
                                    status: "error")
            if case .leaveOut(let site) = probe.change,
               let entry = plan.rules.require.first(where: { $0.site == site }) {
                marginal.status = "required"
                marginal.message =
                    "rules.require asks for \(entry.count) \(entry.type) at \(site), so it cannot be left out"
                return marginal
            }
            // Past the limit (or stopped by the caller) a probe would only load and formulate
            // the plan again for a solve that returns at once: on 400 sites that was minutes.
            if options.shouldStop {
                marginal.status = SolveStatus.noSolution.rawValue
                marginal.message = options.stopReason == .interrupted ? "not solved: interrupted"
                    : "not solved: the time limit had passed"
                return marginal
            }
            let outcome = probe.kind == .site && plan.sites.count == 1
                ? Self.withoutAnySite(plan, planner: planner, options: options)
                : ScenarioRun.run(path: path, overrides: overrides + [probe.override], planner: planner, options: options)
            switch outcome {
            case .failed(let why):
                marginal.message = why
            case .solved(_, let result):
                marginal.status = result.status.rawValue
                marginal.objective = result.status.hasSolution ? result.objective.value : nil
                marginal.delta = marginal.objective.flatMap { new in base.map { new - $0 } }
            }
            return marginal
        }
    }
}
