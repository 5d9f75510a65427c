import ReliefCLI
import XCTest

/// The command line run in-process: usage errors, help, exit codes and messages.
final class CommandLineTests: XCTestCase {
  private var directory: TemporaryDirectory!

  private var keyPath: String { directory.path("admin.key") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    XCTAssertEqual(run(["keys", "generate", "--name", "cli-admin", "--out", keyPath]).status, 0)
  }

  override func tearDown() {
    directory = nil
  }

  private func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    let console = RecordingConsole()
    let status = Relief.run(
      arguments: arguments,
      environment: ["RELIEF_NOW_MS": "1669852800000", "RELIEF_KEY": keyPath], console: console)
    return (status, console.stdout, console.stderr)
  }

  func testNoArgumentsPrintsOverviewWithUsageStatus() {
    let result = run([])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.contains("Usage: relief COMMAND"))
  }

  func testEveryCommandHasHelpWithAnExample() {
    for command in ["init", "append", "import", "balances", "log", "verify", "recover", "keys"] {
      let result = run([command, "--help"])
      XCTAssertEqual(result.status, 0, command)
      XCTAssertTrue(result.out.hasPrefix("Usage: relief \(command)"), command)
      XCTAssertTrue(result.out.contains("Example"), command)
      XCTAssertEqual(run(["help", command]).out, result.out, command)
    }
  }

  func testUnknownCommandIsUsageError() {
    let result = run(["balance"])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(
      result.err, "relief: unknown command 'balance'\nrun 'relief --help' for the commands\n")
  }

  func testUnknownOptionIsUsageError() {
    let result = run(["verify", "--jsn"])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(
      result.err, "relief verify: unknown option '--jsn'\nrun 'relief verify --help' for usage\n")
  }

  func testOptionMissingItsValueIsUsageError() {
    let result = run(["log", "--union"])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.hasPrefix("relief log: option --union needs a value"), result.err)
  }

  func testRepeatedOptionIsUsageError() {
    let result = run(["append", "receipt", "--amount", "1", "--amount", "2"])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.hasPrefix("relief append: option --amount is given twice"))
  }

  func testMissingLedgerIsEnvironmentError() {
    let missing = directory.path("nothing-here")
    let result = run(["verify", "--ledger", missing])
    XCTAssertEqual(result.status, 5)
    XCTAssertEqual(
      result.err,
      "relief verify: no ledger in \(missing) (create one with 'relief init --ledger \(missing)')\n"
    )
  }

  func testInitTwiceIsRefused() {
    let ledger = directory.path("l")
    XCTAssertEqual(run(["init", "--ledger", ledger]).status, 0)
    let again = run(["init", "--ledger", ledger])
    XCTAssertEqual(again.status, 5)
    XCTAssertTrue(again.err.contains("already exists"))
  }

  func testAppendNamesFieldAndReasonForBadInput() {
    let ledger = directory.path("l")
    XCTAssertEqual(run(["init", "--ledger", ledger]).status, 0)
    let result = run([
      "append", "refund", "--ledger", ledger, "--date", "2022-02-30", "--union", "x",
      "--program", "p", "--amount", "-5", "--counterparty", "c",
      "--counterparty-id", "914403001922038217", "--period", "2022-03..2022-01",
      "--dues-paid", "abc",
    ])
    XCTAssertEqual(result.status, 4)
    for field in ["date", "amount", "counterparty_id", "period", "dues_paid"] {
      XCTAssertTrue(result.err.contains("field '\(field)'"), "\(field) in \(result.err)")
    }
  }

  func testAppendUnknownKindListsKinds() {
    let ledger = directory.path("l")
    XCTAssertEqual(run(["init", "--ledger", ledger]).status, 0)
    let result = run(["append", "donation", "--ledger", ledger])
    XCTAssertEqual(result.status, 4)
    XCTAssertTrue(
      result.err.contains(
        "'donation' is not one of: union (工会登记), program (资金项目登记), receipt (收入), "
          + "allocation (下拨), refund (返还经费), subsidy (补贴), disbursement (支出), "
          + "reversal (冲销)"), result.err)
  }

  func testJSONAndCSVTogetherIsUsageError() {
    XCTAssertEqual(run(["balances", "--json", "--csv"]).status, 2)
  }

  func testLogFiltersByKindAndDate() {
    let ledger = directory.path("l")
    XCTAssertEqual(run(["init", "--ledger", ledger]).status, 0)
    for arguments in [
      ["append", "union", "--id", "u", "--name", "工会"],
      ["append", "program", "--id", "p", "--name", "基金"],
      [
        "append", "receipt", "--date", "2022-01-05", "--union", "u", "--program", "p", "--amount",
        "10",
      ],
      [
        "append", "receipt", "--date", "2022-02-05", "--union", "u", "--program", "p", "--amount",
        "20",
      ],
    ] {
      XCTAssertEqual(
        run(arguments + ["--ledger", ledger]).status, 0, arguments.joined(separator: " "))
    }
    let result = run(["log", "--ledger", ledger, "--kind", "receipt", "--from", "2022-02-01"])
    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(
      result.out,
      """
      seq  date        kind     union  program  amount  details
        8  2022-02-05  receipt  u      p         20.00

      """)
  }
}
