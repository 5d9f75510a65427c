import ReliefCrypto
import XCTest

@testable import ReliefLog

final class ChainCheckerTests: XCTestCase {
  /// A hand-written line: the header, then `body` (which starts with `,` or is empty).
  private func line(
    _ seq: Int64, prev: String, time: Int64 = fixedMillis, kind: String = "note",
    _ body: String = ""
  ) -> String {
    #"{"seq":\#(seq),"prev":"\#(prev)","time_ms":\#(time),"kind":"\#(kind)"\#(body)}"#
  }

  private func commit(_ seq: Int64, prev: String, time: Int64 = fixedMillis, entries: Int64)
    -> String
  {
    line(
      seq, prev: prev, time: time, kind: "commit",
      #","entries":\#(entries),"signer":"","sig":"""#)
  }

  @discardableResult
  private func check(_ checker: inout ChainChecker, _ line: String) throws(ChainFault)
    -> CheckedLine
  {
    let bytes = utf8(line)
    var result: Result<CheckedLine, ChainFault> = .failure(.seqMismatch(expected: -1, found: -1))
    bytes.withUnsafeBytes { buffer in
      do throws(ChainFault) {
        result = .success(try checker.check(buffer))
      } catch {
        result = .failure(error)
      }
    }
    return try result.get()
  }

  /// Checks `lines` in order and returns the fault of the last one.
  private func fault(_ lines: [String], file: StaticString = #filePath, line: UInt = #line)
    -> ChainFault?
  {
    var checker = ChainChecker()
    for (index, text) in lines.enumerated() {
      do {
        try check(&checker, text)
      } catch {
        XCTAssertEqual(index, lines.count - 1, "fault on an earlier line", file: file, line: line)
        return error
      }
    }
    XCTFail("no fault", file: file, line: line)
    return nil
  }

  func testChecksValidLinesAndAdvancesHead() throws {
    var checker = ChainChecker()
    let line0 = line(0, prev: zeroHex, #","n":1"#)
    let line1 = line(1, prev: sha256Hex(line0))
    let line2 = commit(2, prev: sha256Hex(line1), entries: 2)
    let checked0 = try check(&checker, line0)
    XCTAssertEqual(checked0.header.seq, 0)
    XCTAssertEqual(checked0.hash, SHA256.hash(utf8(line0)))
    XCTAssertNil(checked0.commit)
    XCTAssertEqual(checker.entriesSinceCommit, 1)
    try check(&checker, line1)
    XCTAssertEqual(checker.entriesSinceCommit, 2)
    let checked2 = try check(&checker, line2)
    XCTAssertEqual(checked2.commit?.entryCount, 2)
    XCTAssertEqual(checked2.commit?.signer, "")
    XCTAssertEqual(checked2.commit?.signature, "")
    XCTAssertEqual(checked2.commit?.isSigned, false)
    XCTAssertEqual(checker.entriesSinceCommit, 0)
    XCTAssertEqual(
      checker.head,
      ChainHead(nextSeq: 3, lastHash: SHA256.hash(utf8(line2)), lastTimeMillis: fixedMillis))
  }

  func testAcceptsLaterTimeInNextBatch() throws {
    let line0 = line(0, prev: zeroHex)
    let line1 = commit(1, prev: sha256Hex(line0), entries: 1)
    let line2 = line(2, prev: sha256Hex(line1), time: fixedMillis + 1)
    var checker = ChainChecker()
    for text in [line0, line1, line2] { try check(&checker, text) }
    XCTAssertEqual(checker.head.lastTimeMillis, fixedMillis + 1)
  }

  func testSignedCommitIsReportedSigned() throws {
    let line0 = line(0, prev: zeroHex)
    let line1 = line(
      1, prev: sha256Hex(line0), kind: "commit", #","entries":1,"signer":"alice","sig":"c2ln""#)
    var checker = ChainChecker()
    try check(&checker, line0)
    let commit = try check(&checker, line1).commit
    XCTAssertEqual(commit?.signer, "alice")
    XCTAssertEqual(commit?.signature, "c2ln")
    XCTAssertEqual(commit?.isSigned, true)
  }

  func testMalformedHeaderIsMalformedLine() {
    let fault = fault([#"{"seq":0,"prev":"00"}"#])
    let expectedError = CanonicalDecodeError(
      offset: 17, reason: "prev must be 64 lowercase hex digits")
    XCTAssertEqual(fault, .malformedLine(expectedError))
    XCTAssertEqual(fault?.code, "malformed-line")
    XCTAssertEqual(fault?.expected, "a canonical journal line")
    XCTAssertEqual(fault?.found, "byte 18: prev must be 64 lowercase hex digits")
    XCTAssertEqual(
      fault?.description, "line is not canonical: byte 18: prev must be 64 lowercase hex digits")
  }

  func testMalformedCommitBodyIsMalformedLine() {
    let line0 = line(0, prev: zeroHex)
    let bad = line(1, prev: sha256Hex(line0), kind: "commit", #","entries":1,"signer":"""#)
    let fault = fault([line0, bad])
    XCTAssertEqual(
      fault,
      .malformedLine(
        CanonicalDecodeError(
          offset: 17 + 64 + 12 + 13 + 9 + 6 + 1,
          reason: "commit line must have exactly the members "
            + "seq, prev, time_ms, kind, entries, signer, sig (or, made and checked, "
            + "seq, prev, time_ms, kind, entries, maker, maker_sig, signer, sig)")))
  }

  func testCommitWithZeroEntriesIsMalformedLine() {
    let fault = fault([commit(0, prev: zeroHex, entries: 0)])
    XCTAssertEqual(
      fault,
      .malformedLine(
        CanonicalDecodeError(
          offset: 17 + 64 + 12 + 13 + 9 + 6 + 1, reason: "entries must be at least 1")))
  }

  func testCommitWithNonCanonicalJSONIsMalformedLine() {
    let line0 = line(0, prev: zeroHex)
    let bad = line(
      1, prev: sha256Hex(line0), kind: "commit", #","entries":01,"signer":"","sig":"""#)
    guard case .malformedLine(let error) = fault([line0, bad]) else {
      return XCTFail("expected malformed-line")
    }
    XCTAssertEqual(error.reason, "integer has a leading zero")
  }

  func testSeqMismatch() {
    let line0 = line(0, prev: zeroHex)
    let fault = fault([line0, line(2, prev: sha256Hex(line0))])
    XCTAssertEqual(fault, .seqMismatch(expected: 1, found: 2))
    XCTAssertEqual(fault?.code, "seq-mismatch")
    XCTAssertEqual(fault?.expected, "seq 1")
    XCTAssertEqual(fault?.found, "seq 2")
    XCTAssertEqual(
      fault?.description, "sequence number out of order: expected seq 1, found seq 2")
  }

  func testFirstLineMustHaveSeqZero() {
    XCTAssertEqual(fault([line(1, prev: zeroHex)]), .seqMismatch(expected: 0, found: 1))
  }

  func testPreviousHashMismatch() {
    let line0 = line(0, prev: zeroHex)
    let wrong = sha256Hex(line0 + " ")
    let fault = fault([line0, line(1, prev: wrong)])
    XCTAssertEqual(
      fault,
      .previousHashMismatch(
        expected: SHA256.hash(utf8(line0)), found: SHA256.hash(utf8(line0 + " "))))
    XCTAssertEqual(fault?.code, "prev-mismatch")
    XCTAssertEqual(fault?.expected, "prev " + sha256Hex(line0))
    XCTAssertEqual(fault?.found, "prev " + wrong)
  }

  func testFirstLineMustHaveZeroPrev() {
    let fault = fault([line(0, prev: sha256Hex("x"))])
    XCTAssertEqual(
      fault, .previousHashMismatch(expected: .zero, found: SHA256.hash(utf8("x"))))
    XCTAssertEqual(fault?.expected, "prev " + zeroHex)
  }

  func testTimeWentBackwards() {
    let line0 = line(0, prev: zeroHex, time: 2000)
    let line1 = commit(1, prev: sha256Hex(line0), time: 2000, entries: 1)
    let fault = fault([line0, line1, line(2, prev: sha256Hex(line1), time: 1999)])
    XCTAssertEqual(fault, .timeWentBackwards(previousMillis: 2000, foundMillis: 1999))
    XCTAssertEqual(fault?.code, "time-went-backwards")
    XCTAssertEqual(fault?.expected, "time_ms at least 2000")
    XCTAssertEqual(fault?.found, "time_ms 1999")
    XCTAssertEqual(
      fault?.description,
      "append time went backwards: expected time_ms at least 2000, found time_ms 1999")
  }

  func testTimeChangedInBatch() {
    let line0 = line(0, prev: zeroHex, time: 2000)
    let fault = fault([line0, line(1, prev: sha256Hex(line0), time: 2001)])
    XCTAssertEqual(fault, .timeChangedInBatch(batchMillis: 2000, foundMillis: 2001))
    XCTAssertEqual(fault?.code, "time-changed-in-batch")
    XCTAssertEqual(fault?.expected, "time_ms 2000 (the batch's time)")
    XCTAssertEqual(fault?.found, "time_ms 2001")
    XCTAssertEqual(
      fault?.description,
      "append time changed within a batch: expected time_ms 2000 (the batch's time), "
        + "found time_ms 2001")
  }

  func testCommitTimeMustEqualItsBatchTime() {
    let line0 = line(0, prev: zeroHex, time: 2000)
    let line1 = line(1, prev: sha256Hex(line0), time: 2000)
    XCTAssertEqual(
      fault([line0, line1, commit(2, prev: sha256Hex(line1), time: 2500, entries: 2)]),
      .timeChangedInBatch(batchMillis: 2000, foundMillis: 2500))
  }

  func testCommitCountMismatch() {
    let line0 = line(0, prev: zeroHex)
    let fault = fault([line0, commit(1, prev: sha256Hex(line0), entries: 2)])
    XCTAssertEqual(fault, .commitCountMismatch(expected: 1, found: 2))
    XCTAssertEqual(fault?.code, "commit-count-mismatch")
    XCTAssertEqual(fault?.expected, "entries 1")
    XCTAssertEqual(fault?.found, "entries 2")
  }

  func testCommitWithoutEntriesIsCountMismatch() {
    let line0 = line(0, prev: zeroHex)
    let line1 = commit(1, prev: sha256Hex(line0), entries: 1)
    let fault = fault([line0, line1, commit(2, prev: sha256Hex(line1), entries: 1)])
    XCTAssertEqual(fault, .commitCountMismatch(expected: 0, found: 1))
  }

  func testFailedCheckLeavesHeadUnchanged() throws {
    var checker = ChainChecker()
    let line0 = line(0, prev: zeroHex)
    try check(&checker, line0)
    let head = checker.head
    XCTAssertThrowsError(try check(&checker, line(5, prev: sha256Hex(line0))))
    XCTAssertThrowsError(try check(&checker, line(1, prev: zeroHex)))
    XCTAssertEqual(checker.head, head)
    XCTAssertEqual(checker.entriesSinceCommit, 1)
    try check(&checker, line(1, prev: sha256Hex(line0)))
  }
}
