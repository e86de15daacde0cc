import Foundation
import Testing
@testable import Planning

/// Every value is checked once, the same whether it comes from the plan file or `--set`.
struct ValueCheckTests {
    // MARK: - Empty and null values

    @Test(arguments: [
        ("budget: {total: }", 33, "total of budget is empty"),
        ("budget: {total: ~}", 33, "total of budget is empty"),
        ("rules:", 33, "rules of the plan is empty"),
        ("rules: {min_sites: null}", 33, "min_sites of rules is empty"),
        ("solver: {time_limit_s: }", 33, "time_limit_s of solver is empty"),
    ])
    func emptyValueInAPlanIsAnErrorNamingItsLine(line: String, number: Int, message: String) throws {
        let error = try #require(loadError(basePlan(adding: line)))
        #expect(error.file == "test.yaml")
        #expect(error.line == number)
        #expect(error.message == message, "\(error)")
        #expect(error.hint?.contains("--unset") == true)
    }

    @Test func emptyCapacityValueIsAnError() throws {
        let error = try #require(loadError(basePlan(replacing: "{power_mw: 300, land_acres: 5000}",
                                                     with: "{power_mw: , land_acres: 5000}")))
        #expect(error.line == 11)
        #expect(error.message.contains("power_mw in capacity of site 'inl' is empty"), "\(error)")
    }

    @Test(arguments: ["budget.total=", "budget.total= ", "budget.total=~", "rules.min_sites=null", "name="])
    func emptySetValueIsAnErrorThatPointsToUnset(text: String) throws {
        let error = try #require(loadError(basePlan, overrides: [text]))
        let path = String(text.prefix { $0 != "=" })
        #expect(error.file == "--set")
        #expect(error.message == "'\(path)=' gives no value", "\(error)")
        #expect(error.hint == "write a value after '=', or remove the key with --unset \(path)")
    }

    @Test func unsetRemovesAnOptionalKey() throws {
        let yaml = basePlan(adding: "budget: {total: 5B, carry_over: false}\nrules: {min_sites: 2, max_sites: 3}")
        let plan = try PlanLoader.load(yaml: yaml, file: "test.yaml",
                                       overrides: [Overrides.unsetting("budget.total"), Overrides.unsetting("rules.min_sites")]).plan
        #expect(plan.budget == Budget(total: nil, carryOver: false))
        #expect(plan.rules.minSites == nil && plan.rules.maxSites == 3)
    }

    @Test func unsetRemovesAListEntryById() throws {
        let yaml = basePlan(adding: "targets: [{type: fab-leading, min: 1}, {type: transformer-large, max: 2}]")
        let plan = try PlanLoader.load(yaml: yaml, file: "test.yaml", overrides: [Overrides.unsetting("targets.fab-leading")]).plan
        #expect(plan.targets == [Target(type: "transformer-large", max: 2)])
    }

    @Test func unsetOfAnAbsentKeyChangesNothing() throws {
        let plan = try PlanLoader.load(yaml: basePlan, file: "test.yaml", overrides: [Overrides.unsetting("budget.total")]).plan
        #expect(plan.budget == Budget())
    }

    @Test func unsetOfARequiredKeyReportsItMissing() throws {
        let error = try #require(loadError(basePlan, overrides: [Overrides.unsetting("name")]))
        #expect(error.message == "missing required key 'name' in the plan", "\(error)")
    }

    @Test func unsetOfAnUnknownPathNamesTheClosest() throws {
        let error = try #require(loadError(basePlan, overrides: [Overrides.unsetting("budget.totl")]))
        #expect(error.file == "--unset")
        #expect(error.description == "--unset: error: unknown path 'budget.totl': no key 'totl'; closest valid paths: budget.total, budget.carry_over", "\(error)")
    }

    @Test func unsetComesBackAsTypedOnTheCommandLine() {
        #expect(Overrides.commandLine(Overrides.unsetting("budget.total")) == "--unset budget.total")
        #expect(Overrides.commandLine("budget.total=3B") == "--set budget.total=3B")
    }

    // MARK: - Solver settings share the flags' check

    @Test(arguments: [
        ("solver: {mip_gap: 2}", "solver.mip_gap must be a fraction in [0, 1), e.g. mip_gap: 0.01 for 1%"),
        ("solver: {mip_gap: 1}", "solver.mip_gap must be a fraction in [0, 1), e.g. mip_gap: 0.01 for 1%"),
        ("solver: {mip_gap: -0.1}", "solver.mip_gap must be a fraction in [0, 1), e.g. mip_gap: 0.01 for 1%"),
        ("solver: {time_limit_s: 0}", "solver.time_limit_s must be a positive number of seconds, e.g. time_limit_s: 30"),
        ("solver: {time_limit_s: -5}", "solver.time_limit_s must be a positive number of seconds, e.g. time_limit_s: 30"),
    ])
    func badSolverSettingIsAnErrorWithTheFlagsWording(line: String, message: String) throws {
        let error = try #require(loadError(basePlan(adding: line)))
        #expect(error.file == "test.yaml" && error.line == 33, "\(error)")
        #expect(error.message == message)
    }

    @Test func flagsAndPlanShareOneCheck() {
        #expect(SolverLimits.gapProblem(2, name: "--gap", example: "--gap 0.01")
                == "--gap must be a fraction in [0, 1), e.g. --gap 0.01 for 1%")
        #expect(SolverLimits.timeLimitProblem(0, name: "--time-limit", example: "--time-limit 30")
                == "--time-limit must be a positive number of seconds, e.g. --time-limit 30")
        #expect(SolverLimits.timeLimitProblem(.infinity, name: "t", example: "t") != nil)
        #expect(SolverLimits.gapProblem(0, name: "g", example: "g") == nil)
        #expect(SolverLimits.gapProblem(0.999, name: "g", example: "g") == nil)
        #expect(SolverLimits.timeLimitProblem(0.5, name: "t", example: "t") == nil)
    }

    @Test func goodSolverSettingsLoad() throws {
        let plan = try PlanLoader.load(yaml: basePlan(adding: "solver: {time_limit_s: 60, mip_gap: 0.0001}"), file: "test.yaml").plan
        #expect(plan.solver.timeLimit == 60 && plan.solver.mipGap == 0.0001)
    }

    // MARK: - Nothing to plan

    @Test(arguments: [("sites", "site"), ("factory_types", "factory type")])
    func emptySelectListIsAnErrorThatSaysHowToFix(key: String, noun: String) throws {
        let error = try #require(loadError(basePlan(adding: "select: {\(key): []}")))
        #expect(error.line == 33)
        #expect(error.message == "select.\(key) is an empty list, which would leave nothing to plan")
        #expect(error.hint == "remove select.\(key) to use every \(noun), or list the ones to keep")
        let viaSet = try #require(loadError(basePlan, overrides: ["select.\(key)=[]"]))
        #expect(viaSet.file == "--set" && viaSet.message == error.message)
    }

    @Test func planWithoutSitesIsAnError() throws {
        let yaml = basePlan.replacingOccurrences(of: basePlan[basePlan.range(of: "sites:\n")!.lowerBound..<basePlan.range(of: "factory_types:")!.lowerBound], with: "")
        let error = try #require(loadError(yaml))
        #expect(error.message == "the plan has no sites, so there is nothing to plan", "\(error)")
        #expect(error.file == "test.yaml")
    }

    @Test func planWithoutFactoryTypesIsAnError() throws {
        let yaml = String(basePlan[..<basePlan.range(of: "factory_types:")!.lowerBound])
        let error = try #require(loadError(yaml))
        #expect(error.message == "the plan has no factory types, so there is nothing to plan", "\(error)")
    }

    // MARK: - Sizes the model can hold

    @Test(arguments: ["1e12", "1e8", "1000000", "1001"])
    func maxPerSiteAboveTheLimitIsRefusedWithItsLine(value: String) throws {
        let yaml = basePlan(replacing: "    review: EIS\n", with: "    review: EIS\n    max_per_site: \(value)\n")
        let error = try #require(loadError(yaml))
        #expect(error.line == 33, "\(error)")
        #expect(error.message.hasPrefix("max_per_site of factory type 'fab-leading': "))
        #expect(error.message.hasSuffix("is above 1000, the largest the model can hold"))
    }

    @Test func maxPerSiteAtTheLimitLoads() throws {
        let yaml = basePlan(replacing: "    review: EIS\n", with: "    review: EIS\n    max_per_site: 1000\n")
        #expect(try PlanLoader.load(yaml: yaml, file: "test.yaml").plan.factoryTypes[1].maxPerSite == 1000)
    }

    /// The base plan with fab-leading and `extra` more types at max_per_site 1000, all
    /// allowed at both sites: 2,000 plant levels per type.
    private func planWithLevels(extraTypes extra: Int) -> String {
        var yaml = basePlan(replacing: "    review: EIS\n", with: "    review: EIS\n    max_per_site: 1000\n")
        for i in 0..<extra {
            yaml += "  - {id: t\(i), name: T, capex: 1M, annual_value: 1M, jobs: 1, build_months: 1, review: CE, max_per_site: 1000}\n"
        }
        return yaml
    }

    @Test func plantLevelsUpToTheLimitLoad() throws {
        // transformer-large 2 + fab-leading 2,000 + 48 x 2,000 = 98,002; one type more makes 100,002.
        let plan = try PlanLoader.load(yaml: planWithLevels(extraTypes: 48), file: "test.yaml").plan
        #expect(plan.factoryTypes.count == 50)
    }

    @Test func tooManyPlantLevelsInAllIsRefused() throws {
        let error = try #require(loadError(planWithLevels(extraTypes: 49)))
        #expect(error.message == "the plan allows 100002 plants in all (max_per_site times the sites where each type is allowed), above the 100000 the model can hold; factory type 'fab-leading' alone allows 2000", "\(error)")
        #expect(error.hint == "lower max_per_site of 'fab-leading' (now 1000) or select fewer sites")
        #expect(error.line == 25)
    }

    @Test(arguments: ["rules: {max_plants_per_site: 1e12}", "targets: [{type: fab-leading, min: 1e10}]",
                      "rules: {min_states: 2e9}"])
    func countsAboveTheLimitAreRefused(line: String) throws {
        let error = try #require(loadError(basePlan(adding: line)))
        #expect(error.line == 33)
        #expect(error.message.hasSuffix("is above 1000000000, the largest the model can hold"), "\(error)")
    }

    // MARK: - Encoding

    @Test func byteOrderMarkAtTheStartLoads() throws {
        let path = try temporaryPlan([0xEF, 0xBB, 0xBF] + Array(basePlan.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PlanLoader.load(path: path).plan.name == "Test plan")
        #expect(try PlanLoader.load(yaml: "\u{FEFF}" + basePlan, file: "test.yaml").plan.name == "Test plan")
    }

    @Test func invalidUTF8NamesItsLineAndColumn() throws {
        var bytes = Array(basePlan.utf8)
        let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "O")))  // "Oak Ridge", line 13
        bytes[offset + 1] = 0xC3
        bytes[offset + 2] = 0x28
        let path = try temporaryPlan(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(loadError(path: path))
        #expect(error.file == path)
        #expect(error.line == 13 && error.column == 12, "\(error)")
        #expect(error.message == "the file is not UTF-8 text: byte 0xC3 is not valid UTF-8")
    }

    @Test(arguments: [
        ([0x41, 0x80], 1), ([0xC0, 0x80], 0), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0), ([0x41, 0xE2, 0x82], 1), ([0xF5, 0x80, 0x80, 0x80], 0),
    ] as [([UInt8], Int)])
    func invalidSequencesAreFoundAtTheirFirstByte(bytes: [UInt8], offset: Int) {
        #expect(UTF8Check.firstInvalidByte(in: bytes) == offset)
    }

    @Test func validUTF8PassesTheCheck() {
        let text = "naïve – 日本 🏭 \u{10FFFF}"
        #expect(UTF8Check.firstInvalidByte(in: Array(text.utf8)) == nil)
    }

    @Test func anEndlessDeviceIsReadOnlyUpToTheSizeLimit() throws {
        let error = try #require(loadError(basePlan(adding: "include: [/dev/zero]")))
        #expect(error.line == 33)
        #expect(error.message == "cannot read included file '/dev/zero': it is larger than 16 MiB", "\(error)")
    }

    @Test func controlCharactersFromAPlanAreShownNotSentToTheTerminal() throws {
        let error = try #require(loadError(basePlan(adding: #""\e[31mred\nline": 1"#)))
        #expect(error.description.hasPrefix(#"test.yaml:33:1: error: unknown key '\u{1B}[31mred\u{A}line' in the plan"#), "\(error)")
        #expect(!error.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    private func temporaryPlan(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "/parkplan-\(UUID().uuidString).yaml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
