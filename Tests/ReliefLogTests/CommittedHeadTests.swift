import Foundation
import XCTest

@testable import ReliefLog

final class CommittedHeadTests: TemporaryDirectoryTestCase {
  private func find(_ bytes: [UInt8], sizeBytes: Int64? = nil) throws -> CommittedHead {
    let path = try writeFile("journal.jsonl", bytes)
    let file = try OpenFile.open(path, flags: O_RDONLY)
    return try CommittedHead.find(in: file, sizeBytes: sizeBytes ?? Int64(bytes.count))
  }

  func testJournalEndingInCommit() throws {
    let first = noteBatch(after: .empty, count: 2)
    let second = noteBatch(after: first.head, count: 3, nowMillis: fixedMillis + 1)
    let bytes = first.bytes + second.bytes
    XCTAssertEqual(
      try find(bytes), CommittedHead(endOffset: Int64(bytes.count), head: second.head))
  }

  func testJournalEndingInUncommittedEntries() throws {
    let first = noteBatch(after: .empty, count: 2)
    let torn = noteBatch(after: first.head, count: 3, commit: false)
    XCTAssertEqual(
      try find(first.bytes + torn.bytes),
      CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
  }

  func testJournalEndingInCutLine() throws {
    let first = noteBatch(after: .empty, count: 2)
    let second = noteBatch(after: first.head, count: 1)
    for cut in [1, 10, second.bytes.count - 1] {
      XCTAssertEqual(
        try find(first.bytes + second.bytes.prefix(cut)),
        CommittedHead(endOffset: Int64(first.bytes.count), head: first.head), "cut \(cut)")
    }
  }

  func testCommitLineWithoutNewlineIsNotCommitted() throws {
    let first = noteBatch(after: .empty, count: 1)
    let second = noteBatch(after: first.head, count: 1)
    let bytes = first.bytes + second.bytes.dropLast()
    XCTAssertEqual(
      try find(bytes), CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
  }

  func testJournalWithoutCommit() throws {
    let torn = noteBatch(after: .empty, count: 3, commit: false)
    XCTAssertEqual(try find(torn.bytes), CommittedHead.none)
    XCTAssertEqual(try find(torn.bytes.dropLast(5)), CommittedHead.none)
    XCTAssertEqual(CommittedHead.none, CommittedHead(endOffset: 0, head: .empty))
  }

  func testEmptyJournal() throws {
    XCTAssertEqual(try find([]), CommittedHead.none)
  }

  func testJournalOfGarbageLines() throws {
    XCTAssertEqual(try find(utf8("not a line\n{}\n")), CommittedHead.none)
  }

  func testSizeLimitIgnoresLaterBytes() throws {
    let first = noteBatch(after: .empty, count: 2)
    let second = noteBatch(after: first.head, count: 1)
    XCTAssertEqual(
      try find(first.bytes + second.bytes, sizeBytes: Int64(first.bytes.count)),
      CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
    XCTAssertEqual(
      try find(first.bytes + second.bytes, sizeBytes: Int64(first.bytes.count - 1)),
      CommittedHead.none)
  }

  func testTornTailOfManyLinesLargerThanOneMebibyte() throws {
    let first = noteBatch(after: .empty, count: 3)
    let torn = noteBatch(after: first.head, count: 2600, commit: false, padding: 1000)
    XCTAssertGreaterThan(torn.bytes.count, 2 * 1024 * 1024)
    let expected = CommittedHead(endOffset: Int64(first.bytes.count), head: first.head)
    XCTAssertEqual(try find(first.bytes + torn.bytes), expected)
    XCTAssertEqual(try find(first.bytes + torn.bytes + utf8(#"{"seq":"#)), expected)
  }

  func testTornTailOfOneCutLineLargerThanOneMebibyte() throws {
    let first = noteBatch(after: .empty, count: 3)
    let cut = [UInt8](repeating: UInt8(ascii: "x"), count: 1024 * 1024 + 12345)
    XCTAssertEqual(
      try find(first.bytes + cut),
      CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
  }

  func testLongUnterminatedJunkTailIsSkipped() throws {
    // Junk without a newline, 8 MiB long (the path a 200 MB tail takes; not timed here,
    // tools/bench.sh times it), after a committed part.
    let first = noteBatch(after: .empty, count: 3)
    let bytes = first.bytes + [UInt8](repeating: UInt8(ascii: "j"), count: 8 * 1024 * 1024 + 7)
    XCTAssertEqual(
      try find(bytes), CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
    XCTAssertEqual(try find(Array(bytes[first.bytes.count...])), CommittedHead.none)
  }

  func testUnterminatedTailEndingAtEveryOffsetAroundTheChunkBoundary() throws {
    // The last newline just before, at and just after the point 1 MiB and 2 MiB from the
    // end, where the backward search moves to the previous chunk.
    let first = noteBatch(after: .empty, count: 3)
    for tailCount in [1024 * 1024 - 2, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2 << 20] {
      let tail = [UInt8](repeating: UInt8(ascii: "x"), count: tailCount)
      XCTAssertEqual(
        try find(first.bytes + tail),
        CommittedHead(endOffset: Int64(first.bytes.count), head: first.head), "tail \(tailCount)")
    }
  }

  func testLastNewlineEndAcrossChunks() throws {
    let path = try writeFile("bytes", utf8("ab\ncd") + [UInt8](repeating: 0x41, count: 10))
    let file = try OpenFile.open(path, flags: O_RDONLY)
    for chunk: Int64 in [1, 2, 3, 5, 7, 64] {
      XCTAssertEqual(try CommittedHead.lastNewlineEnd(in: file, before: 16, chunk: chunk), 3)
      XCTAssertEqual(try CommittedHead.lastNewlineEnd(in: file, before: 3, chunk: chunk), 3)
      XCTAssertNil(try CommittedHead.lastNewlineEnd(in: file, before: 2, chunk: chunk))
      XCTAssertNil(try CommittedHead.lastNewlineEnd(in: file, before: 0, chunk: chunk))
    }
  }

  func testCommitStraddlingTheChunkBoundary() throws {
    // A committed part of over 1 MiB whose last commit line spans the point 1 MiB from
    // the end, so that the backward search has to join two chunks.
    let first = noteBatch(after: .empty, count: 1200, padding: 1000)
    let overhead = noteBatch(after: first.head, count: 1, commit: false).bytes.count
    let torn = noteBatch(
      after: first.head, count: 1, commit: false, padding: 1024 * 1024 - 50 - overhead)
    let bytes = first.bytes + torn.bytes
    XCTAssertGreaterThan(first.bytes.count, 1024 * 1024)
    // The chunk boundary falls 41 bytes before the end of the commit line.
    XCTAssertEqual(torn.bytes.count, 1024 * 1024 - 50 + #","pad":"""#.utf8.count)
    XCTAssertEqual(
      try find(bytes), CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
  }

  func testCommitStraddlingTheFirstReadsStart() throws {
    // The first read takes the last 64 KiB; here the last commit line spans that point.
    let first = noteBatch(after: .empty, count: 120, padding: 1000)
    let overhead = noteBatch(after: first.head, count: 1, commit: false).bytes.count
    let torn = noteBatch(
      after: first.head, count: 1, commit: false, padding: 64 * 1024 - 50 - overhead)
    XCTAssertGreaterThan(first.bytes.count, 64 * 1024)
    XCTAssertEqual(torn.bytes.count, 64 * 1024 - 50 + #","pad":"""#.utf8.count)
    XCTAssertEqual(
      try find(first.bytes + torn.bytes),
      CommittedHead(endOffset: Int64(first.bytes.count), head: first.head))
  }

  func testLongLineInCommittedPartIsReported() throws {
    var bytes = [UInt8](repeating: UInt8(ascii: "l"), count: 2 * 1024 * 1024)
    bytes.append(0x0A)
    bytes.append(contentsOf: utf8("short\n"))
    XCTAssertThrowsError(try find(bytes)) { error in
      guard case .lineTooLong = error as? LineReadError else {
        return XCTFail("expected lineTooLong, got \(error)")
      }
    }
  }
}
