import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

/// A ledger written before format version 2 (Fixtures/README.md) still verifies, byte for
/// byte, and folds to the balances it had.
final class SampleV1JournalTests: XCTestCase {
  private static let fixtures =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  func testVersion1SampleJournalStillVerifies() throws {
    let journal = Journal(directory: Self.fixtures.appendingPathComponent("sample-v1").path)
    let report = try Verifier(journal: journal).verify()
    XCTAssertEqual(report.verdict, .valid, report.failure?.message ?? "")
    XCTAssertNil(report.failure)
  }

  func testVersion1SampleJournalGivesTheSameBalances() throws {
    let journal = Journal(directory: Self.fixtures.appendingPathComponent("sample-v1").path)
    let state = try LedgerState.load(from: try journal.openSnapshot().committedLines)
    var csv =
      "union,program,received_fen,allocated_in_fen,allocated_out_fen,refunded_fen,"
      + "subsidized_fen,disbursed_fen,balance_fen\n"
    for row in BalanceReport.rows(state, subtree: false) {
      let t = row.totals
      let values = [
        t.received, t.allocatedIn, t.allocatedOut, t.refunded, t.subsidized, t.disbursed,
        t.balance,
      ].map { String($0.fen) }
      csv += ([row.union, row.program] + values).joined(separator: ",") + "\n"
      XCTAssertEqual(t.committed, .zero, "\(row.union)/\(row.program)")
    }
    let expected = try String(
      contentsOf: Self.fixtures.appendingPathComponent("sample-v1.balances.csv"), encoding: .utf8)
    XCTAssertEqual(csv, expected)
  }

  func testVersion1HeadcountLinesReEncodeToTheirOwnBytes() throws {
    let bytes = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("sample-v1/journal.jsonl"))
    var checked = 0
    for line in splitLines([UInt8](bytes)) where text(line).contains(#""headcount":"#) {
      let decoded = try line.withUnsafeBytes { try EntryDecoder.decode($0) }
      let encoded = CanonicalEncoder.encode(EntryEncoder.body(of: decoded.entry))
      XCTAssertTrue(text(line).hasSuffix(text(encoded.dropFirst())), text(line))
      checked += 1
    }
    XCTAssertEqual(checked, 25)
  }
}
