import Foundation
import XCTest

/// The outputs docs/FORMAT.md promises, checked through the `relief` binary: refused
/// control characters in input, the `balances --json` shape and row order, and the head
/// of a ledger with nothing committed.
final class FormatContractTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var keyPath: String { directory.path("admin.key") }
  private var ledger: String { directory.path("ledger") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try relief(["keys", "generate", "--name", "f-admin", "--out", keyPath]).assertStatus(0)
  }

  override func tearDown() {
    directory = nil
  }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory.path(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func makeLedger() throws {
    try relief(["init", "--ledger", ledger, "--origin", "f.example/l"]).assertStatus(0)
    try relief(["append", "union", "--ledger", ledger, "--id", "zeta", "--name", "省总工会"])
      .assertStatus(0)
    try relief([
      "append", "union", "--ledger", ledger, "--id", "alpha", "--name", "市总工会", "--parent",
      "zeta",
    ]).assertStatus(0)
    for program in ["p2", "p1"] {
      try relief(["append", "program", "--ledger", ledger, "--id", program, "--name", "基金"])
        .assertStatus(0)
    }
  }

  func testControlCharactersInInputAreRefusedNamingRowAndField() throws {
    try makeLedger()
    let csv = try write(
      "in.csv",
      Array("kind,date,union,program,amount,memo\nreceipt,2022-03-01,zeta,p1,1,ok\n".utf8)
        + Array("receipt,2022-03-01,zeta,p1,1,a".utf8) + [0xC2, 0x85] + Array("b\n".utf8))
    let refused = try relief(["import", csv, "--ledger", ledger]).assertStatus(4)
    XCTAssertTrue(
      refused.stderr.contains(
        "in.csv:3: field 'memo': contains the control character U+0085 (no tab, newline or "
          + "other control character: U+0000 to U+001F, U+007F to U+009F)"), refused.stderr)
    let jsonl = try write(
      "in.jsonl",
      Array(
        #"{"kind":"union","date":"2022-03-01","id":"x","name":"a\u009fb","parent":"zeta"}"#
          .utf8) + [0x0A])
    let escaped = try relief(["import", jsonl, "--ledger", ledger]).assertStatus(4)
    XCTAssertTrue(
      escaped.stderr.contains("in.jsonl:1: field 'name': contains the control character U+009F"),
      escaped.stderr)
  }

  func testBalancesJSONRowsFollowRegistrationOrder() throws {
    try makeLedger()
    for (union, program) in [("alpha", "p1"), ("zeta", "p1"), ("zeta", "p2")] {
      try relief([
        "append", "receipt", "--ledger", ledger, "--date", "2022-03-01", "--union", union,
        "--program", program, "--amount", "1.5",
      ]).assertStatus(0)
    }
    let verify = try relief(["verify", "--ledger", ledger, "--json"]).assertStatus(0)
    let object = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8))
    let head = try XCTUnwrap((object as? [String: Any])?["head"] as? [String: Any])
    let seq = try XCTUnwrap(head["seq"] as? Int)
    let hash = try XCTUnwrap(head["hash"] as? String)
    XCTAssertEqual(seq, 15)
    func row(_ union: String, _ program: String) -> String {
      #"{"union":"\#(union)","program":"\#(program)","received_fen":150,"allocated_in_fen":0,"#
        + #""allocated_out_fen":0,"refunded_fen":0,"subsidized_fen":0,"disbursed_fen":0,"#
        + #""balance_fen":150,"committed_fen":0,"committed_paid_fen":0,"#
        + #""committed_remaining_fen":0}"#
    }
    let balances = try relief(["balances", "--ledger", ledger, "--json"]).assertStatus(0)
    XCTAssertEqual(
      balances.stdout,
      #"{"head":{"seq":15,"hash":""# + hash + #""},"balances":["#
        + [row("zeta", "p2"), row("zeta", "p1"), row("alpha", "p1")].joined(separator: ",")
        + "],\"goods\":[]}\n")
  }

  func testAJournalWithNothingCommittedHasTheHeadBeforeAnyLine() throws {
    try makeLedger()
    let journal = ledger + "/journal.jsonl"
    let firstLine = try String(contentsOfFile: journal, encoding: .utf8).prefix { $0 != "\n" }
    // The genesis batch cut off by a crash: its entry line without its commit line.
    try Data((firstLine + "\n").utf8).write(to: URL(fileURLWithPath: journal))
    let emptyHead = #"{"seq":-1,"hash":""# + String(repeating: "0", count: 64) + #""}"#
    let torn = try relief(["verify", "--ledger", ledger, "--json"]).assertStatus(3)
    XCTAssertTrue(
      torn.stdout.hasPrefix(
        #"{"verdict":"torn-tail","lines":1,"entries":0,"commits":0,"#), torn.stdout)
    XCTAssertTrue(torn.stdout.contains(#","head":"# + emptyHead + ","), torn.stdout)
    try Data().write(to: URL(fileURLWithPath: journal))
    let empty = try relief(["verify", "--ledger", ledger, "--json"]).assertStatus(1)
    XCTAssertTrue(empty.stdout.contains(#""head":"# + emptyHead), empty.stdout)
    XCTAssertTrue(empty.stdout.contains(#""code":"empty-journal""#), empty.stdout)
  }
}
