extension Problem {
    /// The same problem with every variable continuous, a binary's bounds clamped to
    /// 0...1: its optimum bounds the problem's, and its solution guides rounding heuristics.
    public var linearRelaxation: Problem {
        var relaxed = self
        for j in relaxed.variables.indices {
            let variable = relaxed.variables[j]
            if variable.kind == .binary {
                relaxed.variables[j].lower = max(0, variable.lower)
                relaxed.variables[j].upper = min(1, variable.upper)
            }
            relaxed.variables[j].kind = .continuous
        }
        return relaxed
    }
}
