/// The colours of the HTML report: one per phase, so that a site's marker, its table
/// rows and its timeline bars share the colour of the phase it opened in.
enum HTMLPalette {
    /// Colour-blind-safe colours, used in phase order and repeated after eight phases.
    static let phases = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f3c8d", "#444444"]

    /// The colour of the phase at `index`.
    static func phase(_ index: Int) -> String { phases[index % phases.count] }

    /// The colour of phase `id` in `plan` (grey for an unknown id).
    static func phase(id: String, in plan: Plan) -> String {
        plan.phases.firstIndex { $0.id == id }.map(phase) ?? "#888888"
    }

    /// Colour-blind-safe colours of builders (Paul Tol's muted scheme), drawn as squares so
    /// they do not read as phases; repeated after nine builders.
    static let builders = [
        "#332288", "#117733", "#44aa99", "#88ccee", "#ddcc77", "#cc6677", "#aa4499", "#882255", "#999933",
    ]

    /// The colour of builder `id` in `plan` (grey for an unknown id).
    static func builder(id: String, in plan: Plan) -> String {
        (plan.builders?.firstIndex { $0.id == id }).map { builders[$0 % builders.count] } ?? "#888888"
    }
}
