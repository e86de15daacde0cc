import Foundation
import Testing

@Suite struct SolveAnalysisTests {
    @Test func marginalsEqualTheReSolveDoneByHand() throws {
        let run = try CLI.run(["solve", CLI.threeSites, "--format", "json", "--marginals"])
        #expect(run.status == 0)
        let marginals = try #require(run.json["marginals"] as? [[String: Any]])
        let power = try #require(marginals.first { $0["limit"] as? String == "power_mw at beta" })
        #expect(power["set"] as? String == "sites.beta.capacity.power_mw=160")
        let byHand = try CLI.run(["solve", CLI.threeSites, "--format", "json", "--set", "sites.beta.capacity.power_mw=160"])
        let objective = try #require(byHand.json["objective"] as? [String: Any])
        #expect(power["objective"] as? Double == objective["value"] as? Double)
        let table = try CLI.run(["solve", CLI.threeSites, "--marginals"])
        #expect(table.stdout.contains("Marginals"))
    }

    @Test func alternativesAreDistinctAndWithinTheBound() throws {
        let run = try CLI.run(["solve", CLI.threeSites, "--format", "json", "--alternatives", "3", "--within", "10"])
        #expect(run.status == 0)
        let best = try #require((run.json["objective"] as? [String: Any])?["value"] as? Double)
        let alternatives = try #require(run.json["alternatives"] as? [[String: Any]])
        #expect(alternatives.count == 3)
        // Distinct plans hold different plant counts by site and type, whatever the phases.
        func pairs(_ report: [String: Any]) -> [String: Int] {
            (report["allocations"] as? [[String: Any]] ?? []).reduce(into: [:]) {
                $0["\($1["site"]!)/\($1["type"]!)", default: 0] += $1["count"] as? Int ?? 0
            }
        }
        let patterns = [pairs(run.json)] + alternatives.map(pairs)
        #expect(Set(patterns).count == 4)
        for alternative in alternatives {
            let value = try #require((alternative["objective"] as? [String: Any])?["value"] as? Double)
            #expect(value >= 0.9 * best && value <= best)
        }
    }

    @Test func compareOnePlanUnderTwoSetsOfOverrides() throws {
        let run = try CLI.run(["compare", CLI.threeSites, "--set-b", "budget.total=4B", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.json["objective_delta"] as? Double == -2e9)
        // The total budget binds on both sides: A's 800M left cannot pay for a 1B plant, and
        // B spends its whole 4B; so it neither becomes nor stops binding.
        #expect((run.json["became_binding"] as? [String])?.contains("total budget") == false)
        #expect((run.json["stopped_binding"] as? [String])?.contains("total budget") == false)
        let plants = try #require(run.json["plants"] as? [[String: Any]])
        #expect(plants.reduce(0) { $0 + ($1["delta"] as? Int ?? 0) } == -1)
        let noSides = try CLI.run(["compare", CLI.threeSites])
        #expect(noSides.status == 64)
    }
}
