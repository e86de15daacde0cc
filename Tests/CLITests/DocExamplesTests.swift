import Foundation
import Testing

/// Every example of README.md and docs/*.md prints what its page shows (times aside):
/// scripts/doc-examples.py runs each `$` line of every console block with the built tool.
@Suite struct DocExamplesTests {
    static let hasPython = (try? CLI.shell("command -v python3").status) == 0

    @Test(.enabled(if: hasPython, "needs python3"))
    func everyExamplePrintsAsShown() throws {
        let run = try CLI.shell("python3 scripts/doc-examples.py '\(CLI.executable.path)'")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("every example prints as shown"))
    }

    /// The examples leave the checkout as it was: files they write go to /tmp.
    @Test func examplesWriteNothingIntoTheCheckout() throws {
        let pages =
            ["README.md"]
            + (try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("docs").path))
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        for page in pages {
            let text = try String(contentsOf: CLI.root.appendingPathComponent(page), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("$ ") {
                for flag in ["--output ", "--lp ", "--mps ", "--plot ", "> "] {
                    guard let range = line.range(of: flag) else { continue }
                    let path = line[range.upperBound...].prefix { !$0.isWhitespace }
                    #expect(
                        path.hasPrefix("/tmp/") || path == "/dev/null" || flag == "--lp " && line.contains("exit $?"),
                        "\(page): \(line)")
                }
            }
        }
    }
}
