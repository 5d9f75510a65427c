import Foundation
import XCTest

/// Maker and checker (制单/审核) through the real binary: a review threshold, `--stage`,
/// `review`, `approve`, and every refusal leaving the journal byte-identical.
final class MakerCheckerCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var journal: String { ledger + "/journal.jsonl" }

  private func key(_ name: String) -> String { directory.path("\(name).key") }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    for name in ["admin", "maker", "checker"] {
      try ReliefProcess.run(["keys", "generate", "--name", name, "--out", key(name)])
        .assertStatus(0)
    }
    try relief(["init"], as: "admin").assertStatus(0)
    try relief(["append", "union", "--id", "city", "--name", "南通市总工会"], as: "admin")
      .assertStatus(0)
    try relief(["append", "program", "--id", "fund", "--name", "专项资金"], as: "admin")
      .assertStatus(0)
    try relief(
      [
        "append", "receipt", "--date", "2022-03-02", "--union", "city", "--program", "fund",
        "--amount", "1000",
      ], as: "admin"
    ).assertStatus(0)
    try register("maker", role: "accountant", union: "city")
    try register("checker", role: "reviewer", union: nil)
    try relief(["append", "review-threshold", "--union", "city", "--amount", "100"], as: "admin")
      .assertStatus(0)
  }

  override func tearDown() {
    directory = nil
  }

  private func relief(_ arguments: [String], as name: String) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--ledger", ledger], extraEnvironment: ["RELIEF_KEY": key(name)])
  }

  private func register(_ name: String, role: String, union: String?) throws {
    let shown = try ReliefProcess.run(["keys", "show", key(name)])
    let verifier = shown.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    var arguments = ["append", "key", "--key", verifier, "--role", role]
    if let union { arguments += ["--union", union] }
    try relief(arguments + ["--signer", key("admin")], as: "admin").assertStatus(0)
  }

  private func spend(_ amount: String) -> [String] {
    [
      "append", "disbursement", "--date", "2022-03-05", "--union", "city", "--program", "fund",
      "--amount", amount, "--category", "supplies", "--headcount", "3",
    ]
  }

  private func journalData() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: journal)) }

  private func stage(_ amount: String) throws -> String {
    let staged = try relief(spend(amount) + ["--stage"], as: "maker")
    try staged.assertStatus(0)
    let id = String(staged.stdout.split(separator: "\n")[0])
    XCTAssertEqual(id.count, 16, staged.stdout)
    return id
  }

  func testBelowTheThresholdNeedsNoStage() throws {
    let outcome = try relief(spend("100"), as: "maker")
    try outcome.assertStatus(0)
    XCTAssertEqual(outcome.stdout, "appended 1 entry as seq 14, committed by seq 15\n")
  }

  func testAboveTheThresholdWithoutStageIsRefusedAndNothingWritten() throws {
    let before = try journalData()
    let outcome = try relief(spend("100.01"), as: "maker")
    XCTAssertEqual(outcome.status, 4)
    XCTAssertEqual(
      outcome.stderr,
      "relief append: nothing was written: 1 problem in the input\n"
        + "append: the batch moves 100.01 yuan in the subtree of union 'city', above its review "
        + "threshold of 100.00 yuan: stage it (--stage) and have a reviewer approve it "
        + "(relief approve)\n")
    XCTAssertEqual(try journalData(), before)
  }

  func testStageReviewApproveCommitsWithBothSignaturesAndVerifies() throws {
    let before = try journalData()
    let id = try stage("150")
    XCTAssertEqual(try journalData(), before, "staging writes nothing to the journal")
    let review = try relief(["review", id], as: "checker")
    try review.assertStatus(0)
    XCTAssertTrue(review.stdout.hasPrefix("proposal \(id) ("), review.stdout)
    XCTAssertTrue(review.stdout.contains("maker: maker+"), review.stdout)
    XCTAssertTrue(
      review.stdout.contains("#1  2022-03-05  disbursement  city  fund  150.00"), review.stdout)
    let approved = try relief(["approve", id], as: "checker")
    try approved.assertStatus(0)
    XCTAssertEqual(approved.stdout, "appended 1 entry as seq 14, committed by seq 15\n")
    let commit = try XCTUnwrap(
      String(decoding: try journalData(), as: UTF8.self).split(separator: "\n").last)
    XCTAssertTrue(commit.contains(#""entries":1,"maker":"maker+"#), String(commit))
    XCTAssertTrue(commit.contains(#","signer":"checker+"#), String(commit))
    try relief(["verify"], as: "checker").assertStatus(0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: ledger + "/proposals/" + id))
  }

  private func assertRefused(
    _ id: String, as name: String, reason: String, line: UInt = #line
  ) throws {
    let before = try journalData()
    let outcome = try relief(["approve", id], as: name)
    XCTAssertEqual(outcome.status, 4, outcome.stderr, line: line)
    XCTAssertEqual(
      outcome.stderr,
      "relief approve: nothing was written: 1 problem in the input\n\(reason)\n", line: line)
    XCTAssertEqual(try journalData(), before, line: line)
  }

  private func keyID(_ name: String) throws -> String {
    let shown = try ReliefProcess.run(["keys", "show", key(name)]).stdout
    return shown.split(separator: "+").prefix(2).joined(separator: "+")
  }

  func testApproveRefusesTheMakersOwnKey() throws {
    let id = try stage("150")
    try assertRefused(
      id, as: "maker",
      reason: "proposals/\(id): field 'key': key '\(try keyID("maker"))' both made and "
        + "checked the batch: the checker must be another key")
  }

  func testApproveRefusesAKeyThatIsNotAReviewer() throws {
    let id = try stage("150")
    try assertRefused(
      id, as: "admin",
      reason: "proposals/\(id): field 'key': key '\(try keyID("admin"))' may not check this "
        + "batch: the checker of a made batch must be a reviewer key, not admin")
  }

  func testApproveRefusesATamperedProposal() throws {
    let id = try stage("150")
    let path = ledger + "/proposals/" + id
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.contains(#""amount_fen":15000,"#))
    try text.replacingOccurrences(of: #""amount_fen":15000,"#, with: #""amount_fen":1500,"#)
      .write(toFile: path, atomically: true, encoding: .utf8)
    try assertRefused(
      id, as: "checker",
      reason: "proposals/\(id): field 'key': the maker signature of '\(try keyID("maker"))' "
        + "does not verify over the batch's entries: they were altered after the maker signed "
        + "them")
  }

  func testApproveRefusesAProposalWhoseRowNowOverdraws() throws {
    let id = try stage("950")
    try relief(spend("100"), as: "admin").assertStatus(0)
    try assertRefused(
      id, as: "checker",
      reason: "proposals/\(id):2: field 'amount': balance of union 'city' in program 'fund' is "
        + "900.00 yuan, less than 950.00 yuan (no overdraft: money stays in its program)")
  }
}
