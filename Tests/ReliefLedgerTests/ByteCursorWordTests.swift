import XCTest

@testable import ReliefLedger

/// The eight-bytes-at-a-time scans of `ByteCursor` must agree with a byte-by-byte scan.
final class ByteCursorWordTests: XCTestCase {
  private func isSpecial(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x5C || byte < 0x20 }

  func testASpecialByteIsFoundInEveryPositionOfAWord() {
    for value in 0...255 {
      for position in 0..<8 {
        var bytes = [UInt8](repeating: 0x61, count: 8)
        bytes[position] = UInt8(value)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        XCTAssertEqual(
          ByteCursor.hasSpecialByte(word), isSpecial(UInt8(value)), "\(value) at \(position)")
      }
    }
  }

  /// A byte-by-byte reading of a plain string, as the cursor read it before words.
  private func reference(_ line: [UInt8], from start: Int) -> (end: Int, length: Int)? {
    var index = start
    while index < line.count {
      if line[index] == 0x22 { return (index + 1, index - start) }
      if line[index] == 0x5C || line[index] < 0x20 { return nil }
      index += 1
    }
    return nil
  }

  func testPlainStringsAgreeWithAByteByByteScan() {
    var generator = SeededGenerator(seed: 2026)
    let alphabet: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x20, 0x61, 0x7F, 0x80, 0xE5, 0xBF, 0xFF]
    for _ in 0..<20_000 {
      let count = Int.random(in: 0..<40, using: &generator)
      let line = (0..<count).map { _ in
        Bool.random(using: &generator)
          ? 0x61 : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
      }
      let start = count == 0 ? 0 : Int.random(in: 0..<count, using: &generator)
      line.withUnsafeBytes { buffer in
        var cursor = ByteCursor(buffer, at: start)
        let found = cursor.plainString()
        let expected = reference(line, from: start)
        XCTAssertEqual(found?.count, expected?.length, "\(line) from \(start)")
        if let expected { XCTAssertEqual(cursor.index, expected.end) }
      }
    }
  }

  func testLiteralsMatchWholeAndOnlyWhole() {
    let line = Array(#","counterparty_id":"91320600MA1MXXXX03""#.utf8)
    line.withUnsafeBytes { buffer in
      var cursor = ByteCursor(buffer, at: 0)
      // A difference in the first eight bytes, then in the tail after them.
      XCTAssertFalse(cursor.literal(#","Counterparty_id""#))
      XCTAssertFalse(cursor.literal(#","counterparty_iD""#))
      XCTAssertEqual(cursor.index, 0)
      XCTAssertTrue(cursor.literal(#","counterparty_id":""#))
      XCTAssertEqual(cursor.index, 20)
      XCTAssertFalse(cursor.literal(#"91320600MA1MXXXX03"x"#))
      XCTAssertTrue(cursor.literal(#"91320600MA1MXXXX03""#))
      XCTAssertTrue(cursor.atEnd)
    }
  }
}
