import ReliefLedger
import XCTest

final class BusinessDateUnixTimeTests: XCTestCase {
  private let cst = BusinessDate.chinaStandardTimeOffsetSeconds

  private func date(_ millis: Int64, offset: Int = 0) -> String? {
    BusinessDate(unixMillis: millis, utcOffsetSeconds: offset)?.description
  }

  func testChinaStandardTimeIsEightHoursAheadOfUTC() {
    XCTAssertEqual(cst, 28_800)
  }

  func testEpochIsFirstOfJanuary1970() {
    XCTAssertEqual(date(0), "1970-01-01")
    XCTAssertEqual(date(0, offset: cst), "1970-01-01")
  }

  func testLateUTCLeapDayIsFirstOfMarchInChina() {
    // 1582992000000 is 2020-02-29T16:00:00Z, i.e. midnight starting 2020-03-01 in Beijing.
    XCTAssertEqual(date(1_582_992_000_000), "2020-02-29")
    XCTAssertEqual(date(1_582_992_000_000, offset: cst), "2020-03-01")
    XCTAssertEqual(date(1_582_991_999_999, offset: cst), "2020-02-29")
  }

  func testKnownRecentInstant() {
    // 1700000000000 is 2023-11-14T22:13:20Z.
    XCTAssertEqual(date(1_700_000_000_000), "2023-11-14")
    XCTAssertEqual(date(1_700_000_000_000, offset: cst), "2023-11-15")
  }

  func testNegativeInstantsRoundTowardsEarlierDays() {
    XCTAssertEqual(date(-1), "1969-12-31")
    XCTAssertEqual(date(-86_400_000), "1969-12-31")
    XCTAssertEqual(date(-86_400_001), "1969-12-30")
    XCTAssertEqual(date(-28_800_000, offset: cst), "1970-01-01")
    XCTAssertEqual(date(-28_800_001, offset: cst), "1969-12-31")
    // -1000000000000 is 1938-04-24T22:13:20Z.
    XCTAssertEqual(date(-1_000_000_000_000), "1938-04-24")
    XCTAssertEqual(date(-1_000_000_000_000, offset: cst), "1938-04-25")
  }

  func testNegativeOffsetMovesToPreviousDay() {
    XCTAssertEqual(date(0, offset: -5 * 3600), "1969-12-31")
  }

  func testInstantsOutsideSupportedYearsGiveNil() {
    XCTAssertEqual(date(-2_208_988_800_000), "1900-01-01")
    XCTAssertNil(date(-2_208_988_800_001))
    XCTAssertEqual(date(253_402_300_799_999), "9999-12-31")
    XCTAssertNil(date(253_402_300_800_000))
  }

  func testExtremeInputsGiveNilWithoutTrapping() {
    XCTAssertNil(date(.max))
    XCTAssertNil(date(.min))
    XCTAssertNil(date(.max, offset: cst))
    XCTAssertNil(date(.min, offset: -cst))
    XCTAssertNil(date(0, offset: .max))
    XCTAssertNil(date(0, offset: .min))
  }
}
