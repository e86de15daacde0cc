import Foundation
import GLPKSolver
import MIP
import Testing
@testable import Planning

@Suite("Plan generator")
struct PlanGeneratorTests {
    private func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-gen-\(UUID().uuidString)").path
    }

    @Test("the same seed gives the same bytes")
    func sameSeedSameBytes() throws {
        let settings = PlanGenerator.Settings(sites: 25, types: 10, phases: 3, seed: 7)
        #expect(PlanGenerator.generate(settings) == PlanGenerator.generate(settings))
        let a = temporaryDirectory(), b = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        try PlanGenerator.write(settings, to: a)
        try PlanGenerator.write(settings, to: b)
        for name in [PlanGenerator.planFileName, PlanGenerator.catalogFileName] {
            let x = try Data(contentsOf: URL(fileURLWithPath: a).appendingPathComponent(name))
            let y = try Data(contentsOf: URL(fileURLWithPath: b).appendingPathComponent(name))
            #expect(x == y, "\(name) differs between two runs")
            #expect(!x.isEmpty)
        }
    }

    @Test("different seeds give different plans")
    func differentSeedsDiffer() {
        let one = PlanGenerator.generate(.init(sites: 10, types: 8, phases: 2, seed: 1))
        let two = PlanGenerator.generate(.init(sites: 10, types: 8, phases: 2, seed: 2))
        #expect(one.catalog != two.catalog)
        #expect(one.plan != two.plan)
    }

    @Test("the generator's numbers do not drift", arguments: [UInt64(0), 1, 42])
    func fixedSequence(seed: UInt64) {
        // SplitMix64's published first output for seed 0.
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        var r = SplitMix64(seed: seed)
        for _ in 0..<1000 {
            let v = r.int(in: -3...5)
            #expect((-3...5).contains(v))
            let u = r.unit()
            #expect(u >= 0 && u < 1)
        }
    }

    @Test("sizes match the arguments", arguments: [(1, 1, 1), (6, 4, 2), (40, 13, 3), (100, 20, 4)])
    func sizesMatch(sites: Int, types: Int, phases: Int) throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try PlanGenerator.write(.init(sites: sites, types: types, phases: phases, seed: 3), to: directory)
        let plan = try PlanLoader.load(path: path).plan
        #expect(plan.sites.count == sites)
        #expect(plan.factoryTypes.count == types)
        #expect(plan.phases.count == phases)
        #expect(Set(plan.sites.map(\.id)).count == sites)
        #expect(Set(plan.factoryTypes.map(\.id)).count == types)
        #expect(Set(plan.factoryTypes.map(\.capex)).count == types)
    }

    @Test("numbers stay in the fact sheet's ranges")
    func realisticRanges() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try PlanGenerator.write(.init(sites: 60, types: 20, phases: 3, seed: 11), to: directory)
        let plan = try PlanLoader.load(path: path).plan
        for site in plan.sites {
            #expect((500...20000).contains(site.capacity["land_acres"] ?? -1))
            #expect((50...1500).contains(site.capacity["power_mw"] ?? -1))
            #expect((1...20).contains(site.capacity["water_mgd"] ?? -1))
            #expect((2000...40000).contains(site.capacity["workers"] ?? -1))
            #expect((0.9...1.3).contains(site.costIndex))
            #expect(site.state.count == 2)
        }
        for type in plan.factoryTypes {
            #expect((40e6...20e9).contains(type.capex))
            #expect((1...2).contains(type.maxPerSite))
            #expect((12...48).contains(type.buildMonths))
        }
        #expect(plan.phases.first?.ends == YearMonth(year: 2028, month: 12) || plan.phases.first?.ends == YearMonth(year: 2029, month: 12))
        #expect(plan.rules.maxStateShare == 0.35)
        #expect(plan.budget.total != nil)
    }

    // Budgets bind, so GLPK may need long to prove optimality: a short limit suffices here.
    @Test("a small generated plan solves", arguments: [UInt64(1), 2, 3])
    func smallPlanSolves(seed: UInt64) throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try PlanGenerator.write(.init(sites: 6, types: 4, phases: 2, seed: seed), to: directory)
        let loaded = try PlanLoader.load(path: path)
        var options = SolveOptions()
        options.timeLimit = 5
        let result = try Planner(solver: GLPKSolver()).solve(loaded.plan, options: options)
        #expect(result.status == .optimal || result.status == .feasible, "seed \(seed): \(result.status)")
        #expect(result.totals.plants > 0, "seed \(seed) builds nothing")
    }

    @Test("builders are deterministic, build every type, work where the sites are, and leave the rest alone")
    func buildersAreAddedToTheSamePlan() throws {
        let settings = PlanGenerator.Settings(sites: 30, types: 12, phases: 3, seed: 5, builders: 6)
        let with = PlanGenerator.generate(settings)
        #expect(with == PlanGenerator.generate(settings))
        var bare = settings
        bare.builders = 0
        let without = PlanGenerator.generate(bare)
        // The same plan: every line but the header, the name and the builders.
        func body(_ text: String) -> [String] {
            text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.hasPrefix("name:") }
        }
        #expect(body(with.catalog) == body(without.catalog))
        let section = try #require(with.plan.range(of: "builders:\n"))
        #expect(body(String(with.plan[..<section.lowerBound])) == body(without.plan))
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let loaded = try PlanLoader.load(path: try PlanGenerator.write(settings, to: directory))
        let plan = loaded.plan
        let builders = try #require(plan.builders)
        #expect(builders.count == 6 && Set(builders.map(\.id)).count == 6)
        #expect(plan.typesNoBuilderBuilds.isEmpty)
        let states = Set(plan.sites.map(\.state))
        #expect(builders.allSatisfy { Set($0.states ?? []).isSubset(of: states) })
        #expect(builders.allSatisfy { ($0.commitment ?? 0) >= $0.minWork })
        #expect(PlanCheck(loaded).warnings.filter { $0.contains("builder") }.isEmpty)
    }

    @Test("a small generated plan with builders solves within what its builders committed")
    func smallBuilderPlanSolves() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try PlanGenerator.write(.init(sites: 6, types: 4, phases: 2, seed: 2, builders: 3), to: directory)
        let plan = try PlanLoader.load(path: path).plan
        var options = SolveOptions()
        options.timeLimit = 5
        let result = try Planner(solver: GLPKSolver()).solve(plan, options: options)
        #expect(result.status == .optimal || result.status == .feasible, "\(result.status)")
        #expect(result.totals.plants > 0)
        try BuilderRules.check(result, of: plan)
    }

    @Test("bad sizes are refused")
    func badSizes() {
        #expect(PlanGenerator.Settings(sites: 1, types: 1, phases: 1, seed: 1, builders: -1).problem != nil)
        #expect(PlanGenerator.Settings(sites: 1, types: 1, phases: 1, seed: 1, builders: 101).problem != nil)
        #expect(PlanGenerator.Settings(sites: 0, types: 1, phases: 1, seed: 1).problem != nil)
        #expect(PlanGenerator.Settings(sites: 1, types: 0, phases: 1, seed: 1).problem != nil)
        #expect(PlanGenerator.Settings(sites: 1, types: 1, phases: 0, seed: 1).problem != nil)
        #expect(PlanGenerator.Settings(sites: 1, types: 1, phases: 1, seed: 1).problem == nil)
    }

    @Test("the objective, money, rules and uncertainty options add their lines and change nothing else")
    func variantOptionsAddLinesAndKeepTheSeed() throws {
        var settings = PlanGenerator.Settings(sites: 20, types: 8, phases: 3, seed: 4)
        let bare = PlanGenerator.generate(settings)
        settings.variant.objective = .npv
        settings.variant.funding = true
        settings.variant.recoupBy = YearMonth(year: 2040, month: 12)
        settings.variant.maxSites = 9
        settings.variant.uncertainty = true
        let with = PlanGenerator.generate(settings)
        #expect(with.plan.hasPrefix(
            "# Synthetic plan: parkplan generate --sites 20 --types 8 --phases 3 --seed 4 --objective npv --funding "
                + "--recoup-by 2040-12 --uncertainty --max-sites 9\n"))
        #expect(with.catalog.split(separator: "\n").dropFirst() == bare.catalog.split(separator: "\n").dropFirst())
        // Every line of the bare plan but its header and objective is still there, in order;
        // the options only add lines.
        func body(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("objective:") }
        }
        var added = body(with.plan)[...]
        for line in body(bare.plan) {
            guard let at = added.firstIndex(of: line) else {
                Issue.record("the options dropped or changed \(line)")
                break
            }
            added = added[added.index(after: at)...]
        }
        #expect(body(with.plan).count > body(bare.plan).count)

        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plan = try PlanLoader.load(path: try PlanGenerator.write(settings, to: directory)).plan
        #expect(plan.objective.measure == .npv)
        #expect(plan.economics?.discountRate == 0.07)
        let investor = try #require(plan.funding?.first)
        #expect(investor.terms?.recoupBy == YearMonth(year: 2040, month: 12))
        #expect(investor.terms?.share == 0.5)
        #expect(plan.funding?.count == 2)
        #expect(plan.rules.maxSites == 9)
        let uncertainty = try #require(plan.uncertainty)
        #expect(uncertainty.scenarioCount == 1000)
        guard case .sample(_, let seed, _) = uncertainty.scenarios else {
            Issue.record("the section lists scenarios instead of sampling them")
            return
        }
        #expect(seed == 1)
    }
}
