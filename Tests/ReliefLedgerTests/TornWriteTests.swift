import Foundation
import XCTest

@testable import ReliefLedger
@testable import ReliefLog

/// Crashes during an append, simulated by cutting the journal's last batch at every byte:
/// verification reports a torn tail (or a valid ledger when the cut falls exactly on a
/// commit boundary), and recovery restores exactly the last committed prefix and keeps the
/// cut bytes.
final class TornWriteTests: VerifierTestCase {
  /// A small ledger (two batches; few signatures keep every-byte sweeps fast) plus one
  /// more batch: returns (the committed prefix before the last batch, the whole journal).
  private func ledgerWithLastBatch(_ rows: [[String: String]]) throws -> ([UInt8], [UInt8]) {
    try createStandardLedger()
    try append([Row.receipt("prov", "5000.00"), Row.allocation("prov", to: "city", "900.00")])
    let prefix = try journalBytes()
    try append(rows)
    return (prefix, try journalBytes())
  }

  /// Writes `full[..<cut]` as the journal, verifies, recovers if torn, and checks the
  /// outcome against `prefix` (the last commit before the cut batch).
  private func checkCut(
    _ full: [UInt8], at cut: Int, prefix: [UInt8], file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let cutBytes = Array(full[..<cut])
    try writeJournal(cutBytes)
    let report = try verify()
    if cut == prefix.count || cut == full.count {
      XCTAssertEqual(report.verdict, .valid, "cut at \(cut)", file: file, line: line)
      return
    }
    XCTAssertEqual(
      report.verdict, .tornTail, "cut at \(cut): \(report.failure?.message ?? "")", file: file,
      line: line)
    XCTAssertEqual(report.committedSizeBytes, Int64(prefix.count), file: file, line: line)
    XCTAssertEqual(report.sizeBytes, Int64(cut), file: file, line: line)
    let side = try journal.cutTail(
      committedSizeBytes: report.committedSizeBytes, sizeBytes: report.sizeBytes,
      nowMillis: Int64(cut))
    XCTAssertEqual(try journalBytes(), prefix, "cut at \(cut)", file: file, line: line)
    let saved = [UInt8](try Data(contentsOf: URL(fileURLWithPath: side)))
    XCTAssertEqual(saved, Array(cutBytes[prefix.count...]), file: file, line: line)
    XCTAssertEqual(try verify().verdict, .valid, file: file, line: line)
  }

  func testLastBatchCutAtEveryByte() throws {
    let (prefix, full) = try ledgerWithLastBatch([Row.receipt("city", "12.34")])
    XCTAssertEqual(splitLines(full).count, splitLines(prefix).count + 2)
    for cut in prefix.count...full.count {
      try checkCut(full, at: cut, prefix: prefix)
    }
  }

  func testLastLineOfALargerBatchCutAtEveryByte() throws {
    let (prefix, full) = try ledgerWithLastBatch([
      Row.receipt("city", "1.00"), Row.receipt("prov", "2.00"),
      Row.allocation("city", to: "town", "3.00"),
    ])
    let lines = splitLines(full)
    let commitStart = full.count - lines[lines.count - 1].count - 1
    for cut in commitStart...full.count {
      try checkCut(full, at: cut, prefix: prefix)
    }
  }

  func testBatchMissingItsCommitLineIsTornAndRecovered() throws {
    let (prefix, full) = try ledgerWithLastBatch([
      Row.receipt("city", "1.00"), Row.receipt("prov", "2.00"),
    ])
    let lines = splitLines(full)
    let withoutCommit = joinLines(Array(lines.dropLast()))
    try writeJournal(withoutCommit)
    let report = try verify()
    XCTAssertEqual(report.verdict, .tornTail)
    XCTAssertEqual(report.entryCount, 7)
    try checkCut(full, at: withoutCommit.count, prefix: prefix)
  }

  func testTornTailIsNeverCountedInBalances() throws {
    let (prefix, full) = try ledgerWithLastBatch([Row.receipt("city", "1000.00")])
    try writeJournal(prefix)
    let before = try loadState()
    try writeJournal(Array(full.dropLast()))
    let after = try loadState()
    assertSameState(before, after)
  }

  func testAppendRefusesTornTailAndLeavesItForRecovery() throws {
    let (prefix, full) = try ledgerWithLastBatch([Row.receipt("city", "1.00")])
    let torn = Array(full.dropLast(7))
    try writeJournal(torn)
    XCTAssertThrowsError(try append([Row.receipt("city", "2.00")]))
    XCTAssertEqual(try journalBytes(), torn)
    try checkCut(full, at: torn.count, prefix: prefix)
  }
}
