import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

/// Hand-made journals with made-and-checked commits (制单/审核): the verifier's codes.
final class MakerCheckerVerifierTests: LedgerTestCase {
  private let maker = CommitSigner(TestKeys.other)
  private let reviewer = CommitSigner(TestKeys.key("test-reviewer", seedByte: 3))

  /// The standard ledger, a maker (accountant of `city`), a reviewer, 1,000.00 yuan in
  /// `city` and a review threshold of 100.00 yuan on `city`.
  private func prepare() throws {
    try createStandardLedger()
    try append([
      ["kind": "key", "key": maker.verifierKey, "role": "accountant", "union": "city"],
      ["kind": "key", "key": reviewer.verifierKey, "role": "reviewer"],
      Row.receipt("city", "1000"),
      ["kind": "review-threshold", "union": "city", "amount": "100"],
    ])
  }

  /// A batch of one 150.00 yuan disbursement, committed by `signer` with `makerSigner`'s
  /// signature if given.
  private func forge(signer: CommitSigner, makerSigner: CommitSigner?) throws -> Int64 {
    let size = Int64(try journalBytes().count)
    var batch = try forgedBatch()
    batch.append(Make.disbursement("city", 15_000))
    var claim: (keyID: String, signature: String)?
    if let makerSigner {
      let digest = try XCTUnwrap(BatchDigest.of(batch.bytes))
      let message = MakerSignature.message(
        origin: "test.example/l", entryCount: 1, digest: digest.finalize())
      claim = (makerSigner.keyID, makerSigner.signature(for: message))
    }
    batch.commit(signer: signer.keyID, maker: claim, sign: signer.signature(for:))
    try appendToJournal(batch.bytes)
    return size
  }

  func testBatchOverTheThresholdWithoutAMakerIsReviewRequired() throws {
    try prepare()
    _ = try forge(signer: TestKeys.adminSigner, makerSigner: nil)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "review-required")
    XCTAssertEqual(report.failure?.seq, 13)
    XCTAssertEqual(
      report.failure?.found,
      "the batch moves 150.00 yuan in the subtree of union 'city', above its review threshold "
        + "of 100.00 yuan: stage it (--stage) and have a reviewer approve it (relief approve)")
  }

  func testBatchMadeAndCheckedByTheSameKeyIsMakerIsChecker() throws {
    try prepare()
    _ = try forge(signer: reviewer, makerSigner: reviewer)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "maker-is-checker")
    XCTAssertEqual(report.failure?.seq, 13)
  }

  func testMadeAndCheckedBatchIsValidAndCannotBeCommittedTwice() throws {
    try prepare()
    _ = try forge(signer: reviewer, makerSigner: maker)
    XCTAssertEqual(try verify().verdict, .valid)
    _ = try forge(signer: reviewer, makerSigner: maker)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "maker-signature-reused")
    XCTAssertEqual(report.failure?.seq, 15)
  }

  func testCheckerThatIsNotAReviewerAndMalformedMakerFieldsHaveTheirCodes() throws {
    try prepare()
    _ = try forge(signer: TestKeys.adminSigner, makerSigner: maker)
    XCTAssertEqual(try verify().failure?.code, "checker-not-reviewer")
    try createFreshJournalWithBadMakerSignature()
  }

  private func createFreshJournalWithBadMakerSignature() throws {
    try FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try prepare()
    var batch = try forgedBatch()
    batch.append(Make.disbursement("city", 15_000))
    batch.commit(
      signer: reviewer.keyID, maker: (maker.keyID, "not base64"), sign: reviewer.signature(for:))
    try appendToJournal(batch.bytes)
    XCTAssertEqual(try verify().failure?.code, "malformed-maker")
  }

  func testMakerSignatureOverOtherEntriesIsBadMakerSignature() throws {
    try prepare()
    var batch = try forgedBatch()
    batch.append(Make.disbursement("city", 15_000))
    var other = try forgedBatch()
    other.append(Make.disbursement("city", 15_001))
    let digest = try XCTUnwrap(BatchDigest.of(other.bytes))
    let message = MakerSignature.message(
      origin: "test.example/l", entryCount: 1, digest: digest.finalize())
    batch.commit(
      signer: reviewer.keyID, maker: (maker.keyID, maker.signature(for: message)),
      sign: reviewer.signature(for:))
    try appendToJournal(batch.bytes)
    XCTAssertEqual(try verify().failure?.code, "bad-maker-signature")
  }

  func testOldCommitLinesWithoutMakerFieldsStillVerify() throws {
    try prepare()
    try append([Row.disbursement("city", "100")])
    XCTAssertEqual(try verify().verdict, .valid)
    let text = String(decoding: try journalBytes(), as: UTF8.self)
    XCTAssertFalse(text.contains("\"maker\""))
  }

  func testAMakerKeyThatIsNotRegisteredIsUnknownMaker() throws {
    try prepare()
    _ = try forge(
      signer: reviewer, makerSigner: CommitSigner(TestKeys.key("stranger", seedByte: 9)))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "unknown-maker")
    XCTAssertEqual(report.failure?.seq, 13)
  }

  func testAMakerKeyRevokedBeforeTheBatchIsRevokedMaker() throws {
    try prepare()
    try append([["kind": "key.revoke", "key": maker.verifierKey]])
    _ = try forge(signer: reviewer, makerSigner: maker)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "revoked-maker")
    XCTAssertEqual(report.failure?.seq, 15)
  }

  func testAMakerOutsideTheBatchsUnionIsMakerNotEntitled() throws {
    try prepare()
    let townAccountant = CommitSigner(TestKeys.key("town-accountant", seedByte: 11))
    try append([
      ["kind": "key", "key": townAccountant.verifierKey, "role": "accountant", "union": "town"]
    ])
    _ = try forge(signer: reviewer, makerSigner: townAccountant)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "maker-not-entitled")
    XCTAssertEqual(report.failure?.seq, 15)
  }

  func testAReviewerOfAnotherSubtreeIsCheckerNotReviewer() throws {
    try prepare()
    let townReviewer = CommitSigner(TestKeys.key("town-reviewer", seedByte: 12))
    try append([
      ["kind": "key", "key": townReviewer.verifierKey, "role": "reviewer", "union": "town"]
    ])
    _ = try forge(signer: townReviewer, makerSigner: maker)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "checker-not-reviewer")
    XCTAssertEqual(report.failure?.seq, 15)
  }
}
