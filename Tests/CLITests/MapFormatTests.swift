import Foundation
import Testing

/// `solve --format geojson` and `--format html` end to end, and the GDAL and browser
/// checks of scripts/ (run when pyogrio and chromium are installed, as CI installs them).
@Suite struct MapFormatTests {
    static let plan = CLI.fixture("map-sites.yaml")

    static func available(_ command: String) -> Bool {
        (try? CLI.shell(command).status) == 0
    }

    static let hasPyogrio = available("python3 -c 'import pyogrio'")
    static let hasChromium = available("command -v chromium")

    @Test func geojsonMapsTheSitesWithCoordinatesAndWarnsAboutTheRest() throws {
        let run = try CLI.run(["solve", Self.plan, "--format", "geojson"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: site 'gamma' has no lat/lon"))
        let features = run.json["features"] as? [[String: Any]] ?? []
        let ids = features.compactMap { ($0["properties"] as? [String: Any])?["id"] as? String }
        #expect(ids == ["alpha", "beta"])
    }

    @Test func htmlGoesToTheOutputFileAndNothingToStandardOutput() throws {
        let folder = try CLI.temporaryFolder()
        let page = folder.appendingPathComponent("plan.html").path
        let run = try CLI.run(["solve", Self.plan, "--format", "html", "--output", page])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-site=\"alpha\" data-opened=\"p1\""))
        #expect(!html.contains("<img") && !html.contains("<b>plant"))
    }

    @Test func infeasiblePlanStillDrawsItsSitesAndExitsOne() throws {
        let run = try CLI.run(["solve", Self.plan, "--format", "html", "--set", "rules.min_states=4"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("data-status=\"infeasible\""))
        #expect(run.stdout.contains("data-site=\"alpha\"") && !run.stdout.contains("data-opened"))
    }

    @Test(arguments: ["compare", "sweep", "explain"])
    func mapFormatsAreForSolveOnly(command: String) throws {
        let extra: [String] = switch command {
        case "compare": ["--set-b", "budget.total=1B"]
        case "sweep": ["--vary", "budget.total=1B..2B:2"]
        default: []
        }
        let run = try CLI.run([command, Self.plan, "--format", "html"] + extra)
        #expect(run.status == 64)
        #expect(run.stderr.contains("for `parkplan solve` only"))
    }

    @Test(.enabled(if: hasPyogrio, "needs python3 and pyogrio (pip install pyogrio)"))
    func gdalReadsEverySeedsMapAsOnePointLayer() throws {
        let run = try CLI.shell("python3 scripts/check-geojson.py '\(CLI.executable.path)' seeds/*.yaml '\(Self.plan)'")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    /// Every seed, the markup fixture and four sites on one point: markers apart and each
    /// hoverable at its centre, labels, tables and no script errors, in a real browser.
    @Test(.enabled(if: hasChromium, "needs chromium (apt-get install chromium)"))
    func chromiumShowsEverySeedsMarkersTableAndNoErrors() throws {
        let colocated = CLI.fixture("co-located.yaml")
        let run = try CLI.shell(
            "python3 scripts/check-html.py '\(CLI.executable.path)' seeds/*.yaml '\(Self.plan)' '\(colocated)'")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("full-program.yaml: ok") && run.stdout.contains("co-located.yaml: ok"))
    }
}
