import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

/// The verifier checks refund periods out of core, yet reports exactly what the in-memory
/// check of `apply` reports: where, which refund in force, and against the pass's own
/// failure.
final class VerifierRefundOverlapTests: RefundOverlapTestCase {
  /// The standard ledger with 10.00 received by `prov`.
  private func fundedLedger() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "10.00")])
  }

  private func assertSameAsInMemory(
    _ report: VerificationReport, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    assertSameReport(report, try verifyInMemory(), file: file, line: line)
  }

  func testAnOverlapWinsOverALaterCheckOfTheSameLine() throws {
    try fundedLedger()
    let seqs = try appendForged([
      [
        Make.refund("prov", 500, dues: 500, code: codeA, period: "2020-01..2020-03"),
        // Overlaps seq 9, and would also take the balance below zero (5.00 left).
        Make.refund("prov", 900, dues: 900, code: codeA, period: "2020-03"),
      ]
    ])
    let lines = try lines()
    let report = try verify()
    assertFailure(
      report, .invalid, line: seqs[0][1] + 1, seq: seqs[0][1],
      offset: offset(of: Int(seqs[0][1]), in: lines), code: "refund-period-overlaps",
      found: overlapFound(
        codeA, "2020-03", existingSeq: seqs[0][0], existingPeriod: "2020-01..2020-03"))
    try assertSameAsInMemory(report)
  }

  func testAPassFailureBeforeAnOverlapWins() throws {
    try fundedLedger()
    let seqs = try appendForged([
      [
        Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-01..2020-03"),
        Make.receipt("nowhere", 100),
        Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-02"),
      ]
    ])
    let lines = try lines()
    let report = try verify()
    assertFailure(
      report, .invalid, line: seqs[0][1] + 1, seq: seqs[0][1],
      offset: offset(of: Int(seqs[0][1]), in: lines), code: RuleViolation.unknownUnion("").code)
    try assertSameAsInMemory(report)
  }

  func testARefundReversedBeforeNoLongerBlocksItsMonths() throws {
    try fundedLedger()
    let refund = Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-01..2020-03")
    let seqs = try appendForged([[refund], [Make.reversal(of: 9, refund)]])
    XCTAssertEqual(seqs[0][0], 9)
    try appendForged([[Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-02")]])
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
    try assertSameAsInMemory(report)
  }

  func testARefundReversedAfterTheOverlapStillBlocksIt() throws {
    try fundedLedger()
    let refund = Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-01..2020-03")
    let seqs = try appendForged([
      [refund, Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-03..2020-04")],
      [Make.reversal(of: 9, refund), Make.receipt("prov", 100)],
    ])
    XCTAssertEqual(seqs[0][0], 9)
    let lines = try lines()
    let report = try verify()
    assertFailure(
      report, .invalid, line: 11, seq: 10, offset: offset(of: 10, in: lines),
      code: "refund-period-overlaps",
      found: overlapFound(
        codeA, "2020-03..2020-04", existingSeq: 9, existingPeriod: "2020-01..2020-03"))
    // The pass went on past the overlap, yet the counts are those at the overlap.
    XCTAssertEqual(report.lineCount, 11)
    XCTAssertEqual(report.commitCount, 3)
    try assertSameAsInMemory(report)
  }

  /// The first pass, which finds the reversals' targets, reads every line: a line too long
  /// to read fails the verification before any rule is checked, both ways alike.
  func testALineTooLongFailsBothWaysAlike() throws {
    try fundedLedger()
    try appendForged([
      [
        Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-01..2020-03"),
        Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-03"),
      ]
    ])
    try appendToJournal(
      [UInt8](repeating: 0x78, count: JournalLimits.lineSizeBytesMax + 10) + [0x0A])
    var errors: [String] = []
    for inMemory in [false, true] {
      var verifier = Verifier(journal: journal)
      verifier.checksRefundOverlapsInMemory = inMemory
      XCTAssertThrowsError(try verifier.verify()) { errors.append("\($0)") }
    }
    XCTAssertEqual(errors.count, 2)
    XCTAssertEqual(errors.first, errors.last)
  }

  /// Runs of three events: the refunds of 40 businesses are merged from many runs.
  func testManySortedRunsMergeToTheFirstOverlap() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "100000.00")])
    var random = SeededGenerator(seed: 7)
    let codes = (0..<40).map { _ in randomCode(&random) }
    var batches: [[Entry]] = []
    for month in 1...6 {
      batches.append(
        codes.shuffled(using: &random).map {
          Make.refund("prov", 100, dues: 100, code: $0, period: "2020-0\(month)")
        })
    }
    // The refund of codes[5] for February and March overlaps its February refund first;
    // that of codes[1] overlaps too, but later.
    batches.append([
      Make.refund("prov", 100, dues: 100, code: codes[9], period: "2020-07"),
      Make.refund("prov", 100, dues: 100, code: codes[5], period: "2020-02..2020-03"),
      Make.refund("prov", 100, dues: 100, code: codes[1], period: "2020-01"),
    ])
    let seqs = try appendForged(batches)
    let februarySeq = seqs[1][batches[1].firstIndex { entryCode($0) == codes[5] } ?? -1]
    let lines = try lines()
    let report = try verify(runSizeBytes: 3 * MemoryLayout<RefundEvent>.stride)
    let seq = seqs[6][1]
    assertFailure(
      report, .invalid, line: seq + 1, seq: seq, offset: offset(of: Int(seq), in: lines),
      code: "refund-period-overlaps",
      found: overlapFound(
        codes[5], "2020-02..2020-03", existingSeq: februarySeq, existingPeriod: "2020-02"))
    assertSameReport(report, try verifyInMemory())
  }

  func testAnUnwritableTemporaryDirectoryIsASystemErrorNeverAPass() throws {
    try fundedLedger()
    try appendForged([
      [
        Make.refund("prov", 100, dues: 100, code: codeA, period: "2020-01"),
        Make.refund("prov", 100, dues: 100, code: codeB, period: "2020-01"),
      ]
    ])
    let saved = getenv("TMPDIR").map { String(cString: $0) }
    setenv("TMPDIR", "/nonexistent-relief-tmp", 1)
    defer {
      if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") }
    }
    // One event per run: the second one needs the temporary file.
    XCTAssertThrowsError(try verify(runSizeBytes: 1)) { error in
      guard case JournalError.system(let system) = error else {
        return XCTFail("expected a system error, got \(error)")
      }
      XCTAssertEqual(system.operation, "open")
      XCTAssertEqual(system.code, ENOENT)
      XCTAssertTrue(system.path.hasPrefix("/nonexistent-relief-tmp/relief-verify-"), system.path)
    }
    // The same ledger verifies where the temporary directory is writable.
    unsetenv("TMPDIR")
    XCTAssertEqual(try verify(runSizeBytes: 1).verdict, .valid)
  }

  func testTheSortedEventsOfManyRunsComeOutInOrder() throws {
    var random = SeededGenerator(seed: 3)
    for runCount in [1, 2, 5, 1000] {
      var sort = ExternalSort<UInt64>(runSizeBytes: runCount * 8)
      let values = (0..<777).map { _ in UInt64.random(in: 0..<300, using: &random) }
      for value in values { try sort.add(value) }
      var sorted: [UInt64] = []
      try sort.forEachSorted {
        sorted.append($0)
        return true
      }
      XCTAssertEqual(sorted, values.sorted(), "runs of \(runCount)")
    }
  }

  private func entryCode(_ entry: Entry) -> String? {
    guard case .refund(let refund) = entry.action else { return nil }
    return refund.code.text
  }
}

/// A random valid credit code.
func randomCode(_ random: inout SeededGenerator) -> String {
  let alphabet = Array(UnifiedSocialCreditCode.alphabet)
  let first17 = String((0..<17).map { _ in alphabet[Int.random(in: 0..<31, using: &random)] })
  return first17 + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) ?? "0")
}
