import ArgumentParser
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

    private static func fail(_ error: OutputError) -> ExitCode {
        Terminal.error("parkplan: \(error.description)")
        return ExitCode(Outcome.badPlan.rawValue)
    }
}
