/// The realistic ranges a generated plan draws from: factory-type archetypes (the
/// fact sheet's summary ranges) and US states with their approximate centres.
enum GeneratorCatalog {
    /// A kind of plant with the range of each of its numbers. Money in millions of dollars,
    /// water in hundredths of a million gallons a day.
    struct Archetype {
        var id: String
        var name: String
        var category: String
        var capexM: ClosedRange<Int>
        var valueM: ClosedRange<Int>
        var jobs: ClosedRange<Int>
        var landAcres: ClosedRange<Int>
        var powerMW: ClosedRange<Int>
        var waterHundredths: ClosedRange<Int>
        var buildMonths: ClosedRange<Int>
        var review: String
        var maxPerSite: ClosedRange<Int>
        /// Too big to name as a plan's target (its lead time or size may not fit anywhere).
        var large: Bool
    }

    /// One archetype per row of the fact sheet's summary table (section 2.11).
    static let archetypes: [Archetype] = [
        Archetype(id: "fiber-cable", name: "Fiber-optic cable plant", category: "data-center infrastructure",
                  capexM: 56...270, valueM: 150...400, jobs: 110...250, landAcres: 25...35, powerMW: 5...15,
                  waterHundredths: 2...9, buildMonths: 18...26, review: "EA", maxPerSite: 1...2, large: false),
        Archetype(id: "fiber-draw", name: "Optical fiber preform and draw plant", category: "data-center infrastructure",
                  capexM: 100...800, valueM: 150...500, jobs: 100...900, landAcres: 30...80, powerMW: 20...60,
                  waterHundredths: 30...100, buildMonths: 24...36, review: "EA", maxPerSite: 1...2, large: false),
        Archetype(id: "transformer-large", name: "Large power transformer plant", category: "grid equipment",
                  capexM: 150...460, valueM: 350...450, jobs: 330...825, landAcres: 40...100, powerMW: 10...30,
                  waterHundredths: 5...19, buildMonths: 13...30, review: "EA", maxPerSite: 1...1, large: false),
        Archetype(id: "transformer-distribution", name: "Distribution transformer plant", category: "grid equipment",
                  capexM: 85...340, valueM: 200...500, jobs: 200...700, landAcres: 45...55, powerMW: 5...15,
                  waterHundredths: 2...9, buildMonths: 18...24, review: "EA", maxPerSite: 1...2, large: false),
        Archetype(id: "power-modules", name: "Power module assembly plant", category: "grid equipment",
                  capexM: 65...300, valueM: 200...600, jobs: 55...300, landAcres: 20...40, powerMW: 5...20,
                  waterHundredths: 10...30, buildMonths: 18...30, review: "EA", maxPerSite: 1...2, large: false),
        Archetype(id: "mlcc", name: "MLCC and passive components plant", category: "electronic components",
                  capexM: 105...305, valueM: 300...800, jobs: 700...900, landAcres: 15...40, powerMW: 20...40,
                  waterHundredths: 30...100, buildMonths: 20...26, review: "EA", maxPerSite: 1...2, large: false),
        Archetype(id: "dc-equipment", name: "Data-center equipment plant", category: "data-center infrastructure",
                  capexM: 40...140, valueM: 300...600, jobs: 200...455, landAcres: 25...60, powerMW: 3...10,
                  waterHundredths: 1...5, buildMonths: 12...24, review: "CE", maxPerSite: 1...2, large: false),
        Archetype(id: "osat", name: "Advanced chip packaging plant", category: "semiconductors",
                  capexM: 2000...7000, valueM: 1000...3000, jobs: 800...3000, landAcres: 55...104, powerMW: 50...150,
                  waterHundredths: 50...200, buildMonths: 27...48, review: "EA", maxPerSite: 1...1, large: true),
        Archetype(id: "fab-leading", name: "Leading-edge logic fab", category: "semiconductors",
                  capexM: 12000...20000, valueM: 4500...5500, jobs: 1500...2250, landAcres: 190...500, powerMW: 180...220,
                  waterHundredths: 400...500, buildMonths: 40...44, review: "EIS", maxPerSite: 1...1, large: true),
        Archetype(id: "fab-mature", name: "Mature-node fab", category: "semiconductors",
                  capexM: 7500...10000, valueM: 1500...3000, jobs: 700...800, landAcres: 100...200, powerMW: 30...150,
                  waterHundredths: 200...400, buildMonths: 40...44, review: "EIS", maxPerSite: 1...1, large: true),
    ]

    /// A US state: its code, its name and roughly where its middle is (degrees).
    struct State {
        var code: String
        var name: String
        var lat: Double
        var lon: Double
    }

    /// States with federal land or industrial parks of the kind the fact sheet discusses.
    static let states: [State] = [
        State(code: "AZ", name: "Arizona", lat: 34.3, lon: -111.7),
        State(code: "TN", name: "Tennessee", lat: 35.9, lon: -86.4),
        State(code: "ID", name: "Idaho", lat: 44.1, lon: -114.7),
        State(code: "KY", name: "Kentucky", lat: 37.5, lon: -85.3),
        State(code: "SC", name: "South Carolina", lat: 33.9, lon: -80.9),
        State(code: "OH", name: "Ohio", lat: 40.4, lon: -82.8),
        State(code: "IL", name: "Illinois", lat: 40.0, lon: -89.2),
        State(code: "CA", name: "California", lat: 36.8, lon: -119.4),
        State(code: "GA", name: "Georgia", lat: 32.7, lon: -83.4),
        State(code: "NJ", name: "New Jersey", lat: 40.1, lon: -74.7),
        State(code: "TX", name: "Texas", lat: 31.0, lon: -99.9),
        State(code: "NM", name: "New Mexico", lat: 34.5, lon: -106.0),
        State(code: "NV", name: "Nevada", lat: 39.3, lon: -116.6),
        State(code: "UT", name: "Utah", lat: 39.3, lon: -111.7),
        State(code: "CO", name: "Colorado", lat: 39.0, lon: -105.5),
        State(code: "WA", name: "Washington", lat: 47.4, lon: -120.5),
        State(code: "OR", name: "Oregon", lat: 43.9, lon: -120.6),
        State(code: "NC", name: "North Carolina", lat: 35.6, lon: -79.4),
        State(code: "VA", name: "Virginia", lat: 37.5, lon: -78.9),
        State(code: "IN", name: "Indiana", lat: 39.9, lon: -86.3),
        State(code: "MI", name: "Michigan", lat: 44.3, lon: -85.4),
        State(code: "NY", name: "New York", lat: 42.9, lon: -75.5),
        State(code: "PA", name: "Pennsylvania", lat: 40.9, lon: -77.8),
        State(code: "AL", name: "Alabama", lat: 32.8, lon: -86.8),
        State(code: "LA", name: "Louisiana", lat: 31.1, lon: -92.0),
        State(code: "OK", name: "Oklahoma", lat: 35.6, lon: -97.5),
        State(code: "KS", name: "Kansas", lat: 38.5, lon: -98.4),
        State(code: "MO", name: "Missouri", lat: 38.4, lon: -92.5),
        State(code: "WY", name: "Wyoming", lat: 43.0, lon: -107.5),
        State(code: "MS", name: "Mississippi", lat: 32.7, lon: -89.7),
    ]

    /// Agencies that hold candidate land.
    static let agencies = ["DOE", "DoD", "BLM", "State"]
}
