import Testing
@testable import Planning

/// Money, quantities, percentages and seconds as the reports print them.
struct NumberFormatTests {
    @Test(arguments: [
        (1.2e9, "$1.2B"), (4.5e8, "$450M"), (12_345, "$12.3k"), (12_300, "$12.3k"), (1e9, "$1B"),
        (1.234e9, "$1.23B"), (1.235e12, "$1.24T"), (999_600_000, "$1B"), (999_499, "$999k"), (999.6, "$1k"),
        (950, "$950"), (12.5, "$12.5"), (0.4, "$0.4"), (0, "$0"), (-2e6, "-$2M"), (-0.001, "$0"),
        (2.5e15, "$2500T"), (6.4e9, "$6.4B"), (4e8, "$400M"),
    ] as [(Double, String)])
    func money(dollars: Double, text: String) {
        #expect(Money.format(dollars) == text)
    }

    /// What ``Money/format(_:)`` prints, ``Money/parse(_:)`` reads back to that precision.
    @Test(arguments: [1.2e9, 4.5e8, 12_300, 950, 2.5e15, -2e6])
    func moneyRoundTrips(dollars: Double) throws {
        let parsed = try #require(Money.parse(Money.format(dollars)))
        #expect(abs(parsed - dollars) <= abs(dollars) * 1e-9)
    }

    @Test func nonFiniteMoney() {
        #expect(Money.format(.nan) == "n/a")
        #expect(Money.format(.infinity) == "n/a")
    }

    @Test(arguments: [
        (1600.0, "1,600"), (12.5, "12.5"), (1.0 / 3, "0.33"), (0, "0"), (300, "300"), (1_234_567.891, "1,234,567.89"),
        (-4500, "-4,500"), (-0.001, "0"), (100, "100"), (999.999, "1,000"),
    ] as [(Double, String)])
    func quantity(x: Double, text: String) {
        #expect(Quantity.format(x) == text)
    }

    @Test(arguments: [(0.0, "0%"), (0.4, "40%"), (1, "100%"), (0.0125, "1.25%"), (4.67, "467%")] as [(Double, String)])
    func percent(fraction: Double, text: String) {
        #expect(Quantity.percent(fraction) == text)
    }

    @Test(arguments: [(0.01, "0.01 s"), (0, "0.00 s"), (42.46, "42.5 s"), (312.7, "313 s")] as [(Double, String)])
    func seconds(s: Double, text: String) {
        #expect(Quantity.seconds(s) == text)
    }
}
