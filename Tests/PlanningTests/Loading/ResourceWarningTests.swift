import Testing

@testable import Planning

/// A resource name that the sites and the types spell differently is one warning with the
/// closest names, not one warning per site.
@Suite struct ResourceWarningTests {
    static func plan(uses: String, capacity: String) -> String {
        """
        name: Resources
        start: 2026-01
        phases: [{id: p1, ends: 2030-12}]
        review_months: {CE: 1}
        sites:
          - {id: a, name: A, state: ID, capacity: {\(capacity)}}
          - {id: b, name: B, state: TN, capacity: {\(capacity)}}
          - {id: c, name: C, state: SC, capacity: {\(capacity)}}
        factory_types:
          - {id: w, name: W, capex: 1B, annual_value: 2B, jobs: 1, build_months: 12, review: CE, uses: {\(uses)}}
        """
    }

    @Test func aTypoInUsesIsOneWarningWithTheClosestNames() throws {
        let yaml = Self.plan(uses: "power_mv: 10, water_mgd: 1", capacity: "power_mw: 100, water_mgd: 5")
        let warnings = try PlanLoader.load(yaml: yaml, file: "test.yaml").warnings
        #expect(
            warnings == [
                "test.yaml:10:5: warning: resource 'power_mv' that type w uses is limited at no site; "
                    + "did you mean 'power_mw', which the sites list and no type uses?"
            ])
        let other = Self.plan(uses: "power_mv: 10, water_mgd: 1", capacity: "power_mw: 100, water_mgd: 5, workers: 9")
            .replacingOccurrences(
                of: "uses: {power_mv: 10, water_mgd: 1}", with: "uses: {power_mv: 10, water_mgd: 1, power_mw: 1}")
        #expect(
            try PlanLoader.load(yaml: other, file: "test.yaml").warnings == [
                "test.yaml:10:5: warning: resource 'power_mv' that type w uses is limited at no site; did you mean "
                    + "'power_mw'? (known resources the sites list closest: power_mw, water_mgd, workers)"
            ])
    }

    /// A typo in one site's capacity, where the others spell it right: that site does not
    /// limit the resource, and its misspelt one is close to a resource the types use.
    @Test func aTypoInOneSitesCapacityIsNamedWithTheClosestName() throws {
        let yaml = Self.plan(uses: "water_mgd: 1", capacity: "water_mgd: 5")
            .replacingOccurrences(
                of: "{id: a, name: A, state: ID, capacity: {water_mgd: 5}}",
                with: "{id: a, name: A, state: ID, capacity: {watr_mgd: 5, cooling: 3}}")
        let warnings = try PlanLoader.load(yaml: yaml, file: "test.yaml").warnings
        #expect(
            warnings == [
                "test.yaml:6:5: warning: site 'a' does not limit water_mgd, which type w uses",
                "test.yaml:6:5: warning: resource 'watr_mgd' in the capacity of site 'a' is used by no factory type; "
                    + "did you mean 'water_mgd'? (known resources the types use closest: water_mgd)",
            ])
    }

    /// A resource some sites limit and one does not is still a warning for that site.
    @Test func aSiteThatDoesNotLimitAResourceOthersLimitIsNamed() throws {
        let yaml = Self.plan(uses: "power_mw: 10", capacity: "power_mw: 100")
            .replacingOccurrences(
                of: "{id: c, name: C, state: SC, capacity: {power_mw: 100}}",
                with: "{id: c, name: C, state: SC, capacity: {land_acres: 100}}")
        let warnings = try PlanLoader.load(yaml: yaml, file: "test.yaml").warnings
        #expect(warnings == ["test.yaml:8:5: warning: site 'c' does not limit power_mw, which type w uses"])
    }
}
