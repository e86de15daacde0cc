import Foundation
import GLPKSolver
import MIP
import Testing

/// OR-Library's capacitated warehouse location instances, solved with the strong
/// formulation (split demand, `x_ij <= y_i` links) and compared with the published optima.
@Suite struct CapacitatedFacilityLocationTests {
    @Test(arguments: ORLibraryOptima.facilities)
    func solvesToThePublishedOptimum(_ instance: ORLibraryOptima.Facility) throws {
        let data = try ORLibraryFixtures.facility(instance.name)
        let problem = data.problem(name: instance.name)
        let solution = try ORLibrarySolveOptions.solver.solve(problem, options: ORLibrarySolveOptions.standard)

        #expect(solution.status == .optimal, "\(solution.rawStatus)")
        let objective = try #require(solution.objective)
        #expect(abs(objective - instance.optimum) <= 1e-3, "objective \(objective), published \(instance.optimum)")
        #expect(problem.isFeasible(solution.values))
        #expect(abs(problem.objectiveValue(of: solution.values) - objective) <= 1e-6 * abs(objective))
    }

    @Test(arguments: ORLibraryOptima.facilities)
    func readsEveryFileWithTheDocumentedSizesAndTotalDemand(_ instance: ORLibraryOptima.Facility) throws {
        let data = try ORLibraryFixtures.facility(instance.name)
        let sites = switch instance.name.dropFirst(3).first { case "4", "5", "7": 16; case "8": 25; default: 50 }
        #expect(data.siteCount == sites)
        #expect(data.customerCount == 50)
        #expect(data.costs.allSatisfy { $0.count == sites })
        #expect(data.demands.reduce(0, +) == 58268)
        #expect(data.fixedCosts.filter { $0 == 0 }.count == 1)
    }

    @Test func buildsOneRowPerCustomerSiteAndLink() throws {
        let problem = try ORLibraryFixtures.facility("cap41").problem()
        #expect(problem.variables.count == 16 + 16 * 50)
        #expect(problem.rows.count == 50 + 16 + 16 * 50)
        #expect(problem.variables.filter { $0.kind == .binary }.count == 16)
    }

    @Test func optimaTableAgreesWithCapopt() throws {
        let text = try String(decoding: ORLibraryFixtures.bytes("cap", "capopt"), as: UTF8.self)
        var published: [String: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            if fields.count == 2, fields[0].hasPrefix("cap"), let value = Double(fields[1]) {
                published[String(fields[0])] = value
            }
        }
        for instance in ORLibraryOptima.facilities {
            let value = try #require(published[instance.name], "\(instance.name) is not in capopt.txt")
            #expect(abs(value - instance.optimum) <= 0.0005 + 1e-9, "\(instance.name): capopt \(value)")
        }
    }
}
