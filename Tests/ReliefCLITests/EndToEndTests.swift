import Foundation
import XCTest

/// Builds a ledger with the real `relief` binary and checks balances computed by hand,
/// rejection without writes, and that tampering and torn tails are told apart.
final class EndToEndTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var journal: String { ledger + "/journal.jsonl" }

  private var keyPath: String { directory.path("admin.key") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let generated = try ReliefProcess.run(
      ["keys", "generate", "--name", "e2e-admin", "--out", keyPath])
    XCTAssertEqual(generated.status, 0, generated.stderr)
  }

  /// Runs `relief` signing with the test's administrator key (RELIEF_KEY).
  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  override func tearDown() {
    directory = nil
  }

  /// A small history whose balances are computed by hand below.
  static let importCSV = """
    kind,date,id,name,parent,union,to,program,amount,counterparty,counterparty_id,category,headcount,period,dues_paid,reverses_request,memo,request_id
    union,2022-03-01,city,南通市总工会,,,,,,,,,,,,,,u1
    union,2022-03-01,district,崇川区总工会,city,,,,,,,,,,,,,u2
    program,2022-03-01,fund,疫情防控专项资金,,,,,,,,,,,,,,p1
    receipt,2022-03-02,,,,city,,fund,"1,000,000.00",市财政,,,,,,,,r1
    allocation,2022-03-03,,,,city,district,fund,20万,,,,,,,,,r2
    disbursement,2022-03-04,,,,district,,fund,12345.67,一线职工,,consolation,25,,,,,r3
    refund,2022-03-05,,,,city,,fund,1500.5,某小微企业,914403001922038216,,,2022-01..2022-02,1600,,,r4
    subsidy,2022-03-06,,,,city,,fund,0.99,某农户,,purchase,,,,,,r5
    refund,2022-03-07,,,,city,,fund,800,另一企业,9144030071526726XG,,,2022-01,900,,,r6
    reversal,2022-03-08,,,,,,,,,,,,,,r6,wrong business,r7

    """

  private func importSample() throws {
    try relief(["init", "--ledger", ledger]).assertStatus(0)
    let csv = directory.path("in.csv")
    try Self.importCSV.write(toFile: csv, atomically: true, encoding: .utf8)
    let outcome = try relief(["import", csv, "--ledger", ledger])
    try outcome.assertStatus(0)
    XCTAssertEqual(outcome.stdout, "appended 10 entries as seqs 2–11, committed by seq 12\n")
  }

  func testImportedLedgerHasHandComputedBalances() throws {
    try importSample()
    let outcome = try relief(["balances", "--ledger", ledger, "--csv"])
    try outcome.assertStatus(0)
    // city: received 1,000,000.00; allocated out 200,000.00; refunded 1,500.50 (the 800.00
    // refund was reversed); subsidized 0.99; balance 798,498.51.
    // district: allocated in 200,000.00; disbursed 12,345.67; balance 187,654.33.
    XCTAssertEqual(
      outcome.stdout,
      """
      union,program,received_fen,allocated_in_fen,allocated_out_fen,refunded_fen,subsidized_fen,disbursed_fen,balance_fen,committed_fen,committed_paid_fen,committed_remaining_fen
      city,fund,100000000,0,20000000,150050,99,0,79849851,0,0,0
      district,fund,0,20000000,0,0,0,1234567,18765433,0,0,0

      """)
    let tree = try relief(["balances", "--ledger", ledger, "--csv", "--tree"])
    XCTAssertEqual(
      tree.stdout.split(separator: "\n")[1],
      "city,fund,100000000,20000000,20000000,150050,99,1234567,98615284,0,0,0")
  }

  func testRejectedBatchLeavesJournalByteIdentical() throws {
    try importSample()
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let csv = directory.path("bad.csv")
    try """
    kind,date,union,program,amount,category,headcount,request_id
    disbursement,2022-03-09,district,fund,100.00,supplies,3,ok-row
    disbursement,2022-03-09,district,fund,1.234,supplies,3,bad-amount
    disbursement,2022-03-09,district,fund,999999.00,supplies,3,overdraft
    disbursement,2022-03-09,nowhere,fund,1.00,supplies,3,unknown-union

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let outcome = try relief(["import", csv, "--ledger", ledger])
    XCTAssertEqual(outcome.status, 4)
    XCTAssertEqual(outcome.stdout, "")
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 4, outcome.stderr)
    XCTAssertEqual(lines.first, "relief import: nothing was written: 3 problems in the input")
    XCTAssertTrue(
      lines[1].hasPrefix(csv + ":3: field 'amount': amount \"1.234\" has more than two decimal"),
      lines[1])
    XCTAssertTrue(
      lines[2].hasPrefix(csv + ":4: field 'amount': balance of union 'district' in program 'fund'"),
      lines[2])
    XCTAssertEqual(
      lines[3],
      csv + ":5: field 'union': union 'nowhere' is not registered (register it first with kind "
        + "'union')")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
  }

  func testReimportIsIdempotent() throws {
    try importSample()
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let outcome = try relief(["import", directory.path("in.csv"), "--ledger", ledger])
    try outcome.assertStatus(0)
    XCTAssertEqual(
      outcome.stdout,
      "nothing new: all 10 rows of \(directory.path("in.csv")) are already in the ledger "
        + "(seqs 2–11)\n")
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
  }

  func testVerifyAcceptsTheImportedLedger() throws {
    try importSample()
    let outcome = try relief(["verify", "--ledger", ledger, "--json"])
    try outcome.assertStatus(0)
    XCTAssertTrue(
      outcome.stdout.hasPrefix(
        "{\"verdict\":\"valid\",\"lines\":13,\"entries\":11,\"commits\":2,"),
      outcome.stdout)
  }

  func testSingleByteChangeInCommittedLineIsInvalid() throws {
    try importSample()
    var lines = try journalLines()
    // Line 6 (seq 5) is the receipt; change one digit of its amount.
    lines[5] = lines[5].replacingOccurrences(
      of: "\"amount_fen\":100000000", with: "\"amount_fen\":100000009")
    try writeJournal(lines)
    let report = try verifyJSON()
    XCTAssertEqual(report["verdict"] as? String, "invalid")
    let failure = try XCTUnwrap(report["failure"] as? [String: Any])
    XCTAssertEqual(failure["code"] as? String, "prev-mismatch")
    XCTAssertEqual(failure["line"] as? Int, 7)
    XCTAssertEqual(failure["seq"] as? Int, 6)
  }

  func testDeletedLineIsInvalid() throws {
    try importSample()
    var lines = try journalLines()
    lines.remove(at: 4)
    try writeJournal(lines)
    let failure = try XCTUnwrap(try verifyJSON()["failure"] as? [String: Any])
    XCTAssertEqual(failure["code"] as? String, "seq-mismatch")
    XCTAssertEqual(failure["expected"] as? String, "seq 4")
    XCTAssertEqual(failure["found"] as? String, "seq 5")
  }

  func testSwappedLinesAreInvalid() throws {
    try importSample()
    var lines = try journalLines()
    lines.swapAt(6, 7)
    try writeJournal(lines)
    let report = try verifyJSON()
    XCTAssertEqual(report["verdict"] as? String, "invalid")
    let failure = try XCTUnwrap(report["failure"] as? [String: Any])
    XCTAssertEqual(failure["code"] as? String, "seq-mismatch")
    XCTAssertEqual(failure["line"] as? Int, 7)
  }

  func testCutLastLineIsTornTailAndRecoverRestoresValidity() throws {
    try importSample()
    let original = try Data(contentsOf: URL(fileURLWithPath: journal))
    // Append a batch, then cut its commit line in the middle, as a crash would.
    try relief([
      "append", "receipt", "--ledger", ledger, "--date", "2022-03-10", "--union", "city",
      "--program", "fund", "--amount", "5",
    ]).assertStatus(0)
    let grown = try Data(contentsOf: URL(fileURLWithPath: journal))
    let cut = grown.prefix(grown.count - 20)
    try cut.write(to: URL(fileURLWithPath: journal))
    let verify = try relief(["verify", "--ledger", ledger])
    XCTAssertEqual(verify.status, 3)
    XCTAssertTrue(verify.stdout.hasPrefix("TORN TAIL: the last line was cut short"), verify.stdout)
    let blocked = try relief([
      "append", "receipt", "--ledger", ledger, "--date", "2022-03-10", "--union", "city",
      "--program", "fund", "--amount", "5",
    ])
    XCTAssertEqual(blocked.status, 3)
    let recover = try relief(["recover", "--ledger", ledger])
    try recover.assertStatus(0)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), original)
    let torn = try FileManager.default.contentsOfDirectory(atPath: ledger + "/torn")
    XCTAssertEqual(torn.count, 1)
    let saved = try Data(contentsOf: URL(fileURLWithPath: ledger + "/torn/" + torn[0]))
    XCTAssertEqual(saved, cut.suffix(from: original.count))
    try relief(["verify", "--ledger", ledger]).assertStatus(0)
  }

  func testMissingCommitLineIsTornTail() throws {
    try importSample()
    var lines = try journalLines()
    lines.removeLast()
    try writeJournal(lines)
    let report = try verifyJSON()
    XCTAssertEqual(report["verdict"] as? String, "torn-tail")
    let failure = try XCTUnwrap(report["failure"] as? [String: Any])
    XCTAssertEqual(failure["code"] as? String, "uncommitted-batch")
  }

  func testRecoverRefusesATamperedLedger() throws {
    try importSample()
    var lines = try journalLines()
    lines[3] = lines[3].replacingOccurrences(of: "崇川区", with: "通州区")
    try writeJournal(lines)
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let recover = try relief(["recover", "--ledger", ledger])
    XCTAssertEqual(recover.status, 1)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
  }

  // MARK: helpers

  private func journalLines() throws -> [String] {
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
  }

  private func writeJournal(_ lines: [String]) throws {
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: journal, atomically: false, encoding: .utf8)
  }

  private func verifyJSON() throws -> [String: Any] {
    let outcome = try relief(["verify", "--ledger", ledger, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    return try XCTUnwrap(object as? [String: Any])
  }
}

extension ReliefProcess.Outcome {
  /// Fails the test, showing stderr, unless the exit status is `expected`.
  @discardableResult
  func assertStatus(_ expected: Int32, file: StaticString = #filePath, line: UInt = #line) throws
    -> Self
  {
    XCTAssertEqual(status, expected, "stderr: \(stderr)\nstdout: \(stdout)", file: file, line: line)
    if status != expected { throw UnexpectedStatus(status: status) }
    return self
  }
}

/// Stops a test whose command did not end as expected (the assertion has recorded why).
struct UnexpectedStatus: Error {
  let status: Int32
}
