import Foundation
import MIP
import Testing

@testable import Planning

/// Every CSV the tool writes, read back by Python's csv module (an RFC 4180 reader
/// written independently of ours), with names that hold commas, quotes and line breaks.
@Suite struct CSVRoundTripTests {
    static let hostile = [
        "plain", "a,b", "say \"hi\"", "two\nlines", "carriage\rreturn", "crlf\r\nend", "\"", ",", "",
        " spaced ", "naïve €5", "\"quoted, and\nbroken\"",
    ]

    /// Whether `python3` runs here; the round trips need it.
    static let hasPython: Bool = (try? python(reading: "")) != nil

    /// The records Python's csv reader finds in `text`.
    static func python(reading text: String) throws -> [[String]] {
        let script =
            "import csv, io, json, sys\n"
            + "rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))\n"
            + "sys.stdout.write(json.dumps(rows))\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test(.enabled(if: hasPython, "needs python3"))
    func hostileFieldsComeBackAsWritten() throws {
        let records = [Self.hostile, Self.hostile.reversed(), ["last"]]
        #expect(try Self.python(reading: CSVText.table(records)) == records)
    }

    @Test(.enabled(if: hasPython, "needs python3"))
    func theAllocationCSVKeepsAHostileResourceName() throws {
        let resource = "power, \"mw\"\nper site"
        let plan = Tiny.plan(
            sites: [Tiny.site("a", capacity: [resource: 10])],
            types: [Tiny.type("t", uses: [resource: 10])])
        let result = try Tiny.solve(plan)
        let records = try Self.python(reading: ReportFormat.csv.render(result, plan: plan))
        #expect(records.first == CSVReport.header)
        #expect(records.count == 2 && records.last?.last == resource + ";max_per_site")
    }

    @Test(.enabled(if: hasPython, "needs python3"))
    func theSweepCSVKeepsHostilePathsAndTypes() throws {
        let parameter = SweepParameter(path: "sites.a.capacity.x,\"y\"\nz", values: [1, 2], isMoney: false)
        let types = ["t,1", "t\n2"]
        let points = [
            SweepPoint(index: 0, values: [1], status: "optimal", objective: 5, spend: 3, plants: ["t,1": 1]),
            SweepPoint(index: 1, values: [2], status: "infeasible"),
        ]
        let report = SweepReport(
            plan: "p", measure: .value, parameters: [parameter], types: types, pointCount: 2,
            shard: nil, points: points)
        let records = try Self.python(reading: SweepTable(report).render(.csv))
        #expect(records == SweepTable(report).rows(csv: true))
        #expect(records.first?.first == parameter.path && records.first?.contains("t,1") == true)
    }

    @Test(.enabled(if: hasPython, "needs python3"))
    func theComparisonCSVKeepsHostileNames() throws {
        let plan = Tiny.plan(sites: [Tiny.site("a")], types: [Tiny.type("t")])
        var a = try Tiny.solve(plan)
        a.allocations = [Allocation(site: "north, \"old\"", type: "t\nx", phase: "p,1", count: 2)]
        var b = a
        b.allocations = [Allocation(site: "north, \"old\"", type: "t\nx", phase: "p,1", count: 1)]
        let text = ComparisonReport(PlanComparison(a: a, b: b), labels: ("A", "B")).render(.csv)
        let records = try Self.python(reading: text)
        #expect(
            records == [
                ["site", "type", "phase", "A", "B", "change"],
                ["north, \"old\"", "t\nx", "p,1", "2", "1", "-1"],
            ])
    }
}
