import Foundation

/// Where the map draws each site's marker and label, in map units.
///
/// Markers whose boxes would touch (two parcels of one site, as Oak Ridge's) are laid out
/// side by side on a small grid around their common centre, keeping west to east and
/// north to south, so that no marker covers another; each moved marker keeps a leader line
/// to its true point. Each label goes beside its marker, away from its true point when it
/// was moved, on the first side where it covers no marker and no label placed before it.
/// The layout depends on the positions and the plan's order alone.
struct MarkerLayout {
    /// A marker to place: its site id, its projected point and its radius.
    struct Marker {
        var id: String
        var x: Double
        var y: Double
        var radius: Double
    }

    /// A placed marker and its label.
    struct Placement {
        /// The site's id, which is also the label's text.
        var id: String
        /// The site's true point.
        var point: (x: Double, y: Double)
        /// Where the marker is drawn: the true point, or its place on a spread group's circle.
        var marker: (x: Double, y: Double)
        /// The marker's radius.
        var radius: Double
        /// Where the label's text starts, and its anchor (`start`, `end` or `middle`).
        var label: (x: Double, y: Double, anchor: String)
        /// The label's box: left, top, width, height.
        var labelBox: Box

        /// True when the marker is drawn away from its true point.
        var isSpread: Bool { marker.x != point.x || marker.y != point.y }
    }

    /// An axis-aligned box: left, top, width, height.
    struct Box {
        var x: Double, y: Double, width: Double, height: Double

        /// True when the two boxes share more than their edges.
        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// The clear space kept between two markers.
    static let gap = 3.0

    /// The labels' font size, in map units.
    let fontSize: Double

    /// The placements of `markers`, in their order.
    func place(_ markers: [Marker]) -> [Placement] {
        let centres = spread(markers)
        var taken = markers.indices.map { i in
            Box(
                x: centres[i].x - markers[i].radius, y: centres[i].y - markers[i].radius,
                width: 2 * markers[i].radius, height: 2 * markers[i].radius)
        }
        return markers.indices.map { i in
            let m = markers[i], c = centres[i]
            let (label, box) = labelPlace(m, at: c, away: (c.x - m.x, c.y - m.y), avoiding: taken, skip: i)
            taken.append(box)
            return Placement(id: m.id, point: (m.x, m.y), marker: c, radius: m.radius, label: label, labelBox: box)
        }
    }

    /// The drawn centres. Markers whose boxes would come closer than ``gap`` form a
    /// group, laid out on a grid of cells ``gap`` apart around the group's mean point
    /// (rows from north to south, each west to east); groups that then come too close to
    /// other markers take them in, round after round, until no two boxes are too close.
    private func spread(_ markers: [Marker]) -> [(x: Double, y: Double)] {
        var parent = Array(markers.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var centres = markers.map { (x: $0.x, y: $0.y) }
        let reach = 2 * (markers.map(\.radius).max() ?? 0) + Self.gap
        while true {
            // Buckets of side `reach`: markers too close to each other sit in neighbouring ones.
            var buckets: [Int64: [Int]] = [:]
            func key(_ x: Double, _ y: Double) -> Int64 {
                Int64((x / reach).rounded(.down)) << 32 ^ Int64((y / reach).rounded(.down))
            }
            for i in markers.indices { buckets[key(centres[i].x, centres[i].y), default: []].append(i) }
            var merged = Set<Int>()
            for i in markers.indices {
                let (bx, by) = ((centres[i].x / reach).rounded(.down), (centres[i].y / reach).rounded(.down))
                for dx in -1...1 {
                    for dy in -1...1 {
                        for j in buckets[Int64(bx + Double(dx)) << 32 ^ Int64(by + Double(dy))] ?? [] where j > i {
                            let room = markers[i].radius + markers[j].radius + Self.gap - 1e-9
                            guard abs(centres[i].x - centres[j].x) < room, abs(centres[i].y - centres[j].y) < room,
                                root(i) != root(j)
                            else { continue }
                            parent[root(j)] = root(i)
                            merged.insert(i)
                        }
                    }
                }
            }
            guard !merged.isEmpty else { return centres }
            let groups = Dictionary(grouping: markers.indices, by: root)
            for group in Set(merged.map(root)).compactMap({ groups[$0] }) {
                for (i, centre) in zip(group, grid(group, markers)) { centres[i] = centre }
            }
        }
    }

    /// The cells of a group of `members` (positions, ascending): a grid as square as can be,
    /// one cell a marker, centred on the members' mean true point; north rows first, each
    /// row from west to east, ties kept in plan order.
    private func grid(_ members: [Int], _ markers: [Marker]) -> [(x: Double, y: Double)] {
        let n = members.count
        let columns = Int(Double(n).squareRoot().rounded(.up)), rows = (n + columns - 1) / columns
        let cell = 2 * (members.map { markers[$0].radius }.max() ?? 0) + Self.gap
        let cx = members.reduce(0.0) { $0 + markers[$1].x } / Double(n)
        let cy = members.reduce(0.0) { $0 + markers[$1].y } / Double(n)
        let byRow = members.sorted { (markers[$0].y, $0) < (markers[$1].y, $1) }
        var cells = [Int: (x: Double, y: Double)]()
        for row in 0..<rows {
            let line = byRow[(row * columns)..<min(n, (row + 1) * columns)].sorted {
                (markers[$0].x, $0) < (markers[$1].x, $1)
            }
            for (k, i) in line.enumerated() {
                cells[i] = (
                    cx + (Double(k) - Double(line.count - 1) / 2) * cell,
                    cy + (Double(row) - Double(rows - 1) / 2) * cell
                )
            }
        }
        return members.map { cells[$0]! }
    }

    /// The label of marker `m` drawn at `c`: on the side `away` points to first when the
    /// marker was spread, then right, left, above and below, the first whose box covers
    /// none of `taken` (except the marker's own, `skip`); the first side when all do.
    private func labelPlace(
        _ m: Marker, at c: (x: Double, y: Double), away: (Double, Double),
        avoiding taken: [Box], skip: Int
    ) -> ((x: Double, y: Double, anchor: String), Box) {
        let width = 0.6 * fontSize * Double(m.id.count), height = fontSize
        let pad = m.radius + 2
        let right = (
            (c.x + pad, c.y + height / 3, "start"), Box(x: c.x + pad, y: c.y - height / 2, width: width, height: height)
        )
        let left = (
            (c.x - pad, c.y + height / 3, "end"),
            Box(x: c.x - pad - width, y: c.y - height / 2, width: width, height: height)
        )
        let above = (
            (c.x, c.y - pad - 1, "middle"), Box(x: c.x - width / 2, y: c.y - pad - height, width: width, height: height)
        )
        let below = (
            (c.x, c.y + pad + height - 1, "middle"), Box(x: c.x - width / 2, y: c.y + pad, width: width, height: height)
        )
        var sides = [right, left, above, below]
        if away.0 != 0 || away.1 != 0 {
            sides =
                abs(away.0) >= abs(away.1)
                ? (away.0 < 0 ? [left, right, above, below] : sides)
                : (away.1 < 0 ? [above, below, right, left] : [below, above, right, left])
        }
        let free = sides.first { side in
            !taken.enumerated().contains { $0.offset != skip && $0.element.overlaps(side.1) }
        }
        return free ?? sides[0]
    }
}
