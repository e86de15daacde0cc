import Foundation

/// Makes synthetic but realistic plans of any size, for benchmarks and tests.
///
/// The same ``Settings`` always give the same bytes: every number comes from a
/// ``SplitMix64`` seeded with `seed`, and the YAML is written by hand in a fixed order.
/// Sites sit in real US states with capacities in the fact sheet's ranges; factory types
/// are variants of the fact sheet's ten plant kinds; budgets are about 40% of what filling
/// every site's plant limit with average plants would cost, so they bind but leave room.
public enum PlanGenerator {
    /// What to generate.
    public struct Settings: Sendable, Equatable {
        /// The number of candidate sites.
        public var sites: Int
        /// The number of factory types.
        public var types: Int
        /// The number of phases (every 3 or 4 years from 2026-01).
        public var phases: Int
        /// The seed of the random numbers.
        public var seed: UInt64
        /// The number of builders (0: a plan without builders).
        public var builders: Int
        /// The objective, money over time and rules.
        public var variant: Variant

        /// The largest sizes accepted.
        public static let maxSites = 20_000
        /// The largest number of factory types accepted.
        public static let maxTypes = 500
        /// The largest number of phases accepted.
        public static let maxPhases = 12
        /// The largest number of builders accepted.
        public static let maxBuilders = 100

        /// Creates settings.
        public init(sites: Int, types: Int, phases: Int, seed: UInt64, builders: Int = 0, variant: Variant = Variant()) {
            self.sites = sites
            self.types = types
            self.phases = phases
            self.seed = seed
            self.builders = builders
            self.variant = variant
        }

        /// Why these settings cannot be generated, or nil when they can.
        public var problem: String? {
            if !(1...Self.maxSites).contains(sites) { return "--sites must be between 1 and \(Self.maxSites)" }
            if !(1...Self.maxTypes).contains(types) { return "--types must be between 1 and \(Self.maxTypes)" }
            if !(1...Self.maxPhases).contains(phases) { return "--phases must be between 1 and \(Self.maxPhases)" }
            if !(0...Self.maxBuilders).contains(builders) {
                return "--builders must be between 0 and \(Self.maxBuilders)"
            }
            return variant.problem
        }
    }

    /// The text of a generated plan and of the catalog it includes.
    public struct Output: Sendable, Equatable {
        /// `plan.yaml`: phases, budgets, rules; includes `catalog.yaml`.
        public var plan: String
        /// `catalog.yaml`: the sites and factory types.
        public var catalog: String
    }

    /// The file name of the plan in the output directory.
    public static let planFileName = "plan.yaml"
    /// The file name of the catalog in the output directory.
    public static let catalogFileName = "catalog.yaml"

    /// Generates the plan and catalog text for `settings` (which must be valid).
    public static func generate(_ settings: Settings) -> Output {
        precondition(settings.problem == nil, settings.problem ?? "")
        var random = SplitMix64(seed: settings.seed)
        let types = makeTypes(count: settings.types, random: &random)
        let sites = makeSites(count: settings.sites, random: &random)
        let plan = makePlan(settings, sites: sites, types: types, random: &random)
        // Builders draw from their own stream, so a plan with builders has the same sites,
        // types, phases and rules as the one without.
        var builderRandom = SplitMix64(seed: settings.seed ^ builderStream)
        let builders = makeBuilders(settings, sites: sites, types: types, plan: plan, random: &builderRandom)
        return Output(plan: render(plan, types: types, settings: settings) + render(builders),
                      catalog: render(sites: sites, types: types, settings: settings))
    }

    /// Generates and writes `plan.yaml` and `catalog.yaml` into `directory`, creating it
    /// if needed; each file appears whole or not at all. Returns the plan's path as the
    /// caller would type it: `directory` as given, then `plan.yaml`.
    @discardableResult
    public static func write(_ settings: Settings, to directory: String) throws -> String {
        let output = generate(settings)
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // The catalog first: a plan file never names a catalog that is not there yet.
        try Data(output.catalog.utf8).write(to: url.appendingPathComponent(catalogFileName), options: .atomic)
        let planURL = url.appendingPathComponent(planFileName)
        try Data(output.plan.utf8).write(to: planURL, options: .atomic)
        return FilePaths.join(directory, planFileName)
    }
}

// MARK: - The generated model

extension PlanGenerator {
    struct GeneratedType {
        var id: String
        var name: String
        var category: String
        var capexM: Int
        var valueM: Int
        var jobs: Int
        var landAcres: Int
        var powerMW: Int
        var waterHundredths: Int
        var buildMonths: Int
        var review: String
        var maxPerSite: Int
        var large: Bool
    }

    struct GeneratedExpansion {
        var id: String
        var name: String
        var resource: String
        var adds: String
        var costM: Int
        var onlineMonths: Int
    }

    struct GeneratedSite {
        var id: String
        var name: String
        var state: String
        var agency: String
        var latHundredths: Int
        var lonHundredths: Int
        var landAcres: Int
        var powerMW: Int
        var waterHundredths: Int
        var workers: Int
        var costIndexHundredths: Int
        var developmentCostM: Int
        var expansions: [GeneratedExpansion]
    }

    struct GeneratedPhase {
        var id: String
        var name: String
        var endYear: Int
        var budgetM: Int
    }

    struct GeneratedPlan {
        var phases: [GeneratedPhase]
        var totalBudgetM: Int
        var reviewMonths: [(String, Int)]
        var maxPlantsPerSite: Int
        var minStates: Int?
        var maxStateShare: String?
        var target: String?
    }

    static func makeTypes(count: Int, random: inout SplitMix64) -> [GeneratedType] {
        // Walk the archetypes in a seeded order, so small plans mix kinds of plants.
        let order = random.shuffled(GeneratorCatalog.archetypes)
        var uses: [String: Int] = [:]
        var capexSeen = Set<Int>()
        var valueSeen = Set<Int>()
        var types: [GeneratedType] = []
        for i in 0..<count {
            let a = order[i % order.count]
            let n = (uses[a.id] ?? 0) + 1
            uses[a.id] = n
            var capex = roundedCapex(random.int(in: a.capexM))
            while capexSeen.contains(capex) { capex += 1 }
            capexSeen.insert(capex)
            var value = random.int(in: a.valueM)
            while valueSeen.contains(value) { value += 1 }
            valueSeen.insert(value)
            let jobs = random.int(in: a.jobs)
            types.append(GeneratedType(
                id: n == 1 ? a.id : "\(a.id)-\(n)", name: n == 1 ? a.name : "\(a.name) \(n)", category: a.category,
                capexM: capex, valueM: value, jobs: jobs, landAcres: random.int(in: a.landAcres),
                powerMW: random.int(in: a.powerMW), waterHundredths: random.int(in: a.waterHundredths),
                buildMonths: random.int(in: a.buildMonths), review: a.review, maxPerSite: random.int(in: a.maxPerSite),
                large: a.large))
        }
        return types
    }

    /// Capex rounded to a plausible precision: whole $10M above $1B, else whole $1M.
    static func roundedCapex(_ m: Int) -> Int {
        m >= 1000 ? (m / 10) * 10 : m
    }

    static func makeSites(count: Int, random: inout SplitMix64) -> [GeneratedSite] {
        // The first sites take distinct states, so even small plans span several states.
        let states = random.shuffled(GeneratorCatalog.states)
        var perState: [String: Int] = [:]
        var sites: [GeneratedSite] = []
        for i in 0..<count {
            let state = i < states.count ? states[i] : random.pick(states)
            let k = (perState[state.code] ?? 0) + 1
            perState[state.code] = k
            let id = "\(state.code.lowercased())-park-\(k)"
            let land = random.int(in: 50...2000) * 10
            let dollarsPerAcre = random.int(in: 3...40) * 1000
            var expansions: [GeneratedExpansion] = []
            if random.chance(0.25) {
                let mw = random.int(in: 4...20) * 50
                let perKW = random.int(in: 20...30) * 100
                expansions.append(GeneratedExpansion(
                    id: "\(id)-gas", name: "\(mw) MW gas combined-cycle plant", resource: "power_mw", adds: "\(mw)",
                    costM: mw * perKW / 1000, onlineMonths: random.int(in: 4...6) * 12))
            }
            if random.chance(0.15) {
                let mgd = random.int(in: 2...10)
                expansions.append(GeneratedExpansion(
                    id: "\(id)-water", name: "\(mgd) MGD water supply and treatment", resource: "water_mgd", adds: "\(mgd)",
                    costM: random.int(in: 10...50) * 10, onlineMonths: random.int(in: 24...36)))
            }
            sites.append(GeneratedSite(
                id: id, name: "\(state.name) industrial park \(k)", state: state.code,
                agency: random.pick(GeneratorCatalog.agencies),
                latHundredths: Int((state.lat * 100).rounded()) + random.int(in: -100...100),
                lonHundredths: Int((state.lon * 100).rounded()) + random.int(in: -100...100),
                landAcres: land, powerMW: random.int(in: 10...300) * 5,
                waterHundredths: random.int(in: 20...400) * 5, workers: random.int(in: 20...400) * 100,
                costIndexHundredths: random.int(in: 90...130),
                developmentCostM: max(10, land * dollarsPerAcre / 1_000_000), expansions: expansions))
        }
        return sites
    }

    static func makePlan(
        _ settings: Settings, sites: [GeneratedSite], types: [GeneratedType], random: inout SplitMix64
    ) -> GeneratedPlan {
        let reviews = [("CE", random.int(in: 1...3)), ("EA", random.int(in: 6...12)), ("EIS", random.int(in: 18...30))]
        let maxPlants = random.int(in: 4...8)
        // What filling every site's plant limit with average plants would cost, in $M.
        let averageCapex = Double(types.map(\.capexM).reduce(0, +)) / Double(types.count)
        let perSite = Double(min(maxPlants, types.map(\.maxPerSite).reduce(0, +))) * averageCapex
        let potential = sites.reduce(0.0) { $0 + perSite * Double($1.costIndexHundredths) / 100 }
        let total = max(100, Int((0.4 * potential / 100).rounded()) * 100)
        var phases: [GeneratedPhase] = []
        var year = 2025
        var years: [Int] = []
        for _ in 0..<settings.phases {
            let length = random.int(in: 3...4)
            year += length
            years.append(length)
            phases.append(GeneratedPhase(id: "p\(phases.count + 1)", name: "Phase \(phases.count + 1)", endYear: year, budgetM: 0))
        }
        // Phase budgets add up to 10% more than the total, in proportion to the phases' lengths.
        let allYears = years.reduce(0, +)
        for i in phases.indices {
            phases[i].budgetM = max(100, Int((1.1 * Double(total) * Double(years[i]) / Double(allYears) / 100).rounded()) * 100)
        }
        let states = Set(sites.map(\.state)).count
        // A target on a small plant type whose lead time fits the first phase.
        let firstPhaseMonths = years[0] * 12
        let reviewOf = Dictionary(uniqueKeysWithValues: reviews)
        let target = types.first { !$0.large && $0.buildMonths + (reviewOf[$0.review] ?? 0) <= firstPhaseMonths }?.id
        return GeneratedPlan(
            phases: phases, totalBudgetM: total, reviewMonths: reviews, maxPlantsPerSite: maxPlants,
            minStates: states >= 2 ? min(3, states) : nil, maxStateShare: states >= 4 ? "0.35" : nil, target: target)
    }
}

// MARK: - YAML text

extension PlanGenerator {
    static func header(_ settings: Settings) -> String {
        let builders = settings.builders > 0 ? " --builders \(settings.builders)" : ""
        return "# Synthetic plan: parkplan generate --sites \(settings.sites) --types \(settings.types) "
            + "--phases \(settings.phases) --seed \(settings.seed)\(builders)" + settings.variant.arguments + "\n"
    }

    static func render(_ plan: GeneratedPlan, types: [GeneratedType], settings: Settings) -> String {
        let variant = settings.variant
        var text = header(settings)
        text += "# Sites and factory types are in \(catalogFileName); numbers follow the ranges of the site and factory fact sheet.\n"
        let builders = settings.builders > 0 ? " with \(settings.builders) builders" : ""
        text += "name: Synthetic plan \(settings.sites)x\(settings.types)x\(settings.phases) seed \(settings.seed)"
            + "\(builders)\n"
        text += "start: 2026-01\n"
        text += "include: [\(catalogFileName)]\n"
        text += "phases:\n"
        for p in plan.phases {
            text += "  - {id: \(p.id), name: \(p.name), ends: \(p.endYear)-12, budget: \(money(p.budgetM))}\n"
        }
        text += "budget: {total: \(money(plan.totalBudgetM)), carry_over: \(variant.carryOver)}\n"
        text += objectiveLine(variant)
        text += "review_months: {\(plan.reviewMonths.map { "\($0.0): \($0.1)" }.joined(separator: ", "))}\n"
        text += "rules:\n"
        text += "  max_plants_per_site: \(plan.maxPlantsPerSite)\n"
        if let minStates = variant.minStates ?? plan.minStates { text += "  min_states: \(minStates)\n" }
        if let share = plan.maxStateShare { text += "  max_state_share: \(share)\n" }
        if let minSites = variant.minSites { text += "  min_sites: \(minSites)\n" }
        if let maxSites = variant.maxSites { text += "  max_sites: \(maxSites)\n" }
        let targets = variant.objective == .cost ? costTargets(plan, types: types, sites: settings.sites)
            : plan.target.map { [($0, variant.targetMin ?? 1)] } ?? []
        if !targets.isEmpty {
            text += "targets:\n"
            for (type, min) in targets { text += "  - {type: \(type), min: \(min)}\n" }
        }
        return text + moneySections(variant, plan: plan) + uncertaintySection(variant)
    }

    static func render(sites: [GeneratedSite], types: [GeneratedType], settings: Settings) -> String {
        var text = header(settings)
        text += "# Units: money in US dollars, land in acres, power in MW, water in million gallons a day.\n"
        text += "sites:\n"
        for s in sites {
            text += "  - id: \(s.id)\n"
            text += "    name: \(s.name)\n"
            text += "    state: \(s.state)\n"
            text += "    agency: \(s.agency)\n"
            text += "    lat: \(decimal(s.latHundredths))\n"
            text += "    lon: \(decimal(s.lonHundredths))\n"
            text += "    capacity: {land_acres: \(s.landAcres), power_mw: \(s.powerMW), water_mgd: \(decimal(s.waterHundredths)), workers: \(s.workers)}\n"
            text += "    cost_index: \(decimal(s.costIndexHundredths))\n"
            text += "    development_cost: \(money(s.developmentCostM))\n"
            if !s.expansions.isEmpty {
                text += "    expansions:\n"
                for e in s.expansions {
                    text += "      - {id: \(e.id), name: \(e.name), adds: {\(e.resource): \(e.adds)}, cost: \(money(e.costM)), online_months: \(e.onlineMonths)}\n"
                }
            }
        }
        text += "factory_types:\n"
        for f in types {
            text += "  - id: \(f.id)\n"
            text += "    name: \(f.name)\n"
            text += "    category: \(f.category)\n"
            text += "    capex: \(money(f.capexM))\n"
            text += "    annual_value: \(money(f.valueM))\n"
            text += "    jobs: \(f.jobs)\n"
            text += "    uses: {land_acres: \(f.landAcres), power_mw: \(f.powerMW), water_mgd: \(decimal(f.waterHundredths)), workers: \(f.jobs)}\n"
            text += "    build_months: \(f.buildMonths)\n"
            text += "    review: \(f.review)\n"
            text += "    max_per_site: \(f.maxPerSite)\n"
        }
        return text
    }

    /// Millions of dollars as plan money: `450M`, `1.2B`, `12B`.
    static func money(_ millions: Int) -> String {
        if millions >= 1000 && millions % 100 == 0 {
            let tenths = millions / 100
            return tenths % 10 == 0 ? "\(tenths / 10)B" : "\(tenths / 10).\(tenths % 10)B"
        }
        return "\(millions)M"
    }

    /// Hundredths as a decimal without trailing zeros: 525 -> "5.25", -11270 -> "-112.7", 300 -> "3".
    static func decimal(_ hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
