import ReliefLog
import XCTest

@testable import ReliefLedger

/// A ledger test case that forges batches of entries (which appends would refuse) after the
/// standard ledger, and compares the verifier's out-of-core refund check with the in-memory
/// one.
class RefundOverlapTestCase: VerifierTestCase {
  /// Batches of entries appended after the committed head, each committed unless it is the
  /// last and `tornTail`; returns each entry's seq.
  @discardableResult
  func appendForged(_ batches: [[Entry]], tornTail: Bool = false) throws -> [[Int64]] {
    var head = try journal.openSnapshot().committed.head
    var bytes: [UInt8] = []
    var seqs: [[Int64]] = []
    for (index, entries) in batches.enumerated() {
      var batch = BatchBuilder(after: head, nowMillis: fixedMillis)
      seqs.append(entries.map { batch.append($0) })
      if !(tornTail && index == batches.count - 1) { batch.commitSigned() }
      bytes += batch.bytes
      head = batch.head
    }
    try appendToJournal(bytes)
    return seqs
  }

  /// The report of the out-of-core check with sorted runs of `runSizeBytes`.
  func verify(runSizeBytes: Int) throws -> VerificationReport {
    var verifier = Verifier(journal: journal)
    verifier.runSizeBytes = runSizeBytes
    return try verifier.verify()
  }

  /// The report of the in-memory check, as appends check refunds.
  func verifyInMemory() throws -> VerificationReport {
    var verifier = Verifier(journal: journal)
    verifier.checksRefundOverlapsInMemory = true
    return try verifier.verify()
  }

  func assertSameReport(
    _ lhs: VerificationReport, _ rhs: VerificationReport, _ context: String = "",
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(lhs.verdict, rhs.verdict, "verdict \(context)", file: file, line: line)
    XCTAssertEqual(lhs.failure, rhs.failure, "failure \(context)", file: file, line: line)
    XCTAssertEqual(lhs.lineCount, rhs.lineCount, "lines \(context)", file: file, line: line)
    XCTAssertEqual(lhs.entryCount, rhs.entryCount, "entries \(context)", file: file, line: line)
    XCTAssertEqual(lhs.commitCount, rhs.commitCount, "commits \(context)", file: file, line: line)
    XCTAssertEqual(lhs.committedHead, rhs.committedHead, "head \(context)", file: file, line: line)
    XCTAssertEqual(lhs.sizeBytes, rhs.sizeBytes, "size \(context)", file: file, line: line)
    XCTAssertEqual(
      lhs.committedSizeBytes, rhs.committedSizeBytes, "committed \(context)", file: file, line: line
    )
    XCTAssertEqual(lhs.genesis, rhs.genesis, "genesis \(context)", file: file, line: line)
  }

  /// The failure text of an overlap of `period` of `code` with the refund at `existingSeq`.
  func overlapFound(
    _ code: String, _ period: String, existingSeq: Int64, existingPeriod: String
  ) -> String {
    RuleViolation.refundPeriodOverlaps(
      code: code, period: period, existingSeq: existingSeq, existingPeriod: existingPeriod
    ).description
  }
}
