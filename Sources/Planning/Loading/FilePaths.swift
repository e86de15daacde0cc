import Foundation

/// Path arithmetic and file reading for plan files and their includes.
enum FilePaths {
    /// The largest plan or catalog file read, in bytes.
    static let sizeLimit = 16 << 20

    /// The folder of `path` ("." for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `relative` resolved against `directory` (kept as is when absolute), with `.` and `..`
    /// removed where they can be.
    static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory == "." { return normalize(relative) }
        return normalize(directory + "/" + relative)
    }

    /// `path` without `.` segments, empty segments and `name/..` pairs.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part != ".." || !absolute {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The absolute form of `path`, to recognize one file reached by two paths.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: normalize(absolute)).resolvingSymlinksInPath().path
    }

    /// The bytes of a file, or the reason it cannot be read. A pipe (`/dev/stdin`) or a
    /// device is read like a file, up to ``sizeLimit`` bytes.
    static func read(_ path: String) -> Result<[UInt8], FileProblem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.directory) }
        if info.st_size > sizeLimit { return .failure(.tooLarge) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = Foundation.read(descriptor, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { return .success(bytes) }
            bytes += buffer[..<count]
            if bytes.count > sizeLimit { return .failure(.tooLarge) }
        }
    }

    /// Why a file could not be read.
    enum FileProblem: Error, CustomStringConvertible {
        case missing, directory, tooLarge, unreadable

        var description: String {
            switch self {
            case .missing: "no such file"
            case .directory: "it is a folder, not a file"
            case .tooLarge: "it is larger than \(FilePaths.sizeLimit >> 20) MiB"
            case .unreadable: "it cannot be read (permissions?)"
            }
        }
    }
}
