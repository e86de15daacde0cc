import Testing

@Suite struct NumberStreamTests {
    @Test(arguments: [
        ("7500.", 7500.0), (".00000", 0.0), (".5", 0.5), ("6739.72500", 6739.725), ("-3", -3.0), ("1e3", 1000.0),
    ])
    func readsNumbersWithoutLeadingOrTrailingDigits(token: String, value: Double) throws {
        var numbers = NumberStream(" \(token) ")
        #expect(try numbers.number("a number") == value)
        #expect(numbers.isAtEnd)
    }

    @Test func treatsCarriageReturnsTabsAndNULsAsBlanks() throws {
        let bytes: [UInt8] = Array(" 16 50\r\n\t5000 7500.\r\n".utf8) + [0, 0, 0] + Array(".25\0".utf8)
        var numbers = NumberStream(bytes: bytes)
        #expect(try numbers.numbers(5, "numbers") == [16, 50, 5000, 7500, 0.25])
        #expect(numbers.isAtEnd)
    }

    @Test func namesWhatWasExpectedWhenTheDataEnds() {
        var numbers = NumberStream("1 2")
        #expect(throws: ORLibraryFormatError.endOfData(expected: "the third")) {
            _ = try numbers.integers(3, "the third")
        }
    }

    @Test func rejectsTokensThatAreNotNumbers() {
        var numbers = NumberStream("5000 capacity")
        #expect(throws: ORLibraryFormatError.notANumber("capacity", position: 1, expected: "a capacity")) {
            _ = try numbers.numbers(2, "a capacity")
        }
    }

    @Test func rejectsFractionsWhereCountsAreExpected() {
        var numbers = NumberStream("2.5")
        #expect(throws: ORLibraryFormatError.notAnInteger(2.5, position: 0, expected: "a count")) {
            _ = try numbers.size("a count")
        }
    }

    @Test func rejectsCountsBelowOne() {
        var numbers = NumberStream("0 5")
        #expect(throws: ORLibraryFormatError.badSize(0, position: 0, expected: "agents")) {
            _ = try numbers.size("agents")
        }
    }
}
