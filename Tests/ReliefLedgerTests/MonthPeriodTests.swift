import ReliefLedger
import XCTest

final class MonthPeriodTests: XCTestCase {
  private func period(_ text: String) throws(PeriodParseError) -> MonthPeriod {
    try MonthPeriod(parsing: text)
  }

  private func error(_ text: String) -> PeriodParseError? {
    caughtError { () throws(PeriodParseError) in try period(text) }
  }

  private func month(_ year: Int, _ month: Int) -> YearMonth? {
    YearMonth(year: year, month: month)
  }

  func testParsesSingleMonth() throws {
    let single = try period("2020-01")
    XCTAssertEqual(single.start, month(2020, 1))
    XCTAssertEqual(single.end, month(2020, 1))
    XCTAssertEqual(single.monthCount, 1)
    XCTAssertEqual(single.description, "2020-01")
  }

  func testParsesRange() throws {
    let range = try period("2020-01..2022-12")
    XCTAssertEqual(range.start, month(2020, 1))
    XCTAssertEqual(range.end, month(2022, 12))
    XCTAssertEqual(range.monthCount, 36)
    XCTAssertEqual(range.description, "2020-01..2022-12")
  }

  func testRangeOfOneMonthDescribesAsSingleMonth() throws {
    let range = try period("2020-01..2020-01")
    XCTAssertEqual(range, try period("2020-01"))
    XCTAssertEqual(range.description, "2020-01")
  }

  func testDescriptionRoundTrips() throws {
    for text in ["2020-01", "2020-11..2021-02", "1900-01..9999-12", "2020-01..2020-01"] {
      let parsed = try period(text)
      XCTAssertEqual(try period(parsed.description), parsed, text)
    }
  }

  func testMonthCountAcrossYearBoundary() throws {
    XCTAssertEqual(try period("2020-11..2021-02").monthCount, 4)
    XCTAssertEqual(try period("1900-01..9999-12").monthCount, 8100 * 12)
  }

  func testRejectsEndBeforeStart() throws {
    let start = try YearMonth(parsing: "2021-03")
    let end = try YearMonth(parsing: "2020-01")
    XCTAssertEqual(error("2021-03..2020-01"), .endBeforeStart(start: start, end: end))
    XCTAssertEqual(
      error("2021-03..2020-01")?.description,
      "period \"2021-03..2020-01\" ends before it starts; "
        + "put the earlier month first: 2020-01..2021-03")
  }

  func testRejectsMalformedPeriods() {
    let malformed = [
      "", "2020-01..", "..2020-01", "2020-01...2020-02", "2020-01.2020-02", "2020-01-2020-02",
      "2020-01 ..2020-02", "2020-1..2020-02", "2020-01..2020-1X", "2020-01—2020-02",
      "2020-01..2020-02..2020-03", "2020-01–2020-02", "2020-1",
    ]
    for text in malformed {
      XCTAssertEqual(error(text), .malformedPeriod(text), text)
    }
  }

  func testRejectsOutOfRangeMonthsInPeriods() {
    XCTAssertEqual(error("2020-13..2021-01"), .monthOutOfRange(13))
    XCTAssertEqual(error("2020-01..2021-00"), .monthOutOfRange(0))
    XCTAssertEqual(error("1899-12..1900-01"), .yearOutOfRange(1899))
  }

  func testMemberwiseInitializerRequiresOrderedMonths() throws {
    let jan = try YearMonth(parsing: "2020-01")
    let feb = try YearMonth(parsing: "2020-02")
    XCTAssertNil(MonthPeriod(start: feb, end: jan))
    XCTAssertEqual(MonthPeriod(start: jan, end: feb)?.monthCount, 2)
    XCTAssertEqual(MonthPeriod(month: jan), try period("2020-01"))
  }

  func testPeriodsTouchingInOneMonthOverlap() throws {
    let first = try period("2020-01..2020-03")
    let second = try period("2020-03..2020-06")
    XCTAssertTrue(first.overlaps(second))
    XCTAssertTrue(second.overlaps(first))
  }

  func testConsecutivePeriodsDoNotOverlap() throws {
    let first = try period("2020-01..2020-03")
    let second = try period("2020-04..2020-06")
    XCTAssertFalse(first.overlaps(second))
    XCTAssertFalse(second.overlaps(first))
  }

  func testDisjointPeriodsDoNotOverlap() throws {
    XCTAssertFalse(try period("2020-01").overlaps(try period("2022-01..2022-12")))
    XCTAssertFalse(try period("2022-01..2022-12").overlaps(try period("2020-01")))
  }

  func testContainedPeriodsOverlap() throws {
    let outer = try period("2020-01..2022-12")
    let inner = try period("2021-05..2021-06")
    XCTAssertTrue(outer.overlaps(inner))
    XCTAssertTrue(inner.overlaps(outer))
    XCTAssertTrue(outer.overlaps(outer))
    XCTAssertTrue(try period("2021-05").overlaps(outer))
  }

  func testContainsMonth() throws {
    let range = try period("2020-11..2021-02")
    XCTAssertTrue(range.contains(try YearMonth(parsing: "2020-11")))
    XCTAssertTrue(range.contains(try YearMonth(parsing: "2021-02")))
    XCTAssertFalse(range.contains(try YearMonth(parsing: "2020-10")))
    XCTAssertFalse(range.contains(try YearMonth(parsing: "2021-03")))
  }

  func testMalformedPeriodMessage() {
    XCTAssertEqual(
      error("2020-01.2020-02")?.description,
      "period \"2020-01.2020-02\" is not written as YYYY-MM or YYYY-MM..YYYY-MM; "
        + "e.g. 2020-01 for one month or 2020-01..2022-12 for a range")
  }
}
