/// Objective amounts as every report prints them, in the measure's unit.
extension ObjectiveMeasure {
    /// `x` as a table cell under a header that names the measure: dollars for money
    /// (`$10.2B`), jobs with thousands separators (`7,550`), a weighted score abbreviated
    /// (`30.5B`).
    func amount(_ x: Double) -> String {
        switch self {
        case .value, .npv, .cost: Money.format(x)
        case .jobs: Quantity.format(x)
        case .weighted: Quantity.abbreviated(x)
        }
    }

    /// `x` with its unit, for sentences and mixed columns: dollars (`$10.2B` of output
    /// value a year, `$6.51B` of NPV or cost), `7,550 jobs`, `30.5B points` of a weighted score.
    func withUnit(_ x: Double) -> String {
        switch self {
        case .value, .npv, .cost: amount(x)
        case .jobs: amount(x) + (abs(x) == 1 ? " job" : " jobs")
        case .weighted: amount(x) + " points"
        }
    }

    /// ``withUnit(_:)`` with a sign for a change: `+$300M`, `-$10.2B`, `+500 jobs`, `$0`
    /// for no change.
    func signedWithUnit(_ x: Double) -> String {
        (x > 0 ? "+" : "") + withUnit(x)
    }
}
