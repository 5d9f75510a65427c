import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `relief approve` of payments to people (the roster written with the commit, a tampered
/// people section refused) and of a proposal claimed by another approval (refused, nothing
/// written), through the real binary.
final class ProposalApproveCommandTests: XCTestCase {
  private var ledger: StagedLedger!

  override func setUpWithError() throws {
    ledger = try StagedLedger()
  }

  override func tearDown() {
    ledger = nil
  }

  private func approve(_ id: String) throws -> ReliefProcess.Outcome {
    try ledger.relief(["approve", id], as: "checker")
  }

  private func assertRefused(
    _ id: String, stderr: String, line: UInt = #line
  ) throws {
    let before = try ledger.journalData()
    let outcome = try approve(id)
    XCTAssertEqual(outcome.status, 4, outcome.stderr, line: line)
    XCTAssertEqual(outcome.stderr, stderr, line: line)
    XCTAssertEqual(outcome.stdout, "", line: line)
    XCTAssertEqual(try ledger.journalData(), before, line: line)
  }

  func testAPaymentToAPersonIsStagedPrivatelyAndApprovedWithItsRosterRecord() throws {
    let id = try ledger.stagePersonPayment()
    let attributes = try FileManager.default.attributesOfItem(atPath: ledger.proposalPath(id))
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    XCTAssertFalse(FileManager.default.fileExists(atPath: ledger.roster))
    let approved = try approve(id)
    try approved.assertStatus(0)
    XCTAssertEqual(approved.stdout, "appended 2 entries as seqs 14–15, committed by seq 16\n")
    let roster = try String(contentsOfFile: ledger.roster, encoding: .utf8)
    XCTAssertTrue(roster.hasPrefix(#"{"seq":14,"salt":""#), roster)
    XCTAssertTrue(
      roster.hasSuffix(
        #","name":"张三丰","person_id":"110101199003074514","bank_card":"6222021234567890123"}"#
          + "\n"), roster)
    XCTAssertEqual(roster.split(separator: "\n").count, 1)
    try ledger.relief(["roster", "verify"], as: "checker").assertStatus(0)
    try ledger.relief(["verify"], as: "checker").assertStatus(0)
  }

  func testAnAlteredPersonIsRefusedAndNothingWritten() throws {
    let id = try ledger.stagePersonPayment()
    try ledger.alter(id, #""name":"张三丰""#, #""name":"张四丰""#)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: 1 problem in the input\n"
        + "proposals/\(id):2: field 'people': the people record of entry #1 (paying 张*丰) "
        + "does not give its payee_commitment: the salt, name or ID number was altered after "
        + "the maker staged it\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: ledger.roster))
    let review = try ledger.relief(["review", id], as: "checker")
    XCTAssertEqual(review.status, 4)
    XCTAssertFalse(review.stdout.contains("张四丰"), review.stdout)
  }

  func testAnAlteredBankCardIsRefusedAndNothingWritten() throws {
    let id = try ledger.stagePersonPayment()
    try ledger.alter(
      id, #""bank_card":"6222021234567890123""#, #""bank_card":"6222020000000000001""#)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: 1 problem in the input\n"
        + "proposals/\(id):1: the people lines are not as the maker \(try ledger.keyID("maker")) "
        + "signed them (people_sig): a name, ID number or bank card was altered after staging\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: ledger.roster))
    let review = try ledger.relief(["review", id], as: "checker")
    XCTAssertEqual(review.status, 4)
    XCTAssertTrue(review.stdout.contains("problem: the people lines are not as the maker"))
    XCTAssertFalse(review.stdout.contains("6222020000000000001"), review.stdout)
  }

  func testAPersonMovedToAnEntryThatPaysNoPersonIsRefused() throws {
    let id = try ledger.stagePersonPayment()
    try ledger.alter(id, #"{"entry":1,"#, #"{"entry":2,"#)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: 2 problems in the input\n"
        + "proposals/\(id):2: field 'people': entry #1 pays 张*丰 but the proposal carries no "
        + "record of who (name and ID number): a payment to a person is committed only with "
        + "its roster record; stage it again\n"
        + "proposals/\(id):3: field 'people': the proposal carries a person for entry #2, "
        + "which pays no person: its people section was altered after the maker staged it\n")
  }

  func testApprovingAgainIsRefusedClearly() throws {
    let id = try ledger.stageSpending("150")
    try approve(id).assertStatus(0)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: there is no proposal \(id) "
        + "(\(ledger.proposalPath(id))): it was approved already (its batch is in 'relief "
        + "log') or never staged\n")
  }

  func testAProposalCopiedBackAfterItsApprovalIsRefusedAsApproved() throws {
    let id = try ledger.stageSpending("150")
    let text = try ledger.proposalText(id)
    try approve(id).assertStatus(0)
    try text.write(toFile: ledger.proposalPath(id), atomically: true, encoding: .utf8)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: 1 problem in the input\n"
        + "proposals/\(id):1: this proposal was approved already: a committed batch carries "
        + "its maker signature (see 'relief log')\n")
  }

  func testAProposalHeldByAnotherApprovalIsRefusedAndNothingWritten() throws {
    let id = try ledger.stageSpending("150")
    // The test holds the claim an approving process takes: an exclusive flock on the file.
    let descriptor = open(ledger.proposalPath(id), O_RDONLY)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    defer { close(descriptor) }
    XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
    try assertRefused(
      id,
      stderr: "relief approve: nothing was written: proposal \(id) is being approved by "
        + "another process (\(ledger.proposalPath(id)) is locked); once it finishes, 'relief "
        + "log' shows its batch\n")
    XCTAssertTrue(FileManager.default.fileExists(atPath: ledger.proposalPath(id)))
    XCTAssertEqual(flock(descriptor, LOCK_UN), 0)
    try approve(id).assertStatus(0)
  }

  func testTwoApprovalsAtOnceCommitTheBatchOnce() throws {
    // Three races, each of two processes approving one proposal: exactly one commits.
    for amount in ["150", "151", "152"] {
      let id = try ledger.stageSpending(amount)
      let before = try ledger.journalData()
      let outcomes = Outcomes()
      let (directory, checkerKey) = (ledger.ledger, ledger.key("checker"))
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let outcome = try? ReliefProcess.run(
          ["approve", id, "--ledger", directory], extraEnvironment: ["RELIEF_KEY": checkerKey])
        outcomes.set(index, outcome)
      }
      let results = outcomes.values.compactMap { $0 }
      XCTAssertEqual(results.count, 2)
      XCTAssertEqual(results.map(\.status).sorted(), [0, 4], results.map(\.stderr).joined())
      for refused in results where refused.status == 4 {
        XCTAssertTrue(refused.stderr.hasPrefix("relief approve: nothing was written: "))
      }
      let added = String(decoding: try ledger.journalData().dropFirst(before.count), as: UTF8.self)
      XCTAssertEqual(added.split(separator: "\n").count, 2, added)
    }
    try ledger.relief(["verify"], as: "checker").assertStatus(0)
  }
}

/// The outcomes of concurrent runs, by index.
private final class Outcomes: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Int: ReliefProcess.Outcome] = [:]

  func set(_ index: Int, _ outcome: ReliefProcess.Outcome?) {
    lock.lock()
    defer { lock.unlock() }
    stored[index] = outcome
  }

  var values: [ReliefProcess.Outcome?] {
    lock.lock()
    defer { lock.unlock() }
    return [stored[0], stored[1]]
  }
}
