import ReliefCrypto
import XCTest

@testable import ReliefLedger

/// Committed lines altered in place: changed bytes, deleted or swapped lines.
final class VerifierTamperTests: VerifierTestCase {
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
}
