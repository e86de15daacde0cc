import Testing

@testable import Planning

/// Markers that would cover each other are spread apart, their boxes at least a gap
/// apart, with the same layout every time; labels go where they cover nothing.
@Suite struct MarkerLayoutTests {
    static let layout = MarkerLayout(fontSize: 9)

    static func apart(_ a: MarkerLayout.Placement, _ b: MarkerLayout.Placement) -> Bool {
        let room = a.radius + b.radius + MarkerLayout.gap - 1e-9
        return abs(a.marker.x - b.marker.x) >= room || abs(a.marker.y - b.marker.y) >= room
    }

    /// Oak Ridge's two parcels, 0.9 map units apart, with the opened markers' radius 8:
    /// side by side, west one first, each 9.5 units from their mean point.
    @Test func twoParcelsOfOneSiteSitSideBySide() {
        let placed = Self.layout.place([
            .init(id: "oak-ridge-a", x: 163.1, y: 17.6, radius: 8),
            .init(id: "oak-ridge-b", x: 162.2, y: 17.6, radius: 8),
        ])
        #expect(Self.apart(placed[0], placed[1]))
        #expect(abs(placed[1].marker.x - (162.65 - 9.5)) < 1e-9 && abs(placed[0].marker.x - (162.65 + 9.5)) < 1e-9)
        #expect(placed.allSatisfy { $0.isSpread && $0.marker.y == 17.6 })
        #expect(placed[1].label.anchor == "end" && placed[0].label.anchor == "start")
    }

    /// Twelve markers on one point and a neighbour the spread group reaches: every box is
    /// apart from every other, and the layout does not depend on anything but the input.
    @Test func aCrowdIsSpreadUntilEveryBoxIsApart() {
        let crowd =
            (0..<12).map { MarkerLayout.Marker(id: "s\($0)", x: 0, y: 0, radius: $0 % 3 == 0 ? 5 : 8) }
            + [
                MarkerLayout.Marker(id: "near", x: 30, y: 4, radius: 8),
                MarkerLayout.Marker(id: "far", x: 300, y: 0, radius: 8),
            ]
        let placed = Self.layout.place(crowd)
        for i in placed.indices {
            for j in placed.indices where j > i {
                #expect(Self.apart(placed[i], placed[j]), "\(placed[i].id) \(placed[j].id)")
            }
        }
        #expect(!placed.last!.isSpread)
        #expect(Self.layout.place(crowd).map(\.marker.x) == placed.map(\.marker.x))
    }

    /// A lone marker stays on its point, its label to the right; a label that would cover
    /// a marker on the right goes to the left.
    @Test func labelsAvoidMarkers() {
        let placed = Self.layout.place([
            .init(id: "west", x: 0, y: 0, radius: 8), .init(id: "east", x: 30, y: 0, radius: 8),
        ])
        #expect(!placed[0].isSpread && placed[0].marker.x == 0)
        #expect(placed[0].label.anchor == "end")
        #expect(placed[1].label.anchor == "start")
        #expect(!placed[0].labelBox.overlaps(placed[1].labelBox))
    }
}
