import Foundation
@testable import MIP
import Testing

/// The pure LP and MPS writers against files GLPK 5.0's own writers produced for the same
/// problem (every bound type, a range row, an empty row and column, an objective
/// constant, a maximization, long and unsafe names, numbers that need an exponent), and
/// what they do where GLPK's writers could not.
@Suite struct ModelFileTests {
    /// The problem the golden files were written from.
    static func sample() -> Problem {
        var p = Problem(name: "golden sample", sense: .maximize, objectiveConstant: 2.5)
        let n = p.addVariable("n[site-a,long-factory-type-name,phase-1]", upper: 3, kind: .integer, objective: 0.4)
        let o = p.addVariable("o[site-a,p1]", kind: .binary, objective: -1)
        let g = p.addVariable("g[japan,p1]", objective: 1e-4)
        let f = p.addVariable("free", lower: -.infinity, upper: .infinity, objective: -2)
        let u = p.addVariable("up only", lower: -.infinity, upper: 5)
        let x = p.addVariable("fixed", lower: 1.5, upper: 1.5, kind: .integer)
        _ = p.addVariable("unused", lower: -1, upper: 4)
        let m = p.addVariable("neg", lower: -2, upper: .infinity, kind: .integer, objective: 123456.789)
        p.addRow("need_open[site-a]", terms: [(n, 1), (o, -3)], upper: 0)
        p.addRow("budget[p1]", terms: [(n, 0.4725), (g, -1), (o, 1.25e-3), (m, 1.0 / 3)], lower: -1, upper: 7.5)
        p.addRow("target", terms: [(n, 1), (f, 1), (u, -0.5)], lower: 2)
        p.addRow("fix", terms: [(x, 2), (u, 1)], lower: 4, upper: 4)
        p.addRow("empty", terms: [], upper: 1)
        return p
    }

    /// What `glp_write_lp` wrote for ``sample()``.
    static let goldenLP = #"""
\* Problem: golden_sample *\

Maximize
 obj: + 0.4 n_site_a_long_factory_type_name_phase_1_ - o_site_a_p1_
 + 0.0001 g_japan_p1_ - 2 n_free + 0 unused + 123456.789 neg
\* constant term = 2.5 *\

Subject To
 need_open_site_a_: - 3 o_site_a_p1_
 + n_site_a_long_factory_type_name_phase_1_ <= 0
 budget_p1_: + 0.333333333333333 neg - g_japan_p1_
 + 0.00125 o_site_a_p1_
 + 0.4725 n_site_a_long_factory_type_name_phase_1_ - ~r_2 = -1
 target: - 0.5 up_only + n_free
 + n_site_a_long_factory_type_name_phase_1_ >= 2
 fix: + 2 fixed + up_only = 4
 empty: 0 n_site_a_long_factory_type_name_phase_1_ <= 1

Bounds
 0 <= ~r_2 <= 8.5
 0 <= n_site_a_long_factory_type_name_phase_1_ <= 3
 0 <= o_site_a_p1_ <= 1
 n_free free
 -Inf <= up_only <= 5
 fixed = 1.5
 -1 <= unused <= 4
 neg >= -2

Generals
 n_site_a_long_factory_type_name_phase_1_
 o_site_a_p1_
 fixed
 neg

End

"""#

    /// What `glp_write_mps` (free MPS) wrote for ``sample()``, with the `FREE` mark and
    /// the comment on the negated objective.
    static let goldenMPS = #"""
* Objective: the model maximizes; this file minimizes its negation
* Problem:    golden_sample
* Class:      MIP
* Rows:       5
* Columns:    8 (4 integer, 1 binary)
* Non-zeros:  11
* Format:     Free MPS
*
NAME golden_sample FREE
ROWS
 N R0000000
 L need_open_site_a_
 E budget_p1_
 G target
 E fix
 L empty
COLUMNS
 M0000001 'MARKER' 'INTORG'
 n_site_a_long_factory_type_name_phase_1_ R0000000 -0.4 target 1
 n_site_a_long_factory_type_name_phase_1_ budget_p1_ 0.4725 need_open_site_a_ 1
 o_site_a_p1_ R0000000 1 budget_p1_ 1.2500000E-3
 o_site_a_p1_ need_open_site_a_ -3
 M0000002 'MARKER' 'INTEND'
 g_japan_p1_ R0000000 -1.000000E-4 budget_p1_ -1
 n_free R0000000 2 target 1
 up_only fix 1 target -0.5
 M0000003 'MARKER' 'INTORG'
 fixed fix 2
 M0000004 'MARKER' 'INTEND'
 unused need_open_site_a_ 0 $ empty column
 M0000005 'MARKER' 'INTORG'
 neg R0000000 -123456.789 budget_p1_ 0.3333333333
 M0000006 'MARKER' 'INTEND'
RHS
 RHS1 R0000000 -2.5 budget_p1_ -1
 RHS1 target 2 fix 4
 RHS1 empty 1
RANGES
 RNG1 budget_p1_ 8.5
BOUNDS
 UP BND1 n_site_a_long_factory_type_name_phase_1_ 3
 UP BND1 o_site_a_p1_ 1
 FR BND1 n_free
 MI BND1 up_only
 UP BND1 up_only 5
 FX BND1 fixed 1.5
 LO BND1 unused -1
 UP BND1 unused 4
 LO BND1 neg -2
 PL BND1 neg
ENDATA

"""#

    @Test func lpTextIsWhatGLPKWrites() throws {
        #expect(try ModelFile.text(of: Self.sample(), format: .lp) == Self.goldenLP)
    }

    @Test func mpsTextIsWhatGLPKWrites() throws {
        #expect(try ModelFile.text(of: Self.sample(), format: .mps) == Self.goldenMPS)
    }

    @Test func aFreeRowIsSkippedAndTheObjectiveKept() throws {
        var p = Self.sample()
        p.addRow("limits nothing", terms: [(0, 1)])
        #expect(try ModelFile.text(of: p, format: .lp) == Self.goldenLP)
        // GLPK's MPS writer takes a free row for the objective and drops the real one.
        #expect(try ModelFile.text(of: p, format: .mps) == Self.goldenMPS)
    }

    @Test func aProblemWithoutRowsOrColumnsSaysSo() throws {
        let lp = try ModelFile.text(of: Problem(name: "none"), format: .lp)
        #expect(lp == "\\* Problem: none *\\\n\n\\* WARNING: PROBLEM HAS NO ROWS/COLUMNS *\\\n\nEnd\n")
        var p = Problem(name: "one column")
        p.addVariable("x", upper: 1, objective: 1)
        let mps = try ModelFile.text(of: p, format: .mps)
        #expect(mps.contains("\nCOLUMNS\n x R0000000 1\nRHS\nBOUNDS\n UP BND1 x 1\nENDATA\n"))
    }

    @Test func numbersFitTwelveCharacters() {
        let cases: [(Double, String)] = [(1, "1"), (-0.063417558, "-0.063417558"), (1.0 / 3, "0.3333333333"),
                                         (1.25e-3, "1.2500000E-3"), (1e-4, "1.0000000E-4"), (2e20, "2E20"),
                                         (-123456789012345, "-1.234568E14"), (0.002, "0.002")]
        for (x, text) in cases {
            #expect(MPSText.number(x) == text, "\(x)")
        }
    }

    @Test func anInvalidModelIsRefusedBeforeWriting() {
        var p = Problem()
        p.addVariable("x", lower: 2, upper: 1)
        #expect(throws: SolverError.self) { try ModelFile.text(of: p, format: .lp) }
    }
}
