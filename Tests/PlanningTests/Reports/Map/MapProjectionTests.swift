@testable import Planning
import Testing

/// Markers and the state outline share one projection.
@Suite struct MapProjectionTests {
    @Test func projectionOriginIsTheMapOrigin() {
        let p = MapProjection.project(lat: 37.5, lon: -96)
        #expect(abs(p.x) < 1e-9 && abs(p.y) < 1e-9)
    }

    /// East is right and north is up (smaller y, as in SVG).
    @Test func eastIsRightAndNorthIsUp() {
        let denver = MapProjection.project(lat: 39.74, lon: -104.99)
        let chicago = MapProjection.project(lat: 41.88, lon: -87.63)
        let houston = MapProjection.project(lat: 29.76, lon: -95.37)
        #expect(chicago.x > denver.x)
        #expect(houston.y > denver.y)
    }

    /// The four corners of the contiguous states fall inside the outline's bounding box,
    /// near its edges: the outline and the markers use the same projection.
    @Test func cornersOfTheContiguousStatesLieOnTheOutline() {
        let b = USStatesOutline.bounds
        for (lat, lon) in [(48.38, -124.72), (25.1, -80.4), (47.46, -69.2), (32.53, -117.12)] {
            let p = MapProjection.project(lat: lat, lon: lon)
            #expect(p.x >= b.x - 3 && p.x <= b.x + b.width + 3 && p.y >= b.y - 3 && p.y <= b.y + b.height + 3,
                    "\(lat), \(lon) at \(p)")
        }
        #expect(USStatesOutline.states.count == 49)
    }
}
