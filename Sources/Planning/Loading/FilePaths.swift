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

    /// The bytes of a file, or nil (with the reason) when it cannot be read.
    static func read(_ path: String) -> Result<[UInt8], FileProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        if isDirectory.boolValue { return .failure(.directory) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > sizeLimit { return .failure(.tooLarge) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success([UInt8](data))
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
