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
