import ReliefLedger
import XCTest

final class MoneyParsingBoundaryTests: XCTestCase {
  private func parse(_ text: String) throws(MoneyParseError) -> Money {
    try Money.parseYuan(text, allowNegative: true)
  }

  private func error(_ text: String) -> MoneyParseError? {
    caughtError { () throws(MoneyParseError) in try parse(text) }
  }

  func testParseYuanAcceptsLargestAmount() throws {
    XCTAssertEqual(try parse("92233720368547758.07").fen, .max)
    XCTAssertEqual(try parse("92,233,720,368,547,758.07").fen, .max)
    XCTAssertEqual(try parse("00092233720368547758.07").fen, .max)
  }

  func testParseYuanRejectsOneFenAboveLargestAmount() {
    XCTAssertEqual(error("92233720368547758.08"), .overflow(amount: "92233720368547758.08"))
    XCTAssertEqual(error("92233720368547759"), .overflow(amount: "92233720368547759"))
  }

  func testParseYuanAcceptsSmallestAmount() throws {
    XCTAssertEqual(try parse("-92233720368547758.08").fen, .min)
    XCTAssertEqual(try parse("-92,233,720,368,547,758.08").fen, .min)
  }

  func testParseYuanRejectsOneFenBelowSmallestAmount() {
    XCTAssertEqual(error("-92233720368547758.09"), .overflow(amount: "-92233720368547758.09"))
  }

  func testParseYuanAcceptsLargestAmountInWan() throws {
    XCTAssertEqual(try parse("9223372036854.775807万").fen, .max)
    XCTAssertEqual(try parse("-9223372036854.775808万").fen, .min)
  }

  func testParseYuanRejectsOneFenBeyondLimitsInWan() {
    XCTAssertEqual(error("9223372036854.775808万"), .overflow(amount: "9223372036854.775808万"))
    XCTAssertEqual(
      error("-9223372036854.775809万"), .overflow(amount: "-9223372036854.775809万"))
    XCTAssertEqual(error("9223372036855万"), .overflow(amount: "9223372036855万"))
  }

  func testParseYuanRejectsAmountsBeyondUInt64() {
    // These overflow the unsigned accumulator itself, not just the signed range.
    XCTAssertEqual(error("184467440737095516.16"), .overflow(amount: "184467440737095516.16"))
    let huge = String(repeating: "9", count: 40)
    XCTAssertEqual(error(huge), .overflow(amount: huge))
    XCTAssertEqual(error(huge + "万"), .overflow(amount: huge + "万"))
  }

  func testParseYuanReportsFractionDigitsBeforeOverflow() {
    let text = String(repeating: "9", count: 40) + ".999"
    XCTAssertEqual(error(text), .tooManyFractionDigits(amount: text))
  }
}
