/// Published optimal values of the OR-Library instances kept in `Fixtures/orlib`.
///
/// cap: OR-Library's `capopt.txt`, printed to 3 decimals; where the exact optimum has a
/// fourth decimal (a multiple of 1/16 or 1/40 of a cost unit), that value is given instead,
/// as returned by glpsol 5.0 and CBC 2.10.8.
/// gap: maximization optima from OR-Library's gapinfo page, minimization optima from
/// AssignmentProblems.jl `data/bounds.txt`; all were re-solved to proven optimality.
enum ORLibraryOptima {
    /// A cap instance and its optimum.
    struct Facility: Sendable {
        var name: String
        var optimum: Double
    }

    /// One problem of a gap file and its two optima.
    struct Assignment: Sendable {
        var file: String
        /// 1-based, as in OR-Library's names (`c515-1` is problem 1 of gap1).
        var problem: Int
        var maximum: Int
        var minimum: Int
    }

    static let facilities: [Facility] = [
        .init(name: "cap41", optimum: 1040444.375),
        .init(name: "cap42", optimum: 1098000.450),
        .init(name: "cap43", optimum: 1153000.450),
        .init(name: "cap44", optimum: 1235500.450),
        .init(name: "cap51", optimum: 1025208.225),
        .init(name: "cap71", optimum: 932615.750),
        .init(name: "cap72", optimum: 977799.400),
        .init(name: "cap73", optimum: 1010641.450),
        .init(name: "cap74", optimum: 1034976.975),
        .init(name: "cap81", optimum: 838499.2875),
        .init(name: "cap82", optimum: 910889.5625),
        .init(name: "cap83", optimum: 975889.5625),
        .init(name: "cap84", optimum: 1069369.525),
        .init(name: "cap111", optimum: 826124.7125),
        .init(name: "cap112", optimum: 901377.2125),
        .init(name: "cap113", optimum: 970567.750),
        .init(name: "cap114", optimum: 1063356.4875),
        .init(name: "cap131", optimum: 793439.5625),
    ]

    /// `(maximum, minimum)` for problems 1..5 of gap1..gap12.
    private static let assignmentTable: [(file: String, optima: [(Int, Int)])] = [
        ("gap1", [(336, 261), (327, 269), (339, 256), (341, 274), (326, 251)]),
        ("gap2", [(434, 277), (436, 269), (420, 260), (419, 269), (428, 267)]),
        ("gap3", [(580, 438), (564, 415), (573, 446), (570, 430), (564, 411)]),
        ("gap4", [(656, 423), (644, 424), (673, 426), (647, 395), (664, 406)]),
        ("gap5", [(563, 403), (558, 389), (564, 383), (568, 384), (559, 396)]),
        ("gap6", [(761, 525), (759, 527), (758, 519), (752, 516), (747, 521)]),
        ("gap7", [(942, 646), (949, 662), (968, 662), (945, 645), (951, 649)]),
        ("gap8", [(1133, 797), (1134, 783), (1141, 800), (1117, 789), (1127, 792)]),
        ("gap9", [(709, 482), (717, 476), (712, 496), (723, 497), (706, 488)]),
        ("gap10", [(958, 638), (963, 638), (960, 654), (947, 635), (947, 639)]),
        ("gap11", [(1139, 573), (1178, 583), (1195, 589), (1171, 578), (1171, 581)]),
        ("gap12", [(1451, 974), (1449, 956), (1433, 941), (1447, 954), (1446, 945)]),
    ]

    static let assignments: [Assignment] = assignmentTable.flatMap { row in
        row.optima.enumerated().map { k, optima in
            Assignment(file: row.file, problem: k + 1, maximum: optima.0, minimum: optima.1)
        }
    }
}
