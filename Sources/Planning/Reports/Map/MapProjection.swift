import Foundation

/// The Albers equal-area conic projection of the contiguous United States that the HTML
/// map draws with: standard parallels 29.5 and 45.5 N, origin 37.5 N 96 W, a unit sphere
/// scaled by 1000, and y pointing down as in SVG. ``USStatesOutline`` was projected the
/// same way by `scripts/us-outline.py`, so markers land on the outline.
enum MapProjection {
    private static let phi1 = 29.5 * Double.pi / 180
    private static let phi2 = 45.5 * Double.pi / 180
    private static let phi0 = 37.5 * Double.pi / 180
    private static let lambda0 = -96.0 * Double.pi / 180
    private static let scale = 1000.0
    private static let n = (sin(phi1) + sin(phi2)) / 2
    private static let c = cos(phi1) * cos(phi1) + 2 * n * sin(phi1)
    private static let rho0 = (c - 2 * n * sin(phi0)).squareRoot() / n

    /// The map position of a point at `lat`, `lon` in degrees.
    static func project(lat: Double, lon: Double) -> (x: Double, y: Double) {
        let rho = (c - 2 * n * sin(lat * Double.pi / 180)).squareRoot() / n
        let theta = n * (lon * Double.pi / 180 - lambda0)
        return (scale * rho * sin(theta), -scale * (rho0 - rho * cos(theta)))
    }
}
