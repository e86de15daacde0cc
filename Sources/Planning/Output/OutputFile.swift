import Foundation

/// A file a command writes its result to, written so that nothing is ever destroyed by
/// accident.
///
/// - A path that names one of the run's input files (the plan or a catalog it includes,
///   compared by device and inode, so any spelling or link to it counts) is refused.
/// - A symbolic link is followed: its target is replaced and the link stays a link.
/// - A character device or a FIFO (`/dev/null`, a pipe) is written directly, never
///   renamed over; `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` write to that open
///   descriptor, whatever it is open on (a file opened for appending keeps its text).
/// - Anything else is written to a temporary file in the same folder and renamed into
///   place, so the file appears whole or not at all; an existing file keeps its
///   permissions, and a read-only existing file is refused rather than replaced.
/// - A folder, a missing folder on the way or a folder without write permission is
///   refused with a one-line message naming the path.
public struct OutputFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// The files the run read, which must not be overwritten.
    public let inputs: [String]

    /// An output file at `path` that must not be any of `inputs`.
    public init(_ path: String, inputs: [String] = []) {
        self.path = path
        self.inputs = inputs
    }

    /// Checks, without writing anything, that the file could be written; call it before
    /// long work so that a bad path fails at once.
    public func check() throws(OutputError) {
        _ = try destination()
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) throws(OutputError) {
        try write(bytes: Array(text.utf8))
    }

    /// Writes `bytes`, whole or not at all (a device or FIFO is written directly).
    public func write(bytes: [UInt8]) throws(OutputError) {
        if let descriptor = Self.openDescriptor(path) {
            if let error = Self.writeAll(bytes, to: descriptor) { throw fail(Self.reason(error)) }
            return
        }
        let target = try destination()
        switch target.kind {
        case .stream: try writeDirectly(bytes, to: target.path)
        case .newFile: try replace(target.path, with: bytes, mode: 0o644 & ~currentUmask())
        case .existingFile(let mode): try replace(target.path, with: bytes, mode: mode)
        }
    }

    // MARK: - Where to write

    private enum Kind {
        case stream
        case newFile
        case existingFile(mode: mode_t)
    }

    private func fail(_ reason: String, hint: String? = nil) -> OutputError {
        OutputError(path: path, reason: reason, hint: hint)
    }

    /// The path to write (a symbolic link's final target) and what is there now.
    private func destination() throws(OutputError) -> (path: String, kind: Kind) {
        guard !path.isEmpty else { throw fail("the path is empty", hint: "give a file name") }
        if Self.openDescriptor(path) != nil { return (path, .stream) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            guard error == ENOENT else { throw fail(Self.reason(error)) }
            // Nothing there yet, or a link to nothing yet: create the final target.
            let target = try followLinks(path)
            try checkFolder(of: target)
            return (target, .newFile)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw fail("it is a folder", hint: "give a file name inside it")
        case S_IFCHR, S_IFIFO, S_IFSOCK:
            // Opened by the given path: /dev/stdout's link target may be no path at all.
            return (path, .stream)
        case S_IFREG:
            let target = try followLinks(path)
            if let input = inputs.first(where: { Self.sameFile($0, info) }) {
                let also = input == path ? "" : " (\(input))"
                throw fail("it is an input of this run\(also); writing it would destroy the input",
                           hint: "choose another output file")
            }
            guard info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) != 0, access(target, W_OK) == 0 else {
                throw fail("the file is read-only", hint: "make it writable (chmod u+w) or choose another output file")
            }
            try checkFolder(of: target)
            return (target, .existingFile(mode: info.st_mode & 0o7777))
        default:
            throw fail("it is not a regular file", hint: "choose another output file")
        }
    }

    /// The final target of `path` when it is a symbolic link (a chain of links too), else `path`.
    private func followLinks(_ start: String) throws(OutputError) -> String {
        var current = start
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw fail(Self.reason(errno)) }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = Self.folder(of: current)
            current = link.hasPrefix("/") || folder == "." ? link : folder + "/" + link
        }
        throw fail("too many levels of symbolic links", hint: "check where the link points")
    }

    private func checkFolder(of target: String) throws(OutputError) {
        let folder = Self.folder(of: target)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw fail("the folder \(folder) does not exist", hint: "create it first or choose another place")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw fail("\(folder) is not a folder", hint: "choose another place")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw fail("no permission to create files in \(folder)", hint: "choose a folder you can write to")
        }
    }

    // MARK: - Writing

    private func writeDirectly(_ bytes: [UInt8], to target: String) throws(OutputError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(Self.reason(errno)) }
        defer { close(descriptor) }
        if let error = Self.writeAll(bytes, to: descriptor) { throw fail(Self.reason(error)) }
    }

    private func replace(_ target: String, with bytes: [UInt8], mode: mode_t) throws(OutputError) {
        let folder = Self.folder(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? "output"
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw fail(Self.reason(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var error = Self.writeAll(bytes, to: descriptor)
        if error == nil, fchmod(descriptor, mode) != 0 { error = errno }
        if error == nil, fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0, error == nil { error = errno }
        if error == nil, rename(temporary, target) != 0 { error = errno }
        if let error {
            unlink(temporary)
            throw fail(Self.reason(error))
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    // MARK: - Helpers

    /// The open descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or
    /// `/proc/self/fd/N` names, written as it is: whatever it is open on (a terminal, a
    /// pipe, a file opened for appending) receives the text, and nothing is replaced.
    private static func openDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                guard let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) != -1 else { return nil }
                return number
            }
            return nil
        }
    }

    private static func sameFile(_ input: String, _ target: stat) -> Bool {
        var info = stat()
        return stat(input, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func reason(_ error: Int32) -> String {
        switch error {
        case EACCES, EPERM: "permission denied"
        case ENOENT: "a folder on the way does not exist"
        case ENOTDIR: "a part of the path is not a folder"
        case ENOSPC: "no space left on the device"
        case EROFS: "the file system is read-only"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(error)).lowercased()
        }
    }
}

/// An output file that cannot be written: which path, why, and what to do.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    /// Why it cannot be written.
    public var reason: String
    /// What to do instead, when there is advice.
    public var hint: String?

    /// Creates an error about `path`.
    public init(path: String, reason: String, hint: String? = nil) {
        self.path = path
        self.reason = reason
        self.hint = hint
    }

    /// `cannot write PATH: reason; hint`, one line.
    public var description: String {
        "cannot write \(path): \(reason)" + (hint.map { "; \($0)" } ?? "")
    }
}
