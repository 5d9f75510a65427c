import ReliefLedger
import XCTest

final class YearMonthTests: XCTestCase {
  private func error(_ text: String) -> PeriodParseError? {
    caughtError { () throws(PeriodParseError) in try YearMonth(parsing: text) }
  }

  func testParsesAndDescribesMonth() throws {
    let month = try YearMonth(parsing: "2020-01")
    XCTAssertEqual(month.year, 2020)
    XCTAssertEqual(month.month, 1)
    XCTAssertEqual(month.description, "2020-01")
    XCTAssertEqual(try YearMonth(parsing: "9999-12").description, "9999-12")
    XCTAssertEqual(try YearMonth(parsing: "1900-01").description, "1900-01")
  }

  func testRejectsMalformedMonth() {
    let malformed = [
      "", "2020-1", "202001", "2020-01-01", "2020/01", " 2020-01", "2020-0x", "20-2001",
    ]
    for text in malformed {
      XCTAssertEqual(error(text), .malformedMonth(text), text)
    }
  }

  func testRejectsOutOfRangeParts() {
    XCTAssertEqual(error("2020-13"), .monthOutOfRange(13))
    XCTAssertEqual(error("2020-00"), .monthOutOfRange(0))
    XCTAssertEqual(error("1899-12"), .yearOutOfRange(1899))
  }

  func testMemberwiseInitializerValidates() {
    XCTAssertEqual(YearMonth(year: 2022, month: 12)?.description, "2022-12")
    XCTAssertNil(YearMonth(year: 2022, month: 0))
    XCTAssertNil(YearMonth(year: 2022, month: 13))
    XCTAssertNil(YearMonth(year: 1899, month: 12))
    XCTAssertNil(YearMonth(year: 10_000, month: 1))
  }

  func testMonthsCompareChronologically() throws {
    let dec2020 = try YearMonth(parsing: "2020-12")
    let jan2021 = try YearMonth(parsing: "2021-01")
    let feb2020 = try YearMonth(parsing: "2020-02")
    XCTAssertLessThan(dec2020, jan2021)
    XCTAssertLessThan(feb2020, dec2020)
    XCTAssertEqual(dec2020, YearMonth(year: 2020, month: 12))
  }

  func testErrorMessages() {
    XCTAssertEqual(
      error("2020-1")?.description,
      "month \"2020-1\" is not written as YYYY-MM; "
        + "use a four-digit year and a two-digit month, e.g. 2020-01")
    XCTAssertEqual(
      error("2020-13")?.description, "period has month 13, but months run from 01 to 12")
  }
}
