import Foundation
import Testing

@testable import Planning

/// How scenarios are drawn: reproducible from the seed whatever the threads or shards, with
/// the distribution the plan format gives each multiplier.
@Suite struct SamplingTests {
    @Test(arguments: [
        (0.975, 1.959963984540054), (0.5, 0.0), (0.9, 1.2815515655446004), (0.001, -3.090232306167813),
        (1e-10, -6.361340902404056), (0.999999, 4.753424308822899),
    ])
    func theNormalQuantileIsAccurate(_ p: Double, _ z: Double) {
        #expect(abs(NormalQuantile.of(p) - z) < 1e-12 * max(1, abs(z)))
    }

    @Test func drawsDependOnlyOnSeedScenarioAndStream() {
        let stream = ScenarioRandom.stream("capex:fab-leading")
        #expect(
            ScenarioRandom.normal(seed: 1, scenario: 7, stream: stream)
                == ScenarioRandom.normal(seed: 1, scenario: 7, stream: stream))
        #expect(
            ScenarioRandom.normal(seed: 2, scenario: 7, stream: stream)
                != ScenarioRandom.normal(seed: 1, scenario: 7, stream: stream))
        #expect(
            ScenarioRandom.normal(seed: 1, scenario: 8, stream: stream)
                != ScenarioRandom.normal(seed: 1, scenario: 7, stream: stream))
        // FNV-1a of the empty string and of "a" (published test vectors).
        #expect(ScenarioRandom.stream("") == 0xCBF2_9CE4_8422_2325)
        #expect(ScenarioRandom.stream("a") == 0xAF63_DC4C_8601_EC8C)
    }

    @Test func drawsAreStandardNormal() {
        // 100,000 draws: mean 0 and variance 1 within four standard errors; 10% above 1.2816.
        let n = 100_000
        let z = (0..<n).map { ScenarioRandom.normal(seed: 3, scenario: UInt64($0), stream: ScenarioRandom.stream("x")) }
        let mean = z.reduce(0, +) / Double(n)
        let variance = z.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean) < 4 / Double(n).squareRoot())
        #expect(abs(variance - 1) < 4 * (2.0 / Double(n)).squareRoot())
        let above = Double(z.filter { $0 > 1.2815516 }.count) / Double(n)
        #expect(abs(above - 0.1) < 4 * (0.09 / Double(n)).squareRoot())
    }

    static let plan = basePlan(
        adding: """
            uncertainty:
              sample: {scenarios: 2000, seed: 5}
              capex: {default: {p50: 1.1, p90: 1.5}}
              build_months: {fab-leading: 1.25}
              profit: {default: {p50: 1.0, p90: 0.75}}
            """)

    @Test func eachTypeDrawsItsOwnShockFromDefaultAndTheMultipliersFollowTheirQuantiles() throws {
        let plan = try PlanLoader.load(yaml: Self.plan, file: "test.yaml").plan
        let sampler = try #require(ScenarioSampler(plan: plan))
        #expect(sampler.count == 2000 && sampler.seed == 5)
        let all = (0..<sampler.count).map(sampler.factors)
        // Two types under `default`, each with its own z: they differ in a scenario.
        #expect(all.contains { $0.capex[0] != $0.capex[1] })
        // A fixed entry is that number; a quantity not given is 1.
        #expect(all.allSatisfy { $0.buildMonths == [1, 1.25] && $0.reviewMonths == [1, 1] })
        // Half the draws lie below p50, a tenth beyond p90 (above 1.5 for capex, below 0.75 for profit).
        let capex = all.map(\.capex[0]), profit = all.map(\.profit[1])
        let n = Double(all.count), tolerance = 4 * (0.25 / n).squareRoot()
        #expect(abs(Double(capex.filter { $0 < 1.1 }.count) / n - 0.5) < tolerance)
        #expect(abs(Double(capex.filter { $0 > 1.5 }.count) / n - 0.1) < tolerance)
        #expect(abs(Double(profit.filter { $0 < 0.75 }.count) / n - 0.1) < tolerance)
        // --seed and --scenarios replace the plan's.
        let other = try #require(ScenarioSampler(plan: plan, scenarios: 10, seed: 6))
        #expect(other.count == 10 && other.seed == 6)
        #expect(other.factors(of: 0) != sampler.factors(of: 0))
    }

    static func evaluation(threads: Int = 1, shard: SweepShard? = nil, seed: UInt64? = nil) throws -> RiskRun {
        try RiskFiguresTests.evaluated(
            RiskFiguresTests.sampledYAML, scenarios: 1500, seed: seed, shard: shard,
            threads: threads
        ).2
    }

    @Test func theSameSeedPrintsTheSameBytesOnAnyThreadsAndADifferentSeedDoesNot() throws {
        let one = RiskReport(RiskFigures(try Self.evaluation(threads: 1))).render(.json)
        let two = RiskReport(RiskFigures(try Self.evaluation(threads: 2))).render(.json)
        let again = RiskReport(RiskFigures(try Self.evaluation(threads: 1))).render(.json)
        let other = RiskReport(RiskFigures(try Self.evaluation(threads: 2, seed: 12))).render(.json)
        #expect(one == two)
        #expect(one == again)
        #expect(one != other)
    }

    @Test func shardsWrittenAndReadBackMergeToTheWholeRun() throws {
        let whole = try Self.evaluation(threads: 2)
        let shards = try (0..<3).map { k in
            let text = try Self.evaluation(shard: SweepShard(index: k, count: 3)).json.rendered(pretty: false)
            return try RiskRun(shard: try #require(JSONValue.parse(text)), source: "shard-\(k).json")
        }
        #expect(shards.map(\.results.count) == [500, 500, 500])
        let merged = try RiskRun.merge([shards[2], shards[0], shards[1]])
        #expect(merged.results == whole.results)
        #expect(merged.frame == whole.frame)
        #expect(RiskReport(RiskFigures(merged)).render(.json) == RiskReport(RiskFigures(whole)).render(.json))
        #expect(throws: SweepError.self) { try RiskRun.merge([shards[0], shards[1]]) }
        #expect(throws: SweepError.self) { try RiskRun.merge([shards[0], shards[0], shards[1], shards[2]]) }
    }

    @Test func jsonNumbersReadBackToTheSameBits() throws {
        var random = XorShift(seed: 99)
        let values = (0..<2000).map { _ in (random.unit() - 0.5) * pow(10, Double(Int(random.unit() * 40) - 20)) }
        let text = JSONValue.array(values.map(JSONValue.number)).rendered(pretty: false)
        let items = try #require(JSONValue.parse(text)?.items)
        let back = items.compactMap(\.number)
        #expect(back == values)
        #expect(
            JSONValue.parse("{\"a\": [1, \"x\\u00e9\\n\", null, true]}")
                == .object([
                    ("a", .array([.number(1), .string("xé\n"), .null, .bool(true)]))
                ]))
        #expect(JSONValue.parse("[1, 2") == nil)
        #expect(JSONValue.parse("{\"a\": 1} x") == nil)
    }
}
