import ReliefLedger
import XCTest

final class MoneyRoundTripTests: XCTestCase {
  /// Amounts spread over every order of magnitude, plus the extremes.
  private func sampleAmounts(count: Int) -> [Money] {
    var generator = SeededGenerator(seed: 0x5EED_2024)
    var amounts: [Money] = [.zero, Money(fen: .max), Money(fen: .min), Money(fen: 1)]
    for _ in 0..<count {
      let raw = Int64(bitPattern: generator.next())
      let digits = Int64(generator.next() % 19)
      var modulus: Int64 = 1
      for _ in 0..<digits { modulus *= 10 }
      amounts.append(Money(fen: digits == 0 ? raw : raw % modulus))
    }
    return amounts
  }

  func testParseOfYuanStringRoundTrips() throws {
    for amount in sampleAmounts(count: 5_000) {
      XCTAssertEqual(try Money.parseYuan(amount.yuanString, allowNegative: true), amount)
    }
  }

  func testParseOfGroupedYuanStringRoundTrips() throws {
    for amount in sampleAmounts(count: 5_000) {
      XCTAssertEqual(try Money.parseYuan(amount.groupedYuanString, allowNegative: true), amount)
    }
  }

  func testParseOfWanNotationRoundTrips() throws {
    for amount in sampleAmounts(count: 5_000) {
      let magnitude = amount.fen.magnitude
      let fraction = String(magnitude % 1_000_000)
      let text =
        (amount.isNegative ? "-" : "") + String(magnitude / 1_000_000) + "."
        + String(repeating: "0", count: 6 - fraction.count) + fraction + "万"
      XCTAssertEqual(try Money.parseYuan(text, allowNegative: true), amount, text)
    }
  }
}
