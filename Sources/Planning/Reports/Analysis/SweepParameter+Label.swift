extension SweepParameter {
    /// `value` as tables and plots print it: a month as `YYYY-MM`, money in short form
    /// (`$300B`), numbers plainly.
    public func label(_ value: Double) -> String {
        isMonth ? Self.month(of: value).description : isMoney ? Money.format(value) : Quantity.plain(value)
    }
}
