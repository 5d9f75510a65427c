import Foundation
import ReliefCrypto
import XCTest

@testable import ReliefLog

/// `forEachHashedLine` must give exactly what `forEachLine` gives, plus each line's hash.
final class HashedLineReaderTests: TemporaryDirectoryTestCase {
  private struct Line: Equatable {
    let bytes: [UInt8]
    let offset: Int64
    let index: Int64
  }

  /// What `prepare` was handed, by slot: each chunk's lines, copied.
  private final class PreparedSlots: @unchecked Sendable {
    var slots: [[[UInt8]]] = [[], []]
  }

  private enum Mode {
    case plain, hashed
    /// Prepared, the lines being Merkle leaves from this index on.
    case prepared(UInt64)
  }

  /// A frontier of `size` leaves whose subtree hashes are made up.
  private static func frontier(size: UInt64) -> MerkleFrontier {
    let hashes = (0..<size.nonzeroBitCount).map { SHA256.hash(Array("subtree \($0)".utf8)) }
    return MerkleFrontier(size: size, hashes: hashes) ?? MerkleFrontier()
  }

  private func outcome(
    _ reader: LineReader, hashed: Bool
  ) -> (lines: [Line], remainder: LineReader.Remainder?, error: String?) {
    outcome(reader, mode: hashed ? .hashed : .plain)
  }

  private func outcome(
    _ reader: LineReader, mode: Mode
  ) -> (lines: [Line], remainder: LineReader.Remainder?, error: String?) {
    var lines: [Line] = []
    do {
      let remainder: LineReader.Remainder?
      switch mode {
      case .hashed:
        remainder = try reader.forEachHashedLine { line, offset, index, hash in
          XCTAssertEqual(hash, SHA256.hash(line))
          lines.append(Line(bytes: Array(line), offset: offset, index: index))
        }
      case .prepared(let merkleBase):
        let prepared = PreparedSlots()
        let prepare: @Sendable (Int, [UnsafeRawBufferPointer], Int64) -> Void = {
          slot, chunkLines, _ in
          prepared.slots[slot] = chunkLines.map { Array($0) }
        }
        // A frontier of `merkleBase` leaves (any hashes will do), taking the lines as
        // subtrees, must end as one that takes them leaf by leaf.
        let start = Self.frontier(size: merkleBase)
        var (whole, byLeaf) = (start, start)
        remainder = try reader.forEachPreparedLine(
          merkleLeavesFrom: merkleBase, prepare: prepare
        ) { line, offset, index, hash, subtree, slot, indexInChunk in
          XCTAssertEqual(hash, SHA256.hash(line))
          if let subtree { whole.append(subtree) }
          byLeaf.append(leafHash: MerkleHash.leaf(line))
          // What was prepared for this line is this line, whichever chunk it came in.
          XCTAssertEqual(prepared.slots[slot][indexInChunk], Array(line))
          lines.append(Line(bytes: Array(line), offset: offset, index: index))
        }
        XCTAssertEqual(whole, byLeaf)
      case .plain:
        remainder = try reader.forEachLine { line, offset, index in
          lines.append(Line(bytes: Array(line), offset: offset, index: index))
        }
      }
      return (lines, remainder, nil)
    } catch {
      return (lines, nil, "\(error)")
    }
  }

  private func assertSame(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    let path = try writeFile("lines.txt", bytes)
    let handle = try OpenFile.open(path, flags: O_RDONLY)
    for end in [Int64(bytes.count), Int64(bytes.count / 2)] {
      let reader = LineReader(file: handle, endOffset: end)
      let plain = outcome(reader, mode: .plain)
      for mode in [Mode.hashed, .prepared(0), .prepared(5), .prepared((1 << 20) - 3)] {
        let other = outcome(reader, mode: mode)
        XCTAssertEqual(other.lines, plain.lines, "\(mode)", file: file, line: line)
        XCTAssertEqual(other.remainder, plain.remainder, "\(mode)", file: file, line: line)
        XCTAssertEqual(other.error, plain.error, "\(mode)", file: file, line: line)
      }
    }
  }

  func testStartsWhereTheReaderStarts() throws {
    let path = try writeFile("lines.txt", Array("first\nsecond\nthird\n".utf8))
    let handle = try OpenFile.open(path, flags: O_RDONLY)
    let reader = LineReader(file: handle, startOffset: 6, endOffset: 20)
    let hashed = outcome(reader, hashed: true)
    XCTAssertEqual(
      hashed.lines,
      [
        Line(bytes: Array("second".utf8), offset: 6, index: 0),
        Line(bytes: Array("third".utf8), offset: 13, index: 1),
      ])
    XCTAssertEqual(hashed.lines, outcome(reader, hashed: false).lines)
  }

  func testDoublyHashedLinesCarryTheirMerkleLeafHashes() throws {
    var bytes: [UInt8] = []
    for index in 0..<5_000 {
      bytes += Array("line \(index) \(String(repeating: "x", count: index % 97))\n".utf8)
    }
    let path = try writeFile("leaves.txt", bytes)
    let handle = try OpenFile.open(path, flags: O_RDONLY)
    let reader = LineReader(file: handle, startOffset: 0, endOffset: Int64(bytes.count))
    var seen: [Line] = []
    let remainder = try reader.forEachDoublyHashedLine { line, offset, index, hash, leafHash in
      XCTAssertEqual(hash, SHA256.hash(line))
      XCTAssertEqual(leafHash, MerkleHash.leaf(line))
      seen.append(Line(bytes: Array(line), offset: offset, index: index))
    }
    XCTAssertNil(remainder)
    XCTAssertEqual(seen, outcome(reader, hashed: false).lines)
    XCTAssertEqual(seen.count, 5_000)
  }

  func testAgreesOnSmallFiles() throws {
    for text in ["", "a", "a\n", "a\nbb\n\nccc\n", "a\nbb\nccc", "\n\n\n"] {
      try assertSame(Array(text.utf8))
    }
  }

  func testAgreesAcrossChunks() throws {
    var bytes: [UInt8] = []
    var generator = 0x2545_F491
    while bytes.count < 3 * JournalLimits.readChunkSizeBytes {
      generator = (generator &* 1_103_515_245 &+ 12345) & 0x7FFF_FFFF
      bytes += [UInt8](repeating: UInt8(97 + generator % 26), count: generator % 3000)
      bytes.append(0x0A)
    }
    try assertSame(bytes)
    try assertSame(bytes + Array("tail".utf8))
  }

  func testAgreesOnLinesTooLong() throws {
    let long = [UInt8](repeating: 0x61, count: JournalLimits.lineSizeBytesMax + 1)
    let short = [UInt8](repeating: 0x62, count: 1000) + [0x0A]
    let before = Array(repeating: short, count: 5000).flatMap { $0 }
    try assertSame(before + long + [0x0A] + short)
    try assertSame(before + long)
  }
}
