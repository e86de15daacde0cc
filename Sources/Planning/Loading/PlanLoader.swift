/// Loads plan files: reads the YAML (or JSON), merges included catalogs, applies `--unset`
/// and `--set` overrides, validates every value and id, and applies `select`.
public enum PlanLoader {
    /// Loads the plan file at `path` with its includes, applies overrides (strings
    /// "PATH=VALUE", or ``Overrides/unsetting(_:)`` for a key to remove), validates
    /// everything and applies `select`.
    public static func load(path: String, overrides: [String] = []) throws(PlanError) -> LoadedPlan {
        let reader = DocumentReader(file: path)
        switch FilePaths.read(path) {
        case .success(let bytes):
            var loaded = try load(yaml: try reader.text(from: bytes), file: path,
                                  baseDirectory: FilePaths.directory(of: path), overrides: overrides)
            loaded.files.insert(path, at: 0)
            return loaded
        case .failure(let problem):
            throw PlanError(file: path, message: "cannot read the plan: \(problem)", hint: "check the path")
        }
    }

    /// Loads a plan from the raw bytes of a file (checked for NUL bytes and UTF-8 as a
    /// file's are); `file` names it in messages and `baseDirectory` is where its include
    /// paths start.
    public static func load(
        bytes: [UInt8], file: String, baseDirectory: String = ".", overrides: [String] = []
    ) throws(PlanError) -> LoadedPlan {
        let text = try DocumentReader(file: file).text(from: bytes)
        return try load(yaml: text, file: file, baseDirectory: baseDirectory, overrides: overrides)
    }

    /// Loads a plan from its text; `file` names it in messages and `baseDirectory` is where
    /// its include paths start. The loaded plan's `files` lists the catalogs it included.
    public static func load(
        yaml: String, file: String = "<plan>", baseDirectory: String = ".", overrides: [String] = []
    ) throws(PlanError) -> LoadedPlan {
        var reader = DocumentReader(file: file)
        let document = try reader.read(yaml, what: "a plan with name, start and phases")
        var includes = IncludeResolver()
        var merged = try includes.resolve(document, file: file, baseDirectory: baseDirectory)
        try Overrides.apply(overrides, to: &merged)
        var decoder = PlanDecoder()
        let full = try decoder.decode(merged)
        var checker = ReferenceChecker(decoder: decoder)
        let plan = try checker.check(full)
        try BuilderChecker(decoder: decoder).check(full, selectedTypes: Set(plan.factoryTypes.map(\.id)))
        let moneyWarnings = try EconomicsChecker(plan: plan, locations: decoder.locations).check()
        try ModelLimits.check(plan, file: file)
        return LoadedPlan(plan: plan, warnings: checker.warnings + moneyWarnings, files: includes.files,
                          mootEntries: checker.mootEntries)
    }
}

/// A loaded plan with the warnings found while checking it.
public struct LoadedPlan: Sendable {
    /// The validated plan, `select` applied.
    public var plan: Plan
    /// Things that have no effect or may surprise, `file:line:column: warning: ...`:
    /// everything `parkplan check` lists.
    public var warnings: [String]
    /// Those of ``warnings`` about `excludes`, `forbid` and `targets` entries that `select`
    /// makes moot, as when a plan selects a few types of a catalog whose sites exclude others.
    public var mootEntries: [String]
    /// The files read: the plan file (when loaded from a path) and every catalog it
    /// includes, as their paths are written. A command never writes its output over one.
    public var files: [String]

    /// The warnings a command that solves mentions: ``warnings`` without ``mootEntries``,
    /// which are harmless and which `check` alone lists.
    public var solveWarnings: [String] {
        warnings.filter { !mootEntries.contains($0) }
    }

    /// Creates a loaded plan.
    public init(plan: Plan, warnings: [String] = [], files: [String] = [], mootEntries: [String] = []) {
        self.plan = plan
        self.warnings = warnings
        self.mootEntries = mootEntries
        self.files = files
    }
}
