/// Words of a command line written so that a POSIX shell reads them back unchanged.
enum ShellWords {
    /// `word` as is when it holds only characters no shell treats specially, else in single
    /// quotes (a single quote inside written as `'\''`).
    static func quote(_ word: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !word.isEmpty && word.allSatisfy(plain.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The words joined by spaces, each quoted as needed.
    static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }
}
