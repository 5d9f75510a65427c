import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

final class VerifierTests: LedgerTestCase {
  // MARK: Fixtures

  /// A ledger of 31 entries in 6 batches (38 lines), every kind included.
  private func buildSampleLedger() throws {
    try writer().initialize(origin: "test.example/l")
    try append([  // seqs 2-7, commit 8
      Row.union("national", name: "中华全国总工会"),
      Row.union("js", name: "江苏省总工会", parent: "national"),
      Row.union("nt", name: "南通市总工会", parent: "js"),
      Row.union("sz", name: "苏州市总工会", parent: "js"),
      Row.program("covid", name: "2020年疫情防控专项资金"),
      Row.program("relief", name: "困难职工帮扶资金"),
    ])
    try append([  // seqs 9-14, commit 15
      Row.receipt("national", "10000.00", requestID: "r-1"),
      Row.receipt("js", "2000.00", counterparty: "某慈善基金会"),
      Row.receipt("national", "500.00", program: "relief"),
      Row.allocation("national", to: "js", "3000.00"),
      Row.allocation("js", to: "nt", "1000.00"),
      Row.allocation("js", to: "sz", "800.00"),
    ])
    try append([  // seqs 16-22, commit 23
      Row.refund("nt", "50.00", dues: "80.00", code: codeA, requestID: "ref-1"),
      Row.refund("nt", "30.00", dues: "30.00", code: codeB, period: "2020-04"),
      Row.refund("sz", "20.00", dues: "25.00", code: codeC),
      Row.subsidy("sz", "120.00", headcount: "4"),
      Row.subsidy("nt", "60.00", category: "purchase"),
      Row.disbursement("nt", "200.00", headcount: "40"),
      Row.disbursement("sz", "50.00", headcount: "100", category: "insurance"),
    ])
    try append([  // seqs 24-28, commit 29
      Row.reversal(request: "ref-1"),
      Row.reversal(seq: 22),
      Row.receipt("nt", "10.00"),
      Row.allocation("national", to: "sz", "100.00", program: "relief"),
      Row.disbursement("sz", "100.00", headcount: "2", program: "relief"),
    ])
    try append([  // seqs 30-35, commit 36
      Row.receipt("sz", "1.00"),
      Row.receipt("sz", "2.00"),
      Row.refund("nt", "40.00", dues: "80.00", code: codeA, period: "2020-01..2020-02"),
      Row.disbursement("nt", "5.00", headcount: "1"),
      Row.subsidy("js", "1.00", category: "employment", headcount: "0"),
      Row.allocation("sz", to: "nt", "3.00"),
    ])
  }

  private func lines() throws -> [[UInt8]] { splitLines(try journalBytes()) }

  private func decodedEntry(_ line: [UInt8]) throws -> Entry {
    try line.withUnsafeBytes { try EntryDecoder.decode($0) }.entry
  }

  /// Byte offset of line `index` (from 0) in a journal of `lines`.
  private func offset(of index: Int, in lines: [[UInt8]]) -> Int64 {
    Int64(lines[..<index].reduce(0) { $0 + $1.count + 1 })
  }

  /// Index of the first line containing `fragment`.
  private func index(of fragment: String, in lines: [[UInt8]]) -> Int {
    lines.firstIndex { text($0).contains(fragment) } ?? -1
  }

  /// Replaces the first occurrence of `old` in line `index` by `new` (same length).
  private func tamper(
    _ lines: [[UInt8]], line index: Int, _ old: String, _ new: String
  ) -> [[UInt8]] {
    var result = lines
    let original = text(lines[index])
    guard let range = original.range(of: old) else {
      XCTFail("'\(old)' not in line \(index)")
      return lines
    }
    result[index] = utf8(original.replacingCharacters(in: range, with: new))
    XCTAssertEqual(result[index].count, lines[index].count)
    return result
  }

  private func assertFailure(
    _ report: VerificationReport, _ verdict: VerificationReport.Verdict, line: Int64,
    seq: Int64?, offset: Int64, code: String, expected: String? = nil, found: String? = nil,
    file: StaticString = #filePath, sourceLine: UInt = #line
  ) {
    XCTAssertEqual(report.verdict, verdict, file: file, line: sourceLine)
    guard let failure = report.failure else {
      return XCTFail("no failure reported", file: file, line: sourceLine)
    }
    XCTAssertEqual(failure.code, code, failure.message, file: file, line: sourceLine)
    XCTAssertEqual(failure.line, line, "line", file: file, line: sourceLine)
    XCTAssertEqual(failure.seq, seq, "seq", file: file, line: sourceLine)
    XCTAssertEqual(failure.offset, offset, "offset", file: file, line: sourceLine)
    if let expected { XCTAssertEqual(failure.expected, expected, file: file, line: sourceLine) }
    if let found { XCTAssertEqual(failure.found, found, file: file, line: sourceLine) }
  }

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
    XCTAssertEqual(report.unsignedCommitCount, 6)
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

  // MARK: Altered committed lines

  func testAmountDigitChangeIsPrevMismatchOnTheNextLine() throws {
    try buildSampleLedger()
    let original = try lines()
    let target = index(of: #""amount_fen":1000000,"#, in: original)
    XCTAssertEqual(target, 9)
    let altered = tamper(
      original, line: target, #""amount_fen":1000000,"#, #""amount_fen":2000000,"#)
    try writeJournal(joinLines(altered))
    let report = try verify()
    assertFailure(
      report, .invalid, line: 11, seq: 10, offset: offset(of: 10, in: original),
      code: "prev-mismatch", expected: "prev " + SHA256.hash(altered[9]).hex,
      found: "prev " + SHA256.hash(original[9]).hex)
    XCTAssertEqual(report.lineCount, 10)
  }

  func testNonDigitInAmountIsMalformedEntry() throws {
    try buildSampleLedger()
    let original = try lines()
    let altered = tamper(original, line: 9, #":1000000,"#, #":10O0000,"#)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 10, seq: 9, offset: offset(of: 9, in: original),
      code: "malformed-entry", expected: "a canonical entry line")
  }

  func testLeadingZeroInAmountIsMalformedEntry() throws {
    try buildSampleLedger()
    let original = try lines()
    let altered = tamper(original, line: 9, #":1000000,"#, #":0000000,"#)
    try writeJournal(joinLines(altered))
    let report = try verify()
    assertFailure(
      report, .invalid, line: 10, seq: 9, offset: offset(of: 9, in: original),
      code: "malformed-entry")
    XCTAssertTrue(report.failure?.found.hasSuffix("integer has a leading zero") ?? false)
  }

  func testHeaderChangeIsMalformedLine() throws {
    try buildSampleLedger()
    let original = try lines()
    let altered = tamper(original, line: 12, #"{"seq""#, #"{"seQ""#)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 13, seq: nil, offset: offset(of: 12, in: original),
      code: "malformed-line", expected: "a canonical journal line",
      found: #"byte 1: expected {"seq": in the line header"#)
  }

  func testLastCommitEntriesChangeIsCommitCountMismatch() throws {
    try buildSampleLedger()
    let original = try lines()
    let last = original.count - 1
    let altered = tamper(original, line: last, #""entries":6,"#, #""entries":7,"#)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 37, seq: 36, offset: offset(of: last, in: original),
      code: "commit-count-mismatch", expected: "entries 6", found: "entries 7")
  }

  func testLastCommitPrevChangeIsPrevMismatch() throws {
    try buildSampleLedger()
    let original = try lines()
    let last = original.count - 1
    let prev = SHA256.hash(original[last - 1]).hex
    let forgedPrev = (prev.first == "a" ? "b" : "a") + prev.dropFirst()
    let altered = tamper(original, line: last, prev, forgedPrev)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 37, seq: 36, offset: offset(of: last, in: original),
      code: "prev-mismatch", expected: "prev " + prev, found: "prev " + forgedPrev)
  }

  func testLastCommitTimeDecreaseIsTimeWentBackwards() throws {
    try buildSampleLedger()
    let original = try lines()
    let last = original.count - 1
    let altered = tamper(original, line: last, "1590969600000", "1590969500000")
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 37, seq: 36, offset: offset(of: last, in: original),
      code: "time-went-backwards", expected: "time_ms at least 1590969600000",
      found: "time_ms 1590969500000")
  }

  func testLastCommitTimeIncreaseIsDetected() throws {
    try buildSampleLedger()
    let original = try lines()
    let last = original.count - 1
    let altered = tamper(original, line: last, "1590969600000", "1590969700000")
    try writeJournal(joinLines(altered))
    // Nothing after the last line names its hash, so only the rule that a batch has one
    // time catches this.
    assertFailure(
      try verify(), .invalid, line: 37, seq: 36, offset: offset(of: last, in: original),
      code: "time-changed-in-batch", expected: "time_ms 1590969600000 (the batch's time)",
      found: "time_ms 1590969700000")
  }

  func testDeletedLineIsSeqMismatch() throws {
    try buildSampleLedger()
    var altered = try lines()
    altered.remove(at: 12)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 13, seq: 13, offset: offset(of: 12, in: altered),
      code: "seq-mismatch", expected: "seq 12", found: "seq 13")
  }

  func testDeletedCommittedBatchInTheMiddleIsSeqMismatch() throws {
    try buildSampleLedger()
    var altered = try lines()
    altered.removeSubrange(16...23)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 17, seq: 24, offset: offset(of: 16, in: altered),
      code: "seq-mismatch", expected: "seq 16", found: "seq 24")
  }

  func testSwappedLinesAreSeqMismatch() throws {
    try buildSampleLedger()
    var altered = try lines()
    altered.swapAt(12, 13)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 13, seq: 13, offset: offset(of: 12, in: altered),
      code: "seq-mismatch", expected: "seq 12", found: "seq 13")
  }

  func testSwappedLinesWithRenumberedSeqsArePrevMismatch() throws {
    try buildSampleLedger()
    var altered = try lines()
    altered.swapAt(12, 13)
    altered = tamper(altered, line: 12, #"{"seq":13,"#, #"{"seq":12,"#)
    altered = tamper(altered, line: 13, #"{"seq":12,"#, #"{"seq":13,"#)
    try writeJournal(joinLines(altered))
    assertFailure(
      try verify(), .invalid, line: 13, seq: 12, offset: offset(of: 12, in: altered),
      code: "prev-mismatch")
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

  // MARK: Forged batches with a correct chain

  func testForgedOverdraftIsInvalid() throws {
    try buildSampleLedger()
    let balance = try loadState().totals(union: "sz", program: "covid").balance
    XCTAssertEqual(balance, fen(66_000))
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(Make.disbursement("sz", balance.fen + 1))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    let violation = RuleViolation.balanceWouldGoNegative(
      union: "sz", program: "covid", balance: balance, amount: fen(balance.fen + 1))
    let report = try verify()
    assertFailure(
      report, .invalid, line: 38, seq: 37, offset: size, code: "balance-would-go-negative",
      expected: "an entry that keeps the rules", found: violation.description)
    XCTAssertEqual(report.failure?.message, "rule broken: \(violation)")
  }

  func testForgedBatchThatKeepsTheRulesIsValid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    forged.append(Make.disbursement("sz", 66_000))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testReversalWithAlteredCopyOfOriginalIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var altered = try decodedEntry(try lines()[10])
    guard case .receipt(var receipt) = altered.action else { return XCTFail("not a receipt") }
    receipt.amount = fen(receipt.amount.fen - 1)
    altered.action = .receipt(receipt)
    var forged = try forgedBatch()
    forged.append(Make.reversal(of: 10, altered))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size,
      code: "reversal-does-not-match-original",
      found: RuleViolation.reversalDoesNotMatchOriginal(seq: 10).description)
  }

  func testReversalWithExactCopyOfOriginalIsValid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    let original = try decodedEntry(try lines()[10])
    XCTAssertEqual(original.kind, .receipt)
    forged.append(Make.reversal(of: 10, original))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
  }

  func testReversalOfCommitLineIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(Make.reversal(of: 8, Make.receipt("national", 1)))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size,
      code: "reversal-of-unknown-entry")
  }

  func testForgedSecondReversalIsInvalid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    let original = try decodedEntry(try lines()[16])
    forged.append(Make.reversal(of: 16, original))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "already-reversed")
    XCTAssertEqual(
      report.failure?.found, RuleViolation.alreadyReversed(seq: 16, bySeq: 24).description)
  }

  func testTimeGoingBackwardsIsInvalid() throws {
    try buildSampleLedger()
    let size = Int64(try journalBytes().count)
    var head = try journal.openSnapshot().committed.head
    head.lastTimeMillis = 0
    var forged = BatchBuilder(after: head, nowMillis: fixedMillis - 1)
    forged.append(Make.receipt("sz", 1))
    forged.commit(signer: "")
    try appendToJournal(forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 38, seq: 37, offset: size, code: "time-went-backwards",
      expected: "time_ms at least 1590969600000", found: "time_ms 1590969599999")
  }

  func testForgedCommitWithWrongCountIsInvalid() throws {
    try buildSampleLedger()
    var forged = try forgedBatch()
    forged.append(Make.receipt("sz", 1))
    forged.append(Make.receipt("sz", 2))
    forged.commit(signer: "")
    let forgedLines = splitLines(forged.bytes)
    let commit = tamper(forgedLines, line: 2, #""entries":2,"#, #""entries":1,"#)
    try appendToJournal(joinLines(commit))
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.code, "commit-count-mismatch")
    XCTAssertEqual(report.failure?.line, 40)
  }

  func testJournalNotStartingWithGenesisIsInvalid() throws {
    var forged = BatchBuilder(after: .empty, nowMillis: fixedMillis)
    forged.append(Make.union("prov"))
    forged.commit(signer: "")
    try journal.create(firstBatch: forged.bytes)
    assertFailure(
      try verify(), .invalid, line: 1, seq: 0, offset: 0, code: "genesis-missing")
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
