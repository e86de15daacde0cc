import ArgumentParser
import Planning

extension ReportFormat: ExpressibleByArgument {}

extension ReportFormat {
    /// Refuses the map formats (`geojson`, `html`), which only `parkplan solve` prints, as
    /// a usage error of `command`.
    func requireTabular(_ command: String) throws {
        guard self == .geojson || self == .html else { return }
        throw ValidationError("--format \(rawValue) is for `parkplan solve` only; \(command) prints table, markdown, csv or json")
    }
}
