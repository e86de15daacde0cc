import ArgumentParser
import Planning

/// `--output FILE`, shared by every command that prints a result, so each has the same flag
/// and help. The file is written safely (see ``OutputFile``): never over an input of the
/// run, whole or not at all, links followed, devices and pipes written directly.
struct OutputOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Write the result to this file (whole or not at all) instead of standard output; never over an input file.",
        valueName: "file"))
    var output: String?

    /// Checks before the work starts that `--output` can be written without touching `inputs`.
    func check(inputs: [String]) throws {
        guard let output else { return }
        try SafeWrite.check(OutputFile(output, inputs: inputs))
    }

    /// Writes `text` to `--output`, or prints it when there is none.
    func emit(_ text: String, inputs: [String]) throws {
        guard let output else { return Terminal.output(text) }
        try SafeWrite.write(text, to: OutputFile(output, inputs: inputs))
    }
}

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
