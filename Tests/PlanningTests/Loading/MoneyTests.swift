import Testing
@testable import Planning

/// Money strings as plan files write them.
struct MoneyTests {
    @Test(arguments: [
        ("500M", 5e8), ("$1.2B", 1.2e9), ("2500000", 2.5e6), ("12k", 12e3), ("3T", 3e12), ("$40", 40.0),
        ("0", 0.0), ("1e3", 1e3), ("-5M", -5e6), (" 7B ", 7e9),
    ])
    func parsesNumbersWithOptionalDollarAndSuffix(text: String, amount: Double) {
        #expect(Money.parse(text) == amount)
    }

    @Test(arguments: ["12X", "$", "1.2.3B", "", "M", ".inf", "nan", "0x10", "5 M", "$-5", "1e999", "inf"])
    func refusesAnythingElse(text: String) {
        #expect(Money.parse(text) == nil)
    }
}
