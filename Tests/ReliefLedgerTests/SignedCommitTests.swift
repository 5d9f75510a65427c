import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

/// Signed commits: who may append what, and every kind of forgery the verifier must catch.
final class SignedCommitTests: LedgerTestCase {
  private let accountant = TestKeys.key("city-accountant", seedByte: 3)
  private let auditor = TestKeys.key("auditor", seedByte: 4)

  private func writer(signedBy key: NoteSignerKey) -> LedgerWriter {
    LedgerWriter(journal: journal, nowMillis: { fixedMillis }, signer: CommitSigner(key))
  }

  private func register(_ key: NoteSignerKey, role: String, union: String? = nil) throws {
    var fields = ["kind": "key", "key": key.verifierKey.encoded, "role": role]
    fields["union"] = union
    try append([fields])
  }

  /// A ledger with prov > city > town, program covid, money in prov and city, and an
  /// accountant key for city.
  private func createLedgerWithAccountant() throws {
    try createStandardLedger()
    try append([
      Row.receipt("prov", "1000.00"), Row.allocation("prov", to: "city", "400.00"),
    ])
    try register(accountant, role: "accountant", union: "city")
  }

  private func rejectionReasons(
    _ fields: [[String: String]], by key: NoteSignerKey
  ) throws -> [String] {
    do {
      _ = try writer(signedBy: key).append(rows: inputRows(fields), source: "rows.csv")
      XCTFail("not rejected")
    } catch .rejected(let issues) {
      return issues.map { $0.description }
    } catch {
      XCTFail("expected a rejection, got \(error)")
    }
    return []
  }

  func testEveryCommitOfAWriterIsSignedByItsKey() throws {
    try createStandardLedger()
    let lines = try journalBytes().split(separator: 0x0A).map {
      String(decoding: $0, as: UTF8.self)
    }
    let commits = lines.filter { $0.contains(#""kind":"commit""#) }
    XCTAssertEqual(commits.count, 2)
    for commit in commits {
      XCTAssertTrue(commit.contains(#""signer":"\#(TestKeys.adminSigner.keyID)","sig":""#))
      XCTAssertFalse(commit.hasSuffix(#""sig":""}"#))
    }
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testAccountantAppendsInsideItsSubtree() throws {
    try createLedgerWithAccountant()
    let result = try writer(signedBy: accountant).append(
      rows: inputRows([Row.allocation("city", to: "town", "100.00")]), source: "rows.csv")
    XCTAssertEqual(result.appended.count, 1)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testAccountantOutsideItsSubtreeIsRefusedAndNothingIsWritten() throws {
    try createLedgerWithAccountant()
    let before = try journalBytes()
    let reasons = try rejectionReasons([Row.receipt("prov", "1.00")], by: accountant)
    XCTAssertEqual(
      reasons,
      [
        "rows.csv:2: field 'key': key '\(accountant.verifierKey.id)' (accountant of union "
          + "'city') may not append seq 12: union 'prov' is outside the subtree of 'city'"
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testAccountantMayNotRegisterUnionsOrKeys() throws {
    try createLedgerWithAccountant()
    let reasons = try rejectionReasons([Row.union("village", parent: "town")], by: accountant)
    XCTAssertEqual(reasons.count, 1)
    XCTAssertTrue(reasons[0].hasSuffix("only administrators append union entries"), reasons[0])
  }

  func testAuditorAppendsNothing() throws {
    try createLedgerWithAccountant()
    try register(auditor, role: "auditor")
    let reasons = try rejectionReasons([Row.receipt("city", "1.00")], by: auditor)
    XCTAssertTrue(reasons[0].hasSuffix("auditor keys append no entries"), reasons[0])
  }

  func testUnregisteredKeyIsRefused() throws {
    try createStandardLedger()
    let reasons = try rejectionReasons([Row.receipt("prov", "1.00")], by: accountant)
    XCTAssertEqual(
      reasons,
      [
        "rows.csv: field 'key': the commit is signed by '\(accountant.verifierKey.id)', "
          + "which is not a registered key"
      ])
  }

  func testRevokedKeyIsRefused() throws {
    try createLedgerWithAccountant()
    try append([["kind": "key.revoke", "key": accountant.verifierKey.encoded]])
    let reasons = try rejectionReasons([Row.receipt("city", "1.00")], by: accountant)
    XCTAssertEqual(
      reasons,
      [
        "rows.csv: field 'key': the commit is signed by '\(accountant.verifierKey.id)', "
          + "which was revoked at seq 12"
      ])
  }

  func testLastAdministratorCannotBeRevoked() throws {
    try createStandardLedger()
    let issues = rejection([["kind": "key.revoke", "key": TestKeys.adminVerifierKey]])
    XCTAssertEqual(issues.map(\.field), ["key"])
    XCTAssertEqual(
      issues.first?.reason,
      RuleViolation.lastAdministrator(TestKeys.adminSigner.keyID).description)
  }

  func testKeyIsRegisteredOnce() throws {
    try createLedgerWithAccountant()
    let issues = rejection([
      ["kind": "key", "key": accountant.verifierKey.encoded, "role": "auditor"]
    ])
    XCTAssertEqual(
      issues.first?.reason,
      RuleViolation.keyAlreadyRegistered(
        accountant.verifierKey.id
      ).description)
  }

  func testAccountantKeyNeedsAUnion() throws {
    try createStandardLedger()
    let issues = rejection([
      ["kind": "key", "key": accountant.verifierKey.encoded, "role": "accountant"]
    ])
    XCTAssertEqual(
      issues.first?.reason,
      RuleViolation.keyUnionMismatch(role: .accountant, union: nil).description)
  }

  // MARK: Forgeries the verifier catches

  private func journalLines() throws -> [String] {
    try journalBytes().split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
  }

  private func replaceLine(_ index: Int, with line: String) throws {
    var lines = try journalLines()
    lines[index] = line
    try writeJournal(Array((lines.joined(separator: "\n") + "\n").utf8))
  }

  func testFlippedSignatureBitIsBadSignature() throws {
    try createLedgerWithAccountant()
    var lines = try journalLines()
    let last = lines.count - 1
    var bytes = Array(lines[last].utf8)
    let sigStart = try XCTUnwrap(lines[last].range(of: #""sig":""#)).upperBound
    let index = lines[last].utf8.distance(from: lines[last].startIndex, to: sigStart) + 3
    // Swap one base64 character for another: the signature's bits change, the line stays
    // canonical.
    bytes[index] = bytes[index] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    lines[last] = String(decoding: bytes, as: UTF8.self)
    try replaceLine(last, with: lines[last])
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "bad-signature")
    XCTAssertEqual(report.failure?.line, Int64(lines.count))
  }

  func testCommitSignedByUnregisteredKeyIsInvalid() throws {
    try createStandardLedger()
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 100))
    forged.commitSigned(by: CommitSigner(accountant))
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "unknown-signer")
    XCTAssertEqual(
      report.failure?.found,
      EntitlementProblem.unknownSigner(accountant.verifierKey.id).description)
  }

  func testCommitSignedByRevokedKeyIsInvalid() throws {
    try createLedgerWithAccountant()
    try append([["kind": "key.revoke", "key": accountant.verifierKey.encoded]])
    var forged = try forgedBatch()
    forged.append(Make.receipt("city", 100))
    forged.commitSigned(by: CommitSigner(accountant))
    try appendToJournal(forged.bytes)
    XCTAssertEqual(try verify().failure?.code, "revoked-signer")
  }

  func testCommitByAccountantOutsideSubtreeIsInvalid() throws {
    try createLedgerWithAccountant()
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 100))
    forged.commitSigned(by: CommitSigner(accountant))
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "signer-not-entitled")
    // The forged entry is seq 12; its commit, seq 13, is where the signer is judged.
    XCTAssertEqual(report.failure?.seq, 13)
  }

  func testUnsignedCommitIsInvalid() throws {
    try createStandardLedger()
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 100))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "unsigned-commit")
  }

  func testCommitMovedToAnotherPlaceInTheChainIsInvalid() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "10.00")])
    try append([Row.receipt("prov", "20.00")])
    var lines = try journalLines()
    // Take the signature of the first receipt's commit and put it on the second's commit:
    // the signed bytes (seq, prev) differ, so it cannot verify.
    let first = lines[lines.count - 3]
    let second = lines[lines.count - 1]
    let signature = try XCTUnwrap(first.components(separatedBy: #""sig":""#).last)
    let moved =
      try XCTUnwrap(second.components(separatedBy: #""sig":""#).first)
      + #""sig":""# + signature
    lines[lines.count - 1] = moved
    try writeJournal(Array((lines.joined(separator: "\n") + "\n").utf8))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "bad-signature")
    XCTAssertEqual(report.failure?.line, Int64(lines.count))
  }
}
