import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

/// The field limits bound every entry line far below a tile entry's 65,535 bytes
/// (c2sp.org/tlog-tiles), so every ledger that verifies can be published.
final class LongestLineTests: XCTestCase {
  /// `count` bytes that the canonical encoding doubles (each `"` is written `\"`).
  private func worst(_ count: Int) -> String { String(repeating: "\"", count: count) }

  func testTheLongestLineTheFieldLimitsAllowFitsATileEntry() throws {
    let id = String(repeating: "a", count: FieldRules.identifierSizeBytesMax)
    // The kind with the most text: a commitment (purpose and memo of 1000 bytes each).
    let commitment = Entry(
      date: try BusinessDate(parsing: "2020-01-01"),
      action: .commitment(
        Commitment(
          union: id, program: id, amount: Money(fen: .max), purpose: worst(1000),
          period: try MonthPeriod(parsing: "2020-01..2020-12"),
          beneficiaries: Beneficiaries(count: FieldRules.headcountMax, unit: .organization))),
      memo: worst(FieldRules.memoSizeBytesMax),
      requestID: String(repeating: "\\", count: FieldRules.requestIDSizeBytesMax),
      marks: EntryMarks(amount: .nearly, beneficiaries: .nearly, dateAssumed: true))
    // Its reversal carries a copy of it, besides a memo and a request id of its own.
    let reversal = Entry(
      date: try BusinessDate(parsing: "2020-01-01"),
      action: .reversal(Reversal(reverses: .max, original: commitment)),
      memo: worst(FieldRules.memoSizeBytesMax),
      requestID: String(repeating: "\\", count: FieldRules.requestIDSizeBytesMax))
    var batch = BatchBuilder(
      after: ChainHead(nextSeq: .max - 1, lastHash: .zero, lastTimeMillis: 0),
      nowMillis: 253_402_300_799_999)
    batch.append(reversal)
    let lineSizeBytes = batch.bytes.count - 1
    // 7,170 bytes: seq and time at their largest, every string at its limit and doubled.
    XCTAssertEqual(lineSizeBytes, 7_170)
    XCTAssertLessThan(lineSizeBytes, EntryBundle.entrySizeBytesMax)
  }
}
