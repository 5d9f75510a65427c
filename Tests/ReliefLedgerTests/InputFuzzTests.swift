import XCTest

@testable import ReliefLedger

/// SplitMix64: a tiny seeded generator, so every run tries the same inputs.
private struct FuzzSeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

final class InputFuzzTests: XCTestCase {
  /// Bytes that matter to the readers, drawn more often than the rest.
  private static let interesting: [UInt8] =
    Array("\",\r\n \t{}[]:\\u0123456789-+.eE\"kindnote".utf8)
    + [0x00, 0x80, 0xBF, 0xC0, 0xC4, 0xCF, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 0x81, 0x30, 0xEF]

  private static let prefixes: [[UInt8]] = [
    [], Array("kind,note\n".utf8), Array("{\"kind\":".utf8), [0xEF, 0xBB, 0xBF],
  ]

  private func randomInput(using generator: inout FuzzSeededGenerator) -> [UInt8] {
    var bytes = Self.prefixes[Int(generator.next() % UInt64(Self.prefixes.count))]
    let length = Int(generator.next() % 48)
    for _ in 0..<length {
      let roll = generator.next()
      if roll % 4 == 0 {
        bytes.append(UInt8(truncatingIfNeeded: roll >> 8))
      } else {
        bytes.append(Self.interesting[Int((roll >> 8) % UInt64(Self.interesting.count))])
      }
    }
    return bytes
  }

  /// Reads `bytes` every way there is and checks that each outcome is well formed.
  private func checkAllReadings(
    of bytes: [UInt8], file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let readings: [(InputFormat, TextEncoding?)] = [
      (.csv, nil), (.csv, .utf8), (.csv, .gb18030), (.jsonLines, nil), (.jsonLines, .utf8),
    ]
    for (format, encoding) in readings {
      do {
        let result = try InputTest.read(
          bytes, format: format, encoding: encoding,
          fileName: "fuzz")
        let lines = result.rows.map(\.line)
        XCTAssertEqual(
          lines, lines.sorted(), "rows out of order for \(bytes)", file: file,
          line: line)
        XCTAssertTrue(lines.allSatisfy { $0 >= 1 }, "\(bytes)", file: file, line: line)
        XCTAssertTrue(
          result.rows.allSatisfy { !$0.fields.values.contains("") }, "\(bytes)",
          file: file, line: line)
      } catch {
        XCTAssertFalse(error.issues.isEmpty, "\(bytes)", file: file, line: line)
        for issue in error.issues {
          XCTAssertEqual(issue.file, "fuzz", file: file, line: line)
          XCTAssertTrue((issue.line ?? 1) >= 1, "\(issue) for \(bytes)", file: file, line: line)
          XCTAssertFalse(issue.reason.isEmpty, file: file, line: line)
        }
      }
    }
  }

  func testRandomShortInputsNeverCrash() {
    var generator = FuzzSeededGenerator(state: 20_240_301)
    for _ in 0..<4_000 {
      checkAllReadings(of: randomInput(using: &generator))
    }
  }

  func testEveryTruncationOfValidInputIsHandled() {
    let csv = Array("kind,union,note\r\ngrant,南通市总工会,\"a \"\"b\"\"\nc\"\n".utf8)
    let json = Array(#"{"kind":"x","note":"\ud83d\ude00 \n é","headcount":12}"#.utf8)
    let gb18030 = InputEncodingTests.gb18030CSV
    for bytes in [csv, json, gb18030] {
      for end in 0...bytes.count {
        checkAllReadings(of: Array(bytes[..<end]))
      }
    }
  }

  func testEveryByteFlipOfValidInputIsHandled() {
    let csv = Array("kind,note\ngrant,\"x,y\"\n".utf8)
    let json = Array(#"{"kind":"x","note":"\u4e2d","headcount":-1}"#.utf8)
    for bytes in [csv, json] {
      for index in bytes.indices {
        for flip: UInt8 in [0x01, 0x20, 0x80, 0xFF] {
          var mutated = bytes
          mutated[index] ^= flip
          checkAllReadings(of: mutated)
        }
      }
    }
  }
}
