import Foundation
import XCTest

@testable import ReliefLog

final class LineReaderTests: TemporaryDirectoryTestCase {
  private struct Line: Equatable {
    let bytes: [UInt8]
    let offset: Int64
    let index: Int64
  }

  private func read(_ bytes: [UInt8], endOffset: Int64? = nil) throws
    -> (lines: [Line], remainder: LineReader.Remainder?)
  {
    let path = try writeFile("lines.txt", bytes)
    let file = try OpenFile.open(path, flags: O_RDONLY)
    let reader = LineReader(file: file, endOffset: endOffset ?? Int64(bytes.count))
    var lines: [Line] = []
    let remainder = try reader.forEachLine { line, offset, index in
      lines.append(Line(bytes: Array(line), offset: offset, index: index))
    }
    return (lines, remainder)
  }

  func testReadsLinesWithOffsetsAndIndexes() throws {
    let (lines, remainder) = try read(utf8("a\nbb\n\nccc\n"))
    XCTAssertEqual(
      lines,
      [
        Line(bytes: utf8("a"), offset: 0, index: 0),
        Line(bytes: utf8("bb"), offset: 2, index: 1),
        Line(bytes: [], offset: 5, index: 2),
        Line(bytes: utf8("ccc"), offset: 6, index: 3),
      ])
    XCTAssertNil(remainder)
  }

  func testReportsBytesAfterLastNewlineAsRemainder() throws {
    let (lines, remainder) = try read(utf8("a\nbb\nccc"))
    XCTAssertEqual(lines.map(\.bytes), [utf8("a"), utf8("bb")])
    XCTAssertEqual(remainder, LineReader.Remainder(offset: 5, lineIndex: 2, bytes: utf8("ccc")))
  }

  func testFileWithoutNewlineIsAllRemainder() throws {
    let (lines, remainder) = try read(utf8("abc"))
    XCTAssertEqual(lines, [])
    XCTAssertEqual(remainder, LineReader.Remainder(offset: 0, lineIndex: 0, bytes: utf8("abc")))
  }

  func testEmptyFileHasNoLinesAndNoRemainder() throws {
    let (lines, remainder) = try read([])
    XCTAssertEqual(lines, [])
    XCTAssertNil(remainder)
  }

  func testStopsAtEndOffset() throws {
    let bytes = utf8("one\ntwo\nthree\n")
    let (lines, remainder) = try read(bytes, endOffset: 8)
    XCTAssertEqual(lines.map(\.bytes), [utf8("one"), utf8("two")])
    XCTAssertNil(remainder)
    let (cutLines, cutRemainder) = try read(bytes, endOffset: 10)
    XCTAssertEqual(cutLines.count, 2)
    XCTAssertEqual(cutRemainder, LineReader.Remainder(offset: 8, lineIndex: 2, bytes: utf8("th")))
  }

  /// Reads `bytes` and checks every line against a plain scan for newlines: same offsets,
  /// same indexes, same bytes.
  ///
  /// Returns the number of lines and the remainder.
  private func readAndCompare(
    _ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line
  ) throws -> (count: Int, remainder: LineReader.Remainder?) {
    let path = try writeFile("lines.txt", bytes)
    let reader = LineReader(
      file: try OpenFile.open(path, flags: O_RDONLY), endOffset: Int64(bytes.count))
    var expectedStart = 0
    var count = 0
    var mismatches = 0
    let remainder = try bytes.withUnsafeBytes { whole in
      try reader.forEachLine { text, offset, index in
        let newline = memchr(whole.baseAddress! + expectedStart, 0x0A, whole.count - expectedStart)
        let expectedEnd = newline.map { whole.baseAddress!.distance(to: $0) } ?? -1
        let sameBytes =
          text.count == expectedEnd - expectedStart
          && (text.isEmpty
            || memcmp(text.baseAddress!, whole.baseAddress! + expectedStart, text.count) == 0)
        if offset != Int64(expectedStart) || index != Int64(count) || !sameBytes {
          mismatches += 1
        }
        expectedStart = expectedEnd + 1
        count += 1
      }
    }
    XCTAssertEqual(mismatches, 0, "lines differ from a plain scan", file: file, line: line)
    return (count, remainder)
  }

  func testReadsLinesSplitAcrossChunkBoundaries() throws {
    // About 9 MiB of lines of pseudo-random lengths: three reads, and lines that straddle
    // each refill of the buffer.
    var generator: UInt64 = 0x9E37_79B9_7F4A_7C15
    var bytes: [UInt8] = []
    bytes.reserveCapacity(10 * 1024 * 1024)
    var count = 0
    while bytes.count < 9 * 1024 * 1024 {
      generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(generator >> 33) % 6000
      bytes.append(contentsOf: utf8("line \(count) "))
      bytes.append(contentsOf: [UInt8](repeating: 0x61 + UInt8(count % 26), count: length))
      bytes.append(0x0A)
      count += 1
    }
    XCTAssertGreaterThan(bytes.count, 2 * JournalLimits.readChunkSizeBytes)
    let (lineCount, remainder) = try readAndCompare(bytes)
    XCTAssertNil(remainder)
    XCTAssertEqual(lineCount, count)
  }

  func testReadsLineEndingExactlyAtBufferCapacity() throws {
    let capacity = JournalLimits.readChunkSizeBytes + JournalLimits.lineSizeBytesMax + 1
    // Lines of 1000 bytes, with the newline of one landing on the last byte of the first
    // read, and the next line starting the second read.
    let filler = capacity % 1000
    var bytes = [UInt8](repeating: UInt8(ascii: "f"), count: filler - 1) + [0x0A]
    let line = [UInt8](repeating: UInt8(ascii: "x"), count: 999) + [0x0A]
    while bytes.count < capacity + 5000 { bytes.append(contentsOf: line) }
    XCTAssertEqual(bytes[capacity - 1], 0x0A)
    let (lineCount, remainder) = try readAndCompare(bytes)
    XCTAssertNil(remainder)
    XCTAssertEqual(lineCount, 1 + (bytes.count - filler) / 1000)
  }

  func testReportsRemainderAfterChunkBoundary() throws {
    let line = [UInt8](repeating: UInt8(ascii: "z"), count: 4095) + [0x0A]
    let lineCount = (JournalLimits.readChunkSizeBytes + 100_000) / 4096 + 1
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lineCount * 4096 + 9)
    for _ in 0..<lineCount { bytes.append(contentsOf: line) }
    bytes.append(contentsOf: utf8("cut short"))
    let (count, remainder) = try readAndCompare(bytes)
    XCTAssertEqual(count, lineCount)
    XCTAssertEqual(
      remainder,
      LineReader.Remainder(
        offset: Int64(lineCount * 4096), lineIndex: Int64(lineCount), bytes: utf8("cut short")))
  }

  func testAcceptsLineOfMaximumLength() throws {
    let long = [UInt8](repeating: UInt8(ascii: "m"), count: JournalLimits.lineSizeBytesMax)
    let (lines, remainder) = try read(utf8("a\n") + long + [0x0A])
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(lines[1].bytes.count, JournalLimits.lineSizeBytesMax)
    XCTAssertNil(remainder)
  }

  func testRejectsLineOverMaximumLength() throws {
    let long = [UInt8](repeating: UInt8(ascii: "m"), count: JournalLimits.lineSizeBytesMax + 1)
    XCTAssertThrowsError(try read(utf8("a\nbb\n") + long + utf8("\nc\n"))) { error in
      XCTAssertEqual(error as? LineReadError, .lineTooLong(lineIndex: 2, offset: 5))
    }
  }

  func testRejectsLongLineAfterChunkBoundary() throws {
    let line = [UInt8](repeating: UInt8(ascii: "z"), count: 1023) + [0x0A]
    var bytes: [UInt8] = []
    for _ in 0..<JournalLimits.readChunkSizeBytes / 1024 { bytes.append(contentsOf: line) }
    let offset = bytes.count
    bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "m"), count: 300_000))
    bytes.append(0x0A)
    XCTAssertThrowsError(try read(bytes)) { error in
      XCTAssertEqual(
        error as? LineReadError,
        .lineTooLong(lineIndex: Int64(offset / 1024), offset: Int64(offset)))
    }
  }

  func testRejectsLongRemainder() throws {
    let long = [UInt8](repeating: UInt8(ascii: "m"), count: JournalLimits.lineSizeBytesMax + 1)
    XCTAssertThrowsError(try read(utf8("a\n") + long)) { error in
      XCTAssertEqual(error as? LineReadError, .lineTooLong(lineIndex: 1, offset: 2))
    }
  }

  func testErrorFromBodyStopsReading() throws {
    struct Stop: Error {}
    let path = try writeFile("lines.txt", utf8("a\nb\nc\n"))
    let reader = LineReader(file: try OpenFile.open(path, flags: O_RDONLY), endOffset: 6)
    var seen = 0
    XCTAssertThrowsError(
      try reader.forEachLine { _, _, index in
        seen += 1
        if index == 1 { throw Stop() }
      }
    ) { error in XCTAssertTrue(error is Stop) }
    XCTAssertEqual(seen, 2)
  }
}
