import ReliefLedger
import XCTest

final class BusinessDateParsingTests: XCTestCase {
  private func error(_ text: String) -> DateParseError? {
    caughtError { () throws(DateParseError) in try BusinessDate(parsing: text) }
  }

  func testParsesDateAndDescribesItBack() throws {
    let date = try BusinessDate(parsing: "2020-03-01")
    XCTAssertEqual([date.year, date.month, date.day], [2020, 3, 1])
    XCTAssertEqual(date.description, "2020-03-01")
  }

  func testAcceptsLeapDayInLeapYears() throws {
    XCTAssertEqual(try BusinessDate(parsing: "2020-02-29").description, "2020-02-29")
    XCTAssertEqual(try BusinessDate(parsing: "2000-02-29").description, "2000-02-29")
  }

  func testRejectsLeapDayInCommonYears() {
    XCTAssertEqual(error("2021-02-29"), .dayOutOfRange(year: 2021, month: 2, day: 29))
    XCTAssertEqual(error("2100-02-29"), .dayOutOfRange(year: 2100, month: 2, day: 29))
    XCTAssertEqual(error("1900-02-29"), .dayOutOfRange(year: 1900, month: 2, day: 29))
  }

  func testRejectsDaysBeyondMonthEnd() {
    XCTAssertEqual(error("2020-04-31"), .dayOutOfRange(year: 2020, month: 4, day: 31))
    XCTAssertEqual(error("2020-02-30"), .dayOutOfRange(year: 2020, month: 2, day: 30))
    XCTAssertEqual(error("2020-01-32"), .dayOutOfRange(year: 2020, month: 1, day: 32))
    XCTAssertEqual(error("2020-01-00"), .dayOutOfRange(year: 2020, month: 1, day: 0))
  }

  func testRejectsMonthsOutsideOneToTwelve() {
    XCTAssertEqual(error("2020-13-01"), .monthOutOfRange(13))
    XCTAssertEqual(error("2020-00-10"), .monthOutOfRange(0))
  }

  func testAcceptsYearsFrom1900To9999() throws {
    XCTAssertEqual(try BusinessDate(parsing: "1900-01-01").year, 1900)
    XCTAssertEqual(try BusinessDate(parsing: "9999-12-31").year, 9999)
    XCTAssertEqual(error("1899-12-31"), .yearOutOfRange(1899))
    XCTAssertEqual(error("0000-01-01"), .yearOutOfRange(0))
  }

  func testRejectsAnythingButYYYYMMDD() {
    let malformed = [
      "", "2020-3-1", "2020-03-1", "2020/03/01", "20200301", "2020-03-01 ", " 2020-03-01",
      "2020-03-01T00:00", "２０２０-03-01", "2020-0a-01", "+202-03-01", "-020-03-01",
      "2020_03_01", "12020-03-01", "2020--3-01",
    ]
    for text in malformed {
      XCTAssertEqual(error(text), .malformed(text), text)
    }
  }

  func testAcceptsExactlyTheRealDatesOfEveryMonth() {
    // Compares parsing with an independent statement of the Gregorian leap rule.
    for year in [1900, 1904, 1999, 2000, 2023, 2024, 2100, 2400, 9999] {
      let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      for month in 1...12 {
        for day in 0...32 {
          let text =
            "\(year)-" + (month < 10 ? "0" : "") + "\(month)-"
            + (day < 10 ? "0" : "") + "\(day)"
          let parsed = try? BusinessDate(parsing: text)
          XCTAssertEqual(parsed != nil, (1...lengths[month - 1]).contains(day), text)
          XCTAssertEqual(parsed?.description ?? text, text)
        }
      }
    }
  }

  func testMemberwiseInitializerValidates() {
    XCTAssertEqual(BusinessDate(year: 2024, month: 2, day: 29)?.description, "2024-02-29")
    XCTAssertNil(BusinessDate(year: 2023, month: 2, day: 29))
    XCTAssertNil(BusinessDate(year: 2023, month: 13, day: 1))
    XCTAssertNil(BusinessDate(year: 1899, month: 12, day: 31))
    XCTAssertNil(BusinessDate(year: 10_000, month: 1, day: 1))
    XCTAssertNil(BusinessDate(year: 2023, month: 1, day: 0))
  }

  func testDatesCompareChronologically() throws {
    let dates = try ["2020-12-31", "2021-01-01", "2020-02-29", "2020-03-01"]
      .map { text throws(DateParseError) in try BusinessDate(parsing: text) }
    XCTAssertEqual(
      dates.sorted().map(\.description),
      ["2020-02-29", "2020-03-01", "2020-12-31", "2021-01-01"])
  }

  func testYearMonthOfDate() throws {
    let date = try BusinessDate(parsing: "2021-07-15")
    XCTAssertEqual(date.yearMonth, YearMonth(year: 2021, month: 7))
    XCTAssertEqual(date.yearMonth.description, "2021-07")
  }

  func testErrorMessages() {
    XCTAssertEqual(
      error("2021-02-29")?.description,
      "date \"2021-02-29\" is not a calendar date (February 2021 has 28 days)")
    XCTAssertEqual(
      error("2020-04-31")?.description,
      "date \"2020-04-31\" is not a calendar date (April 2020 has 30 days)")
    XCTAssertEqual(
      error("2020/03/01")?.description,
      "date \"2020/03/01\" is not written as YYYY-MM-DD; use four-digit years and "
        + "two-digit months and days, e.g. 2020-03-01")
    XCTAssertEqual(
      error("1899-12-31")?.description,
      "date has year 1899, but only years 1900 to 9999 are accepted")
    XCTAssertEqual(
      error("2020-13-01")?.description, "date has month 13, but months run from 01 to 12")
    XCTAssertEqual(
      DateParseError.dayOutOfRange(year: 2020, month: 14, day: 1).description,
      "date has month 14, but months run from 01 to 12")
  }
}
