import ArgumentParser
import Foundation
import Planning

/// Writes files through ``OutputFile`` and turns a refusal into its one-line message and exit 2.
enum SafeWrite {
    /// Checks that `file` can be written.
    static func check(_ file: OutputFile) throws {
        do { try file.check() } catch { throw fail(error) }
    }

    /// Writes `text` to `file`.
    static func write(_ text: String, to file: OutputFile) throws {
        do { try file.write(text) } catch { throw fail(error) }
    }

    /// Writes `bytes` to `file`.
    static func write(bytes: [UInt8], to file: OutputFile) throws {
        do { try file.write(bytes: bytes) } catch { throw fail(error) }
    }

    /// Refuses one regular file named twice among a command's outputs (`--plot` and
    /// `--output`, `--lp` and `--mps`): the second write would replace the first. Devices
    /// such as `/dev/null` may be named more than once.
    static func requireDistinct(_ paths: [String]) throws {
        var seen: [String: String] = [:]
        for path in paths where !path.hasPrefix("/dev/") {
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let first = seen[resolved] {
                Terminal.error("parkplan: cannot write \(path): it is also the output \(first); give each output its own file")
                throw ExitCode(Outcome.badPlan.rawValue)
            }
            seen[resolved] = path
        }
    }

    private static func fail(_ error: OutputError) -> ExitCode {
        Terminal.error("parkplan: \(error.description)")
        return ExitCode(Outcome.badPlan.rawValue)
    }
}
