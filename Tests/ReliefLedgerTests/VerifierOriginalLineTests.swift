import ReliefCrypto
import XCTest

@testable import ReliefLedger

/// The verifier keeps where a reversed entry's line is and its digest, and reads the entry
/// again only if the bytes are those it checked.
final class VerifierOriginalLineTests: RefundOverlapTestCase {
  func testTheLineIsReadAgainOnlyIfItsBytesAreUnchanged() throws {
    try buildSampleLedger()
    let lines = try lines()
    let index = index(of: #""kind":"refund""#, in: lines)
    let file = try journal.openSnapshot().file
    let place = OriginalLine(
      offset: offset(of: index, in: lines), length: lines[index].count,
      digest: SHA256.hash(lines[index]))
    XCTAssertEqual(try place.entry(in: file), try decodedEntry(lines[index]))

    let otherDigest = OriginalLine(
      offset: place.offset, length: place.length, digest: SHA256.hash(lines[index + 1]))
    XCTAssertThrowsError(try otherDigest.entry(in: file)) {
      XCTAssertTrue($0 is OriginalLine.Changed, "\($0)")
    }
    let shifted = OriginalLine(offset: place.offset + 1, length: place.length, digest: place.digest)
    XCTAssertThrowsError(try shifted.entry(in: file)) {
      XCTAssertTrue($0 is OriginalLine.Changed, "\($0)")
    }
  }

  /// The sample ledger reverses two entries: both are read again and match.
  func testReversalsOfTheSampleLedgerVerify() throws {
    try buildSampleLedger()
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid, "\(String(describing: report.failure))")
    assertSameReport(report, try verifyInMemory())
  }
}
