import ReliefLedger
import XCTest

final class BusinessDateDayCountTests: XCTestCase {
  func testDaysSinceUnixEpochAtKnownDates() {
    XCTAssertEqual(BusinessDate(year: 1970, month: 1, day: 1)?.daysSinceUnixEpoch, 0)
    XCTAssertEqual(BusinessDate(year: 1969, month: 12, day: 31)?.daysSinceUnixEpoch, -1)
    XCTAssertEqual(BusinessDate(year: 2000, month: 3, day: 1)?.daysSinceUnixEpoch, 11_017)
    XCTAssertEqual(BusinessDate(year: 1900, month: 1, day: 1)?.daysSinceUnixEpoch, -25_567)
    XCTAssertEqual(BusinessDate(year: 9999, month: 12, day: 31)?.daysSinceUnixEpoch, 2_932_896)
  }

  func testDayCountOutsideSupportedYearsGivesNil() {
    XCTAssertNil(BusinessDate(daysSinceUnixEpoch: -25_568))
    XCTAssertNil(BusinessDate(daysSinceUnixEpoch: 2_932_897))
    XCTAssertNil(BusinessDate(daysSinceUnixEpoch: .min))
    XCTAssertNil(BusinessDate(daysSinceUnixEpoch: .max))
  }

  func testEverySupportedDayMatchesASimpleDayByDayCount() {
    // Walks the calendar one day at a time, independently of the era arithmetic.
    var (year, month, day) = (1900, 1, 1)
    var mismatches = 0
    for count in -25_567...2_932_896 {
      let date = BusinessDate(daysSinceUnixEpoch: count)
      if date?.year != year || date?.month != month || date?.day != day
        || date?.daysSinceUnixEpoch != count
      {
        mismatches += 1
      }
      let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      day += 1
      if day > lengths[month - 1] { (day, month) = (1, month + 1) }
      if month > 12 { (month, year) = (1, year + 1) }
    }
    XCTAssertEqual(mismatches, 0)
    XCTAssertEqual(year, 10_000)
  }
}
