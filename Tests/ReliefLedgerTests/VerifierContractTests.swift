import ReliefLog
import XCTest

@testable import ReliefLedger

/// Hand-made journals on which an independent verifier written from docs/FORMAT.md once
/// disagreed with `relief verify`: control characters, who signs the genesis batch, and
/// commits with only one of `signer` and `sig`.
final class VerifierContractTests: LedgerTestCase {
  private let committedAt = fixedMillis

  /// The genesis batch (genesis and a union) signed by the test administrator, written as
  /// the journal; returns the builder of the next batch.
  private func genesisBatch() throws -> BatchBuilder {
    var batch = BatchBuilder(after: .empty, nowMillis: committedAt)
    batch.append(Make.genesis())
    batch.append(Make.union("prov"))
    batch.commitSigned()
    try journal.create(firstBatch: batch.bytes)
    return BatchBuilder(after: batch.head, nowMillis: committedAt)
  }

  private var genesisBatchSizeBytes: Int64 {
    get throws { Int64(try journalBytes().count) }
  }

  // MARK: Control characters (FORMAT.md, "Canonical encoding")

  func testC1ControlInANameIsMalformedEntry() throws {
    var next = try genesisBatch()
    let offset = try genesisBatchSizeBytes
    next.append(Make.union("city", name: "南通\u{85}总工会", parent: "prov"))
    next.commitSigned()
    try appendToJournal(next.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "malformed-entry")
    XCTAssertEqual(report.failure?.line, 4)
    XCTAssertEqual(report.failure?.seq, 3)
    XCTAssertEqual(report.failure?.offset, offset)
    XCTAssertTrue(
      report.failure?.found.contains("control character U+0085 is not allowed") ?? false,
      report.failure?.found ?? "no failure")
  }

  func testEveryC1ControlAndDeleteAreRefusedAndTheirNeighboursAccepted() throws {
    let refused: [Unicode.Scalar] = ["\u{7F}", "\u{80}", "\u{8A}", "\u{9F}"]
    let accepted: [Unicode.Scalar] = ["\u{7E}", "\u{A0}", "\u{FF}"]
    for scalar in refused + accepted {
      let entry = Make.union("city", name: "a\(Character(scalar))b", parent: "prov")
      var line = BatchBuilder(after: .empty, nowMillis: committedAt)
      line.append(entry)
      let bytes = Array(line.bytes.dropLast())
      let decoded = bytes.withUnsafeBytes { try? EntryDecoder.decode($0) }
      XCTAssertEqual(decoded == nil, refused.contains(scalar), "U+\(scalar.value)")
      XCTAssertEqual(
        FieldRules.checkName("a\(Character(scalar))b") == nil, accepted.contains(scalar),
        "U+\(scalar.value)")
    }
  }

  func testDeleteInAMemoIsMalformedEntry() throws {
    var next = try genesisBatch()
    next.append(
      Entry(date: day("2020-05-01"), action: .program(.init(id: "p", name: "基金")), memo: "a\u{7F}"))
    next.commitSigned()
    try appendToJournal(next.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "malformed-entry")
    XCTAssertTrue(
      report.failure?.found.contains("U+007F") ?? false, "\(String(describing: report.failure))")
  }

  func testEscapedC0ControlInANameIsMalformedEntry() throws {
    var next = try genesisBatch()
    next.append(Make.union("city", name: "tab\there", parent: "prov"))
    next.commitSigned()
    try appendToJournal(next.bytes)
    XCTAssertTrue(text(try journalBytes()).contains(#""name":"tab\u0009here""#))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "malformed-entry")
    XCTAssertTrue(
      report.failure?.found.contains("contains the control character U+0009") ?? false,
      report.failure?.found ?? "no failure")
  }

  func testC1ControlInACommitSignerIsMalformedLine() throws {
    var next = try genesisBatch()
    next.append(Make.program("covid"))
    next.commit(signer: "test-admin\u{9B}", sign: { _ in "AAAA" })
    try appendToJournal(next.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "malformed-line")
    XCTAssertEqual(report.failure?.line, 5)
  }

  func testC1ControlInInputIsRejectedNamingRowAndField() throws {
    try createStandardLedger()
    let issues = rejection([
      Row.union("village", name: "村\u{85}委", parent: "town"),
      ["kind": "program", "date": "2020-05-01", "id": "p2", "name": "基金", "memo": "x\u{9F}"],
    ])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "rows.csv:2: field 'name': contains the control character U+0085 (no tab, newline or "
          + "other control character: U+0000 to U+001F, U+007F to U+009F)",
        "rows.csv:3: field 'memo': contains the control character U+009F (no tab, newline or "
          + "other control character: U+0000 to U+001F, U+007F to U+009F)",
      ])
  }

  // MARK: Who signs the genesis batch (FORMAT.md, "Keys")

  func testGenesisBatchSignedByAKeyItRegistersIsUnknownSigner() throws {
    var batch = BatchBuilder(after: .empty, nowMillis: committedAt)
    batch.append(Make.genesis())
    batch.append(
      Entry(
        date: day("2020-05-01"),
        action: .key(KeyRegistration(key: TestKeys.other.verifierKey.encoded, role: .admin))))
    batch.commitSigned(by: CommitSigner(TestKeys.other))
    try journal.create(firstBatch: batch.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "unknown-signer")
    XCTAssertEqual(report.failure?.line, 3)
    XCTAssertEqual(report.failure?.seq, 2)
  }

  func testGenesisBatchSignedByTheGenesisKeyIsValidEvenIfTheBatchRevokesIt() throws {
    var batch = BatchBuilder(after: .empty, nowMillis: committedAt)
    batch.append(Make.genesis())
    batch.append(
      Entry(
        date: day("2020-05-01"),
        action: .key(KeyRegistration(key: TestKeys.other.verifierKey.encoded, role: .admin))))
    batch.append(
      Entry(
        date: day("2020-05-01"),
        action: .keyRevocation(KeyRevocation(key: TestKeys.adminVerifierKey))))
    batch.commitSigned()
    try journal.create(firstBatch: batch.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
  }

  func testGenesisDatedAfterItsAppendTimeIsDateInFuture() throws {
    var batch = BatchBuilder(after: .empty, nowMillis: committedAt)
    batch.append(Make.genesis(date: "2020-06-02"))
    batch.commitSigned()
    try journal.create(firstBatch: batch.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "date-in-future")
    XCTAssertEqual(report.failure?.line, 1)
  }

  // MARK: signer and sig (FORMAT.md, "Batches and commit lines")

  func testCommitWithNeitherSignerNorSigIsUnsigned() throws {
    var next = try genesisBatch()
    next.append(Make.program("covid"))
    next.commit(signer: "")
    try appendToJournal(next.bytes)
    XCTAssertTrue(text(try journalBytes()).hasSuffix(#""signer":"","sig":""}"# + "\n"))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "unsigned-commit")
    XCTAssertEqual(report.failure?.line, 5)
  }

  func testCommitWithASignerButNoSigIsPartlySigned() throws {
    var next = try genesisBatch()
    next.append(Make.program("covid"))
    next.commit(signer: TestKeys.adminSigner.keyID)
    try appendToJournal(next.bytes)
    XCTAssertTrue(text(try journalBytes()).hasSuffix(#"","sig":""}"# + "\n"))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "partly-signed-commit")
    XCTAssertEqual(report.failure?.line, 5)
    XCTAssertEqual(report.failure?.found, EntitlementProblem.partlySigned.description)
  }

  func testCommitWithASigButNoSignerIsPartlySigned() throws {
    var next = try genesisBatch()
    next.append(Make.program("covid"))
    next.commit(signer: "", sign: TestKeys.adminSigner.signature(for:))
    try appendToJournal(next.bytes)
    XCTAssertTrue(text(try journalBytes()).contains(#""signer":"","sig":"#))
    let report = try verify()
    XCTAssertEqual(report.failure?.code, "partly-signed-commit")
    XCTAssertEqual(report.failure?.line, 5)
  }
}
