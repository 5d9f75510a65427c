import ReliefLog
import XCTest

@testable import ReliefLedger

/// Verification of whole ledgers: valid ones, torn tails, and every bit of a small journal
/// flipped.
final class VerifierTests: VerifierTestCase {
  // MARK: Valid ledgers

  func testValidLedgerReportsCounts() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
    XCTAssertNil(report.failure)
    XCTAssertEqual(report.lineCount, 37)
    XCTAssertEqual(report.entryCount, 31)
    XCTAssertEqual(report.commitCount, 6)
    XCTAssertEqual(report.committedHead, try journal.openSnapshot().committed.head)
    XCTAssertEqual(report.committedHead.nextSeq, 37)
    XCTAssertEqual(report.sizeBytes, size)
    XCTAssertEqual(report.committedSizeBytes, size)
  }

  func testFreshLedgerIsValid() throws {
    try writer().initialize(origin: "test.example/l")
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid)
    XCTAssertEqual(report.lineCount, 2)
    XCTAssertEqual(report.entryCount, 1)
    XCTAssertEqual(report.commitCount, 1)
    XCTAssertEqual(report.committedHead.nextSeq, 2)
  }

  func testReplayedStateMatchesTheWritersState() throws {
    try buildSampleLedger()
    let state = try loadState()
    XCTAssertEqual(state.entryCount, 31)
    XCTAssertEqual(state.reversedBy, [16: 24, 22: 25])
    XCTAssertEqual(state.totals(union: "sz", program: "covid").balance, fen(66_000 + 300 - 300))
    XCTAssertEqual(state.totals(union: "sz", program: "relief").balance, fen(0))
  }

  func testEmptyJournalIsInvalid() throws {
    try journal.create(firstBatch: [])
    assertFailure(
      try verify(), .invalid, line: 1, seq: nil, offset: 0, code: "empty-journal",
      expected: "a genesis line", found: "an empty file")
  }

  func testMissingLedgerIsAnError() {
    XCTAssertThrowsError(try verify()) { error in
      XCTAssertEqual(error as? JournalError, .ledgerNotFound(directory: ledgerDirectory))
    }
  }

  // MARK: Torn tails

  func testLastLineCutShortIsTornTail() throws {
    try buildSampleLedger()
    let bytes = try journalBytes()
    let original = splitLines(bytes)
    let last = original.count - 1
    try writeJournal(Array(bytes.dropLast(20)))
    let report = try verify()
    assertFailure(
      report, .tornTail, line: 37, seq: nil, offset: offset(of: last, in: original),
      code: "line-cut-short", expected: "a line ending in a newline",
      found: "\(original[last].count - 19) bytes without a newline")
    XCTAssertEqual(report.committedSizeBytes, offset(of: 30, in: original))
    XCTAssertEqual(report.lineCount, 36)
    XCTAssertEqual(report.entryCount, 25)
    XCTAssertEqual(report.commitCount, 5)
  }

  func testMissingFinalNewlineIsTornTail() throws {
    try buildSampleLedger()
    try writeJournal(Array(try journalBytes().dropLast()))
    let report = try verify()
    XCTAssertEqual(report.verdict, .tornTail)
    XCTAssertEqual(report.failure?.code, "line-cut-short")
  }

  func testRemovedLastCommitLineIsTornTail() throws {
    try buildSampleLedger()
    let original = try lines()
    let altered = Array(original.dropLast())
    try writeJournal(joinLines(altered))
    let size = Int64(joinLines(altered).count)
    let report = try verify()
    assertFailure(
      report, .tornTail, line: 37, seq: 36, offset: size, code: "uncommitted-batch",
      expected: "a commit line",
      found: "the end of the journal after 6 uncommitted entries")
    XCTAssertEqual(report.entryCount, 25)
    XCTAssertEqual(report.committedSizeBytes, offset(of: 30, in: original))
    XCTAssertEqual(report.sizeBytes, size)
  }

  func testUncommittedRuleBreakIsStillOnlyATornTail() throws {
    try buildSampleLedger()
    let head = try journal.openSnapshot().committed
    var forged = try forgedBatch()
    forged.append(Make.disbursement("sz", 999_999_999))
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .tornTail)
    XCTAssertEqual(report.failure?.code, "uncommitted-batch")
    XCTAssertEqual(report.committedHead, head.head)
  }

  func testUnchainedTornTailIsInvalid() throws {
    try buildSampleLedger()
    var forged = BatchBuilder(
      after: ChainHead(nextSeq: 37, lastHash: .zero, lastTimeMillis: fixedMillis),
      nowMillis: fixedMillis)
    forged.append(Make.receipt("sz", 1))
    let size = Int64(try journalBytes().count)
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size, code: "prev-mismatch")
  }

  func testGenesisWithoutCommitIsTornTail() throws {
    try writer().initialize(origin: "test.example/l")
    let first = try lines()[0]
    try writeJournal(first + [0x0A])
    let report = try verify()
    XCTAssertEqual(report.verdict, .tornTail)
    XCTAssertEqual(report.failure?.code, "uncommitted-batch")
    XCTAssertEqual(report.entryCount, 0)
  }

  // MARK: Every bit of a small journal

  func testFlippingAnyBitIsNeverValid() throws {
    try writer().initialize(origin: "test.example/l")
    try append([
      Row.union("prov", name: "江苏省总工会"),
      Row.union("city", name: "南通市总工会", parent: "prov"),
      Row.program("covid"),
      Row.receipt("prov", "1000.00", requestID: "r-1"),
      Row.allocation("prov", to: "city", "300.00"),
      Row.refund("city", "50.00", dues: "80.00"),
      Row.disbursement("city", "100.00", headcount: "12"),
    ])
    let original = try journalBytes()
    XCTAssertGreaterThan(original.count, 1800)
    XCTAssertLessThan(original.count, 2600)
    let lastLineStart = (original.dropLast().lastIndex(of: 0x0A) ?? -1) + 1
    var problems: [String] = []
    var checked = 0
    for offset in original.indices {
      // One bit of every byte, rotating through the bit positions; every bit of the last
      // line, which no later `prev` protects.
      let bits = offset >= lastLineStart ? Array(0..<8) : [offset % 8]
      for bit in bits {
        var altered = original
        altered[offset] ^= UInt8(1) << bit
        try writeJournal(altered)
        let report = try verify()
        checked += 1
        switch report.verdict {
        case .valid:
          problems.append("offset \(offset) bit \(bit): valid")
        case .tornTail where offset < lastLineStart:
          problems.append(
            "offset \(offset) bit \(bit): torn tail (\(report.failure?.code ?? "?"))")
        case .tornTail, .invalid:
          break
        }
      }
    }
    XCTAssertEqual(checked, lastLineStart + 8 * (original.count - lastLineStart))
    XCTAssertEqual(problems, [], "\(problems.prefix(20))")
  }
}
