import Foundation

/// Standard error and standard output, and whether standard error is a terminal.
enum Terminal {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        errorRaw(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// Writes text to standard error as it is.
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes text to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// True when standard error is a terminal (progress lines go there only then).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
