public import MIP

/// An elastic copy of a plan's model: every budget, resource, target, rule and require
/// row gets a penalized nonnegative slack, and the objective minimizes the sum of the
/// slacks in the model's scaled units (billions of dollars, fractions of a site's
/// capacity, plants, sites, states).
///
/// Taking nothing at all meets every row that has no slack, so the elastic model always
/// has a solution; its nonzero slacks say by how much each limit must give.
public struct ElasticModel: Sendable {
    /// Which way a slack relaxes its row.
    public enum Direction: Sendable, Equatable {
        /// The row's lower bound (a `min`, a `require`) is not reached.
        case belowMin
        /// The row's upper bound (a budget, a capacity, a `max`) is exceeded.
        case aboveMax
    }

    /// One slack column and the row it relaxes.
    public struct Slack: Sendable, Equatable {
        /// The relaxed row's index in the formulation's problem.
        public var row: Int
        /// The slack's column in ``ElasticModel/problem``.
        public var column: Int
        /// Which bound the slack relaxes.
        public var direction: Direction
    }

    /// How much one limit of the plan must give, in the plan's units.
    public struct Violation: Sendable, Equatable {
        /// The limit.
        public var group: ConstraintGroup
        /// Which bound is missed.
        public var direction: Direction
        /// By how much, in natural units (dollars, resource units, plants, sites, states).
        public var amount: Double
        /// The relaxed row's bound in natural units (the capacity, the budget, the min).
        public var limit: Double
        /// The plan's setting that the relaxed solution needs, where the plan writes the
        /// limit in another unit than the row measures: the `max_state_share` (a fraction)
        /// for a state share, the `recoup_by` month number for a recoup promise; nil for
        /// the other limits and when no setting would do.
        public var needed: Double?

        /// Creates a violation.
        public init(
            group: ConstraintGroup, direction: Direction, amount: Double, limit: Double, needed: Double? = nil
        ) {
            self.group = group
            self.direction = direction
            self.amount = amount
            self.limit = limit
            self.needed = needed
        }
    }

    /// The formulation the copy was made from.
    public let formulation: Formulation
    /// The elastic problem: the formulation's columns, then one column per slack.
    public let problem: Problem
    /// The slacks, in row order.
    public let slacks: [Slack]

    /// True for the rows that get slacks: budgets (6), resources (5), plants per site (8),
    /// targets (9), state shares (10), min states (11), sites opened (12), requires (13),
    /// the funding rows, and each builder's commitment, `min_work` and plants per phase.
    public static func isElastic(_ group: ConstraintGroup) -> Bool {
        switch group {
        case .resource, .phaseBudget, .totalBudget, .plantsPerSite, .target, .stateShare, .minStates,
             .sitesOpened, .require, .fundingPaysPhase, .fundingAmount, .recoupBy,
             .builderCommitment, .builderMinWork, .builderPhaseLimit: true
        default: false
        }
    }

    /// True for the row that has a phase's spend paid when some source may pay that phase:
    /// a shortfall there is a source's `amount` (whose own row relaxes it) or a promise the
    /// payment breaks, so only a phase that no source may pay gets a slack on this row.
    static func hasPayer(_ group: ConstraintGroup, in formulation: Formulation) -> Bool {
        guard case .fundingPaysPhase(let id) = group, let p = formulation.plan.phases.firstIndex(where: { $0.id == id })
        else { return false }
        return formulation.index.funding.contains { $0[p] != nil }
    }

    /// Builds the elastic copy of `formulation`.
    public init(formulation: Formulation) {
        let base = formulation.problem
        var problem = Problem(name: base.name + " (elastic)", sense: .minimize)
        for v in base.variables {
            problem.addVariable(v.name, lower: v.lower, upper: v.upper, kind: v.kind)
        }
        var slacks: [Slack] = []
        var extra = Array(repeating: [(Int, Double)](), count: base.rows.count)
        for (i, row) in base.rows.enumerated() where Self.isElastic(formulation.groups[i])
            && !Self.hasPayer(formulation.groups[i], in: formulation) {
            if row.lower.isFinite {
                let j = problem.addVariable("slack_min[\(row.name)]", objective: 1)
                extra[i].append((j, 1))
                slacks.append(Slack(row: i, column: j, direction: .belowMin))
            }
            if row.upper.isFinite {
                let j = problem.addVariable("slack_max[\(row.name)]", objective: 1)
                extra[i].append((j, -1))
                slacks.append(Slack(row: i, column: j, direction: .aboveMax))
            }
        }
        for (i, row) in base.rows.enumerated() {
            problem.addRow(row.name, terms: row.terms.terms + extra[i], lower: row.lower, upper: row.upper)
        }
        self.formulation = formulation
        self.problem = problem
        self.slacks = slacks
    }

    /// The nonzero slacks of `values` (a solution of ``problem``), largest scaled slack
    /// first, in natural units.
    public func violations(in values: [Double], tolerance: Double = 1e-7) -> [Violation] {
        slacks.compactMap { slack -> (Double, Violation)? in
            let scaled = values[slack.column]
            guard scaled > tolerance else { return nil }
            let row = formulation.problem.rows[slack.row]
            let scale = formulation.rowScales[slack.row]
            let bound = slack.direction == .belowMin ? row.lower : row.upper
            let group = formulation.groups[slack.row]
            return (scaled, Violation(group: group, direction: slack.direction, amount: scaled * scale,
                                      limit: bound * scale, needed: neededSetting(for: group, values: values)))
        }
        .sorted { $0.0 > $1.0 }
        .map(\.1)
    }
}
