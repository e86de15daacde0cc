/// The builders of the HTML report: a colour square per builder, a filter over the
/// allocation table and the map, and the Builders table (each builder's plants, capex at
/// its own price against its commitment and floor, plants per phase against its limit, and
/// the limits that bind).
///
/// The filter is a `<select id="builder-filter">`; choosing a builder, or opening the page
/// at `#builder=ID`, hides the allocation rows of the other builders and fades the map
/// markers of the sites where it builds nothing (each marker lists its builders in
/// `data-builders`).
struct HTMLBuilders {
    /// The result to show.
    let result: PlanResult
    /// The plan, for the builders' names and the phases.
    let plan: Plan

    /// The colour square of builder `id`.
    static func swatch(_ id: String, in plan: Plan) -> String {
        "<span class=\"box\" style=\"background:\(HTMLPalette.builder(id: id, in: plan))\"></span>"
    }

    /// The builder filter above the allocation table; empty without builders.
    var filter: String {
        guard let builders = plan.builders else { return "" }
        let options = builders.map { b in
            let label = b.name == b.id ? b.id : "\(b.name) (\(b.id))"
            return "<option value=\"\(HTMLText.escape(b.id))\">\(HTMLText.escape(label))</option>"
        }
        return
            "<p class=\"filter\"><label for=\"builder-filter\">Show the plants of </label>"
            + "<select id=\"builder-filter\">"
            + "<option value=\"\">every builder</option>" + options.joined() + "</select></p>\n"
    }

    /// The ids of the builders that build at `site`, separated by spaces, for its marker.
    func builders(at site: String) -> String {
        let here = Set(result.allocations.filter { $0.site == site }.compactMap(\.builder))
        return (plan.builders ?? []).map(\.id).filter(here.contains).joined(separator: " ")
    }

    /// The Builders section, using `tables` for its layout; empty without builders.
    func section(_ tables: HTMLTables) -> String {
        guard let builders = result.builders, !builders.isEmpty else { return "" }
        let phases = plan.phases.map(\.id)
        let header = ["builder", "plants", "capex", "commitment", "used", "min_work"] + phases + ["binds"]
        let rows = builders.map { b -> String in
            let name = plan.builders?.first { $0.id == b.id }?.name ?? b.id
            var cells = [
                "<td>\(Self.swatch(b.id, in: plan))\(HTMLText.escape(name))</td>",
                "<td class=\"num\">\(b.plants)</td>", "<td class=\"num\">\(Money.format(b.capex))</td>",
                "<td class=\"num\">\(b.commitment.map(Money.format) ?? "none")</td>",
            ]
            if let commitment = b.commitment, commitment > 0 {
                let width = HTMLMap.number(min(1, b.capex / commitment) * 100)
                cells.append(
                    "<td><span class=\"bar\"><span style=\"width:\(width)%\"></span></span> "
                        + Quantity.percent(b.capex / commitment) + "</td>")
            } else {
                cells.append("<td></td>")
            }
            cells.append("<td class=\"num\">\(b.minWork > 0 ? Money.format(b.minWork) : "none")</td>")
            cells += b.byPhase.map { entry in
                "<td class=\"num\">\(entry.count)\(b.maxPlantsPerPhase.map { "/\($0)" } ?? "")</td>"
            }
            cells.append("<td>\(HTMLText.escape(ReportContent.bindingWords(b)))</td>")
            return "<tr data-builder=\"\(HTMLText.escape(b.id))\">" + cells.joined() + "</tr>"
        }
        let note =
            "<p class=\"note\">Capex at each builder's own price against its commitment; a phase column is the "
            + "plants it starts there against its max_plants_per_phase. \"binds\": the commitment leaves too little "
            + "for one more plant it could start, the floor could not lose one of its plants, or a phase is full.</p>"
        return tables.section(
            "builders", "Builders",
            tables.table(
                id: "builders-table", header: header,
                numeric: [1, 2, 3, 5] + Array(6..<(6 + phases.count)), rows: rows) + note)
    }
}
