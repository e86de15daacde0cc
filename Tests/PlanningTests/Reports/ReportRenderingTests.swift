import GLPKSolver
import MIP
@testable import Planning
import Testing

/// What the table, markdown and CSV reports show beyond the golden files: binding limits,
/// results without a solution, quoting and escaping, and the objective's units.
@Suite struct ReportRenderingTests {
    /// A result of `plan` with `status` and nothing else filled in, for filling by hand.
    static func bareResult(_ plan: Plan, status: SolveStatus, bound: Double? = nil) -> PlanResult {
        var result = PlanResult(plan: plan, formulation: Formulation(plan: plan),
                                solution: Solution(status: .infeasible, bound: bound, seconds: 0.01), solverName: "GLPK")
        result.status = status
        return result
    }

    /// The lines of `text` that contain `word` (as a whole cell).
    static func lines(_ text: String, containing word: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.split(separator: " ").contains { $0 == word } }
    }

    /// orr's power (60 of 60 MW) and p2's budget (3B of 3B) bind, and every type stands at
    /// its max_per_site where it is built (2 transformers at each site, 1 modules at inl):
    /// the three allocation rows are marked too; nothing else is.
    @Test(arguments: [ReportFormat.table, .markdown])
    func bindingLimitsAreMarked(format: ReportFormat) throws {
        let text = format.render(try ReportGoldenTests.solvedGoldenPlan(), plan: GoldenPlan.plan)
        let marked = Self.lines(text, containing: "BINDS")
        #expect(marked.count == 5)
        #expect(marked.prefix(3).allSatisfy { $0.contains("transformer") || $0.contains("modules") })
        #expect(marked[3].contains("orr") && marked[3].contains("power_mw"))
        #expect(marked.last?.contains("p2") == true)
        #expect(text.contains("BINDS: the type's max_per_site is reached at this site."))
    }

    /// A limit marked as not binding prints no marker, even when use is close to capacity.
    @Test func marksFollowTheResult() {
        var result = Self.bareResult(GoldenPlan.plan, status: .optimal)
        result.sites = [SiteResult(id: "inl", openedIn: "p1", spend: 1e9, resources: [
            ResourceUse(name: "power_mw", used: 99.5, capacity: 100, binds: false),
            ResourceUse(name: "workers", used: 2000, capacity: 2000, binds: true),
        ])]
        result.budgets = [BudgetUse(id: "total", budget: 12e9, spent: 1e9, limit: 12e9, used: 1e9, binds: false)]
        let text = ReportFormat.table.render(result, plan: GoldenPlan.plan)
        let marked = Self.lines(text, containing: "BINDS")
        #expect(marked.count == 1 && marked.first?.contains("workers") == true)
        #expect(text.contains("99.5"))
    }

    /// A note that starts like a list item or a heading stays a sentence in markdown.
    @Test func markdownNotesAreParagraphsNotListItems() {
        #expect(MarkdownReport.paragraph("- marks a phase the source may not pay for.")
            == "\\- marks a phase the source may not pay for.")
        #expect(MarkdownReport.paragraph("12. is a number") == "12\\. is a number")
        #expect(MarkdownReport.paragraph("# not a heading") == "\\# not a heading")
        #expect(MarkdownReport.paragraph("BINDS: plain") == "BINDS: plain")
        #expect(MarkdownReport.paragraph("2030 ends") == "2030 ends")
    }

    @Test func infeasibleTable() {
        let result = Self.bareResult(GoldenPlan.plan, status: .infeasible)
        #expect(ReportFormat.table.render(result, plan: GoldenPlan.plan) == """
            Golden plan: infeasible, maximize value, GLPK 0.01 s
            No allocation meets every constraint of the plan.

            """)
    }

    @Test func noSolutionShowsTheBound() {
        let result = Self.bareResult(GoldenPlan.plan, status: .noSolution, bound: 7)
        #expect(ReportFormat.markdown.render(result, plan: GoldenPlan.plan) == """
            # Golden plan

            no solution, maximize value (bound \\$7B), GLPK 0.01 s

            No solution was found within the limits.

            """)
    }

    @Test func withoutASolutionCSVIsItsHeader() {
        let result = Self.bareResult(GoldenPlan.plan, status: .unbounded)
        #expect(ReportFormat.csv.render(result, plan: GoldenPlan.plan)
            == "site,state,phase,type,count,capex,annual_value,jobs,construction_start,first_output,binding_limits\n")
    }

    /// Fields with commas, quotes or line breaks are quoted, inner quotes doubled.
    @Test func csvQuoting() {
        var plan = GoldenPlan.plan
        plan.sites[0].state = "Idaho, \"ID\""
        plan.factoryTypes[0].id = "line\nbreak"
        var result = Self.bareResult(plan, status: .optimal)
        result.allocations = [Allocation(site: "inl", type: "line\nbreak", phase: "p1", count: 3,
                                         constructionStart: YearMonth(year: 2026, month: 1),
                                         firstOutput: YearMonth(year: 2027, month: 1))]
        let expected = "site,state,phase,type,count,capex,annual_value,jobs,construction_start,first_output,binding_limits\n"
            + "inl,\"Idaho, \"\"ID\"\"\",p1,\"line\nbreak\",3,1500000000,3600000000,2400,2026-01,2027-01,\n"
        #expect(ReportFormat.csv.render(result, plan: plan) == expected)
    }

    /// Amounts with cents keep them; float noise below a cent is dropped.
    @Test func csvAmountsInCents() {
        var plan = GoldenPlan.plan
        plan.factoryTypes[0].capex = 1234.565
        plan.sites[0].costIndex = 1.1
        var result = Self.bareResult(plan, status: .optimal)
        result.allocations = [Allocation(site: "inl", type: "transformer", phase: "p1", count: 3)]
        let row = ReportFormat.csv.render(result, plan: plan).split(separator: "\n").last
        #expect(row == "inl,ID,p1,transformer,3,4074.06,3600000000,2400,,,")
    }

    /// Markdown escapes what it would read as markup, and keeps each cell on one line.
    @Test func markdownEscapes() {
        var plan = GoldenPlan.plan
        plan.name = "A | B *draft*"
        var result = Self.bareResult(plan, status: .infeasible)
        result.plan = plan.name
        let text = ReportFormat.markdown.render(result, plan: plan)
        #expect(text.hasPrefix("# A \\| B \\*draft\\*\n"))
    }

    /// Jobs print as a count, not dollars.
    @Test func jobsObjective() throws {
        var plan = GoldenPlan.plan
        plan.objective = .maximize(.jobs)
        var result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        result.solver = SolverRun(name: "GLPK", seconds: 0.01)
        let firstLine = ReportFormat.table.render(result, plan: plan).split(separator: "\n").first
        #expect(firstLine?.hasPrefix("Golden plan: optimal, maximize jobs 3,500 jobs (bound 3,500 jobs, gap 0%)") == true)
    }

    /// With carry-over, the spend section says that headroom is cumulative.
    @Test func carryOverNote() throws {
        var plan = GoldenPlan.plan
        plan.budget.carryOver = true
        var result = try Planner(solver: GLPKSolver()).solve(plan, options: SolveOptions())
        result.solver = SolverRun(name: "GLPK", seconds: 0.01)
        let text = ReportFormat.table.render(result, plan: plan)
        #expect(text.contains("  Headroom: budget left, counting what earlier phases left unspent.\n"))
        #expect(!ReportFormat.table.render(try ReportGoldenTests.solvedGoldenPlan(), plan: GoldenPlan.plan)
            .contains("earlier phases"))
    }

    /// A solution that builds nothing still prints its sections, with "(none)".
    @Test func emptyAllocation() {
        let result = Self.bareResult(GoldenPlan.plan, status: .optimal)
        let text = ReportFormat.table.render(result, plan: GoldenPlan.plan)
        #expect(text.contains("Allocation\n  (none)\n"))
        #expect(!text.contains("Expansions"))
    }
}
