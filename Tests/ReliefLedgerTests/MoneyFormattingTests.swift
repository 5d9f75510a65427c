import ReliefLedger
import XCTest

final class MoneyFormattingTests: XCTestCase {
  func testYuanStringAlwaysHasTwoDecimalPlaces() {
    XCTAssertEqual(Money.zero.yuanString, "0.00")
    XCTAssertEqual(Money(fen: 5).yuanString, "0.05")
    XCTAssertEqual(Money(fen: 50).yuanString, "0.50")
    XCTAssertEqual(Money(fen: 123_456).yuanString, "1234.56")
    XCTAssertEqual(Money(fen: 123_456_789).yuanString, "1234567.89")
  }

  func testYuanStringOfNegatives() {
    XCTAssertEqual(Money(fen: -1_200).yuanString, "-12.00")
    XCTAssertEqual(Money(fen: -5).yuanString, "-0.05")
    XCTAssertEqual(Money(fen: -1).yuanString, "-0.01")
  }

  func testYuanStringOfInt64Limits() {
    XCTAssertEqual(Money(fen: .max).yuanString, "92233720368547758.07")
    XCTAssertEqual(Money(fen: .min).yuanString, "-92233720368547758.08")
  }

  func testGroupedYuanStringInsertsThousandsCommas() {
    XCTAssertEqual(Money(fen: 123_456_789).groupedYuanString, "1,234,567.89")
    XCTAssertEqual(Money(fen: 100_000).groupedYuanString, "1,000.00")
    XCTAssertEqual(Money(fen: 99_999).groupedYuanString, "999.99")
    XCTAssertEqual(Money(fen: 12_345_678).groupedYuanString, "123,456.78")
    XCTAssertEqual(Money(fen: 1_234_567).groupedYuanString, "12,345.67")
  }

  func testGroupedYuanStringOfZeroAndNegatives() {
    XCTAssertEqual(Money.zero.groupedYuanString, "0.00")
    XCTAssertEqual(Money(fen: -100_000).groupedYuanString, "-1,000.00")
    XCTAssertEqual(Money(fen: -50).groupedYuanString, "-0.50")
  }

  func testGroupedYuanStringOfInt64Limits() {
    XCTAssertEqual(Money(fen: .max).groupedYuanString, "92,233,720,368,547,758.07")
    XCTAssertEqual(Money(fen: .min).groupedYuanString, "-92,233,720,368,547,758.08")
  }
}
