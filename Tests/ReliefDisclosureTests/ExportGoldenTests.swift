import Foundation
import ReliefDisclosure
import ReliefLog
import XCTest

/// The exports of a small ledger, byte for byte.
final class ExportGoldenTests: DisclosureTestCase {
  func export(_ format: String) throws -> String {
    let ledger = try makeSmallLedger()
    let outcome = relief(["export", "--format", format, "--ledger", ledger])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    return outcome.out
  }

  func testLedgerGolden() throws {
    XCTAssertEqual(try export("ledger"), ExportGoldens.ledger)
  }

  func testBeancountGolden() throws {
    XCTAssertEqual(try export("beancount"), ExportGoldens.beancount)
  }

  func testCSVGolden() throws {
    XCTAssertEqual(try export("csv"), ExportGoldens.csv)
  }

  func testOutWritesTheSameBytesToAFile() throws {
    let ledger = try makeSmallLedger()
    let path = directory + "/out.journal"
    let outcome = relief(["export", "--format", "ledger", "--ledger", ledger, "--out", path])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    XCTAssertEqual(outcome.out, "")
    XCTAssertEqual(try read(path), ExportGoldens.ledger)
  }

  func testUsageErrors() throws {
    XCTAssertEqual(relief(["export"]).status, 2)
    XCTAssertEqual(relief(["export", "--format", "xls"]).status, 2)
    let missing = relief(["export", "--format", "csv", "--ledger", directory + "/none"])
    XCTAssertEqual(missing.status, 5)
    XCTAssertFalse(missing.err.isEmpty)
    XCTAssertTrue(relief(["export", "--help"]).out.contains("Examples:"))
  }

  func testBeancountNamesAreOneToOne() {
    XCTAssertEqual(BeancountName.component("covid-2022"), "Covid-2022")
    XCTAssertEqual(BeancountName.component("a.b_c"), "A-Db-Uc")
    XCTAssertEqual(BeancountName.component("9x-.y"), "9x--Dy")
    XCTAssertNotEqual(BeancountName.component("a-d"), BeancountName.component("a.d"))
  }
}
