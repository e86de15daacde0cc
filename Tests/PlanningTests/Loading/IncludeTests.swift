import Testing
@testable import Planning

/// Included catalogs, read relative to the file that names them.
struct IncludeTests {
    @Test func includesAreMergedRelativeToTheIncludingFile() throws {
        let loaded = try PlanLoader.load(path: fixturePath("seeds/plan.yaml"))
        #expect(loaded.plan.sites.map(\.id) == ["savannah-river", "inl", "local"])
        #expect(loaded.plan.factoryTypes.map(\.id) == ["transformer-large"])
        #expect(loaded.plan.sites[1].notes == "capacity is an estimate")
        #expect(loaded.plan.origins["sites.inl"]?.file.hasSuffix("sites/federal-sites.yaml") == true)
    }

    @Test func overridesReachIncludedEntries() throws {
        let plan = try PlanLoader.load(path: fixturePath("seeds/plan.yaml"), overrides: ["sites.inl.capacity.power_mw=900"]).plan
        #expect(plan.sites[1].capacity["power_mw"] == 900)
    }

    @Test func includeCycleNamesTheChain() throws {
        let error = try #require(loadError(path: fixturePath("cycle/a.yaml")))
        #expect(error.description.contains("include cycle"), "\(error)")
        #expect(error.description.contains("cycle/a.yaml -> "), "\(error)")
        #expect(error.description.contains("cycle/c.yaml -> "), "\(error)")
        #expect(error.description.contains("cycle/b.yaml; "), "\(error)")
        #expect(error.file.hasSuffix("c.yaml") && error.line == 1, "\(error)")
    }

    @Test func duplicateIdAcrossFilesIsAnError() throws {
        let error = try #require(loadError(path: fixturePath("seeds/duplicate-across-files.yaml")))
        #expect(error.description.contains("duplicate site id 'inl'"), "\(error)")
        #expect(error.file.hasSuffix("duplicate-across-files.yaml") && error.line == 6, "\(error)")
        #expect(error.description.contains("federal-sites.yaml:3"), "\(error)")
    }

    @Test func catalogKeysAreChecked() throws {
        let error = try #require(loadError(path: fixturePath("seeds/bad-catalog.yaml")))
        #expect(error.file.hasSuffix("sites/plan-like.yaml") && error.line == 2, "\(error)")
        #expect(error.description.contains("unknown key 'start' in catalog"), "\(error)")
    }

    @Test func missingPlanFileIsAnError() throws {
        let error = try #require(loadError(path: "/no/such/plan.yaml"))
        #expect(error.description.contains("no such file"))
    }

    /// A missing catalog is named as the including file wrote it, with the path it was
    /// resolved to and the folder it was resolved from.
    @Test func aMissingIncludeIsNamedAsWritten() throws {
        let yaml = "name: x\nstart: 2026-01\ninclude: [../nothere/cat.yaml]\nphases: [{id: p1, ends: 2030-12}]\n"
        let error = try #require(loadError(yaml, baseDirectory: "plans/sub"))
        #expect(error.description.contains("cannot read included file '../nothere/cat.yaml' (resolved to "
            + "'plans/nothere/cat.yaml'): no such file"), "\(error)")
        #expect(error.description.contains("resolved from the folder of the file that names them (plans/sub)"),
                "\(error)")
    }
}
