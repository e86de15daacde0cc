/// The Builders section of the table and markdown reports: for each builder its plants,
/// its capex at its own price against its commitment and floor, its plants in each phase
/// against its limit, and the limits that bind.
extension ReportContent {
    /// The section, for a plan with builders; nil without.
    var buildersSection: ReportSection? {
        guard let builders = result.builders, !builders.isEmpty else { return nil }
        let rows = builders.map { b -> [String] in
            let phases = b.byPhase.map { entry in
                b.maxPlantsPerPhase.map { "\(entry.count)/\($0)" } ?? String(entry.count)
            }
            return [
                b.id, String(b.plants), Money.format(b.capex), b.commitment.map(Money.format) ?? "-",
                b.minWork > 0 ? Money.format(b.minWork) : "-",
            ] + phases + [Self.bindingWords(b)]
        }
        let columns: [ReportColumn] =
            [
                .text("builder"), .number("plants"), .number("capex"), .number("commitment"),
                .number("min_work"),
            ] + plan.phases.map { .number($0.id) } + [.text("binds")]
        var notes = [
            "capex at each builder's own price; a phase column is plants started against max_plants_per_phase."
        ]
        if builders.contains(where: { !$0.bindingLimits.isEmpty }) { notes.append(Self.builderBindsKey) }
        return ReportSection(title: "Builders", columns: columns, rows: rows, notes: notes)
    }

    /// What binds means for a builder, printed under a table that marks one.
    static let builderBindsKey =
        "binds: the commitment leaves too little for one more plant the builder could start, "
        + "the floor (min_work) could not lose one of its plants, or a phase is full."

    /// The limits of `builder` that bind, in words: "commitment, p1, p2"; empty when none.
    static func bindingWords(_ builder: BuilderResult) -> String {
        ((builder.commitmentBinds ? ["commitment"] : []) + (builder.minWorkBinds ? ["min_work"] : [])
            + builder.fullPhases).joined(separator: ", ")
    }
}
