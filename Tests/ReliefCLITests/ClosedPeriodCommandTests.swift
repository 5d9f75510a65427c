import Foundation
import XCTest

/// `relief close PERIOD` through the real binary: entries dated in a closed month are
/// refused with exit 4 and nothing written, reversals across a close are accepted, and
/// `verify` agrees.
final class ClosedPeriodCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var journal: String { ledger + "/journal.jsonl" }
  private var keyPath: String { directory.path("admin.key") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try ReliefProcess.run(["keys", "generate", "--name", "close-admin", "--out", keyPath])
      .assertStatus(0)
    try relief(["init"]).assertStatus(0)
    try relief(["append", "union", "--id", "city", "--name", "南通市总工会"]).assertStatus(0)
    try relief(["append", "program", "--id", "fund", "--name", "专项资金"]).assertStatus(0)
    try relief(receipt(date: "2022-03-02", amount: "1000")).assertStatus(0)
  }

  override func tearDown() {
    directory = nil
  }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--ledger", ledger], extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  private func receipt(date: String, amount: String) -> [String] {
    [
      "append", "receipt", "--date", date, "--union", "city", "--program", "fund", "--amount",
      amount,
    ]
  }

  func testCloseRefusesEntriesDatedInTheClosedPeriodWithExit4() throws {
    let closed = try relief(["close", "2022-03"])
    try closed.assertStatus(0)
    XCTAssertEqual(closed.stdout, "appended 1 entry as seq 8, committed by seq 9\n")
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let refused = try relief(receipt(date: "2022-03-31", amount: "5"))
    XCTAssertEqual(refused.status, 4)
    XCTAssertEqual(
      refused.stderr,
      "relief append: nothing was written: 1 problem in the input\n"
        + "append:1: field 'date': date 2022-03-31 is in a closed period (the books are closed "
        + "through 2022-03); correct a closed period with a reversal dated after it\n")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
    try relief(receipt(date: "2022-04-01", amount: "5")).assertStatus(0)
  }

  func testReversalAcrossACloseIsAcceptedAndVerifies() throws {
    try relief(["close", "2022-03"]).assertStatus(0)
    try relief(["append", "reversal", "--date", "2022-04-02", "--reverses", "6"]).assertStatus(0)
    let balances = try relief(["balances", "--csv"])
    XCTAssertEqual(balances.stdout.split(separator: "\n").last, "city,fund,0,0,0,0,0,0,0,0,0,0")
    try relief(["verify"]).assertStatus(0)
  }

  func testCloseGoingBackwardsIsRefused() throws {
    try relief(["close", "2022-03"]).assertStatus(0)
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let refused = try relief(["close", "2022-02"])
    XCTAssertEqual(refused.status, 4)
    XCTAssertEqual(
      refused.stderr,
      "relief close: nothing was written: 1 problem in the input\n"
        + "close:1: field 'period': the books are already closed through 2022-03: closing "
        + "2022-02 would not move the close forward (a close never reopens a period)\n")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
    let malformed = try relief(["close", "2022-3"])
    XCTAssertEqual(malformed.status, 4)
    XCTAssertTrue(malformed.stderr.contains("close:1: field 'period': "), malformed.stderr)
  }

  func testCloseIsListedAndHasHelpWithAnExample() throws {
    let overview = try ReliefProcess.run(["--help"])
    XCTAssertTrue(
      overview.stdout.contains("  close        close the books through a month (结账)\n"),
      overview.stdout)
    let help = try ReliefProcess.run(["close", "--help"])
    XCTAssertTrue(
      help.stdout.contains("relief close 2022-03 --key ~/.relief/admin.key"), help.stdout)
  }
}
