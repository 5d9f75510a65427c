import ReliefCrypto
import XCTest

final class SHA256DigestTests: XCTestCase {
  private let abcHex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

  func testHexRoundTrips() throws {
    let digest = SHA256.hash(Array("abc".utf8))
    XCTAssertEqual(digest.hex, abcHex)
    XCTAssertEqual(digest.description, abcHex)
    XCTAssertEqual("\(digest)", abcHex)
    let parsed = try XCTUnwrap(SHA256Digest(hex: abcHex))
    XCTAssertEqual(parsed, digest)
    XCTAssertEqual(parsed.hex, abcHex)
  }

  func testHexUTF8ParsesTheSameAsHexString() throws {
    let digest = try XCTUnwrap(Array(abcHex.utf8).withUnsafeBytes { SHA256Digest(hexUTF8: $0) })
    XCTAssertEqual(digest.hex, abcHex)
  }

  func testHexOfEveryByteValueIsLowercase() throws {
    let bytes = (0..<32).map { UInt8($0 * 8 + 3) }
    let digest = try XCTUnwrap(SHA256Digest(bytes: bytes))
    let expected = bytes.map { byte in
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }.joined()
    XCTAssertEqual(digest.hex, expected)
    for value in 0...255 {
      let single = [UInt8](repeating: UInt8(value), count: 32)
      let hex = try XCTUnwrap(SHA256Digest(bytes: single)).hex
      XCTAssertEqual(hex, String(repeating: String(format: "%02x", value), count: 32))
      XCTAssertEqual(SHA256Digest(hex: hex)?.bytes, single)
    }
  }

  func testHexParsingRejectsUppercase() {
    XCTAssertNil(SHA256Digest(hex: abcHex.uppercased()))
    XCTAssertNil(SHA256Digest(hex: "A" + abcHex.dropFirst()))
    XCTAssertNil(SHA256Digest(hex: abcHex.dropLast() + "D"))
  }

  func testHexParsingRejectsWrongLengths() {
    XCTAssertNil(SHA256Digest(hex: String(abcHex.dropLast())), "63 characters")
    XCTAssertNil(SHA256Digest(hex: abcHex + "0"), "65 characters")
    XCTAssertNil(SHA256Digest(hex: ""))
    XCTAssertNil(SHA256Digest(hex: abcHex + abcHex))
  }

  func testHexParsingRejectsNonHexCharacters() {
    for bad in ["g", "G", " ", "-", ":", "/", "@", "`", "\u{0}", "x"] {
      XCTAssertNil(SHA256Digest(hex: bad + abcHex.dropFirst()), "leading \(bad.debugDescription)")
      XCTAssertNil(SHA256Digest(hex: abcHex.dropLast() + bad), "trailing \(bad.debugDescription)")
    }
    // "é" is two UTF-8 bytes: 62 hex digits plus it make 64 bytes but not 64 hex digits.
    XCTAssertNil(SHA256Digest(hex: String(abcHex.dropLast(2)) + "é"))
  }

  func testBytesInitializerRequiresExactly32Bytes() {
    XCTAssertNil(SHA256Digest(bytes: [UInt8](repeating: 1, count: 31)))
    XCTAssertNil(SHA256Digest(bytes: [UInt8](repeating: 1, count: 33)))
    XCTAssertNil(SHA256Digest(bytes: [UInt8]()))
    let bytes = (0..<32).map { UInt8($0) }
    XCTAssertEqual(SHA256Digest(bytes: bytes)?.bytes, bytes)
    XCTAssertEqual(SHA256Digest(bytes: bytes[...])?.bytes, bytes)
    XCTAssertEqual(SHA256Digest(bytes: (0..<32).lazy.map { UInt8($0) })?.bytes, bytes)
  }

  func testWithUnsafeBytesExposesTheDigestBytesInOrder() {
    let digest = SHA256.hash(Array("abc".utf8))
    let viaPointer = digest.withUnsafeBytes { Array($0) }
    XCTAssertEqual(viaPointer.count, 32)
    XCTAssertEqual(viaPointer, digest.bytes)
    XCTAssertEqual(viaPointer.prefix(4), [0xba, 0x78, 0x16, 0xbf])
  }

  func testZeroIsAllZeroBytes() {
    XCTAssertEqual(SHA256Digest.zero.bytes, [UInt8](repeating: 0, count: 32))
    XCTAssertEqual(SHA256Digest.zero.hex, String(repeating: "0", count: 64))
    XCTAssertNotEqual(SHA256Digest.zero, SHA256.hash([UInt8]()))
  }

  func testWriteHexFillsTheFirst64BytesOnly() {
    let digest = SHA256.hash(Array("abc".utf8))
    var buffer = [UInt8](repeating: 0xee, count: 70)
    buffer.withUnsafeMutableBytes { digest.writeHex(to: $0) }
    XCTAssertEqual(String(decoding: buffer.prefix(64), as: UTF8.self), abcHex)
    XCTAssertEqual(Array(buffer.suffix(6)), [UInt8](repeating: 0xee, count: 6))
  }

  func testEqualDigestsHashAlikeAndDifferentOnesDiffer() {
    let abc = SHA256.hash(Array("abc".utf8))
    let again = SHA256.hash(Array("abc".utf8))
    let other = SHA256.hash(Array("abd".utf8))
    XCTAssertEqual(abc, again)
    XCTAssertNotEqual(abc, other)
    XCTAssertEqual(Set([abc, again, other]).count, 2)
    var lastByteDiffers = abc.bytes
    lastByteDiffers[31] ^= 1
    XCTAssertNotEqual(SHA256Digest(bytes: lastByteDiffers), abc)
  }
}

/// The word-at-a-time hex parser against a byte-at-a-time reference, for every byte value at
/// every position.
final class SHA256DigestHexParsingTests: XCTestCase {
  private static func referenceNibble(_ ascii: UInt8) -> UInt8? {
    switch ascii {
    case 0x30...0x39: ascii - 0x30
    case 0x61...0x66: ascii - 0x61 + 10
    default: nil
    }
  }

  func testEveryByteValueAtEveryPosition() throws {
    let base = Array("0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210".utf8)
    for position in 0..<64 {
      for value in 0...255 {
        var text = base
        text[position] = UInt8(value)
        let parsed = text.withUnsafeBytes { SHA256Digest(hexUTF8: $0) }
        guard let nibble = Self.referenceNibble(UInt8(value)) else {
          XCTAssertNil(parsed, "byte \(value) at \(position)")
          continue
        }
        var expected = try XCTUnwrap(base.withUnsafeBytes { SHA256Digest(hexUTF8: $0) }).bytes
        let shift: UInt8 = position % 2 == 0 ? 4 : 0
        expected[position / 2] = expected[position / 2] & ~(0x0f << shift) | nibble << shift
        XCTAssertEqual(parsed?.bytes, expected, "byte \(value) at \(position)")
      }
    }
  }

  func testKnownDigestParsesToItsBytes() throws {
    let hex = "0123456789abcdef0123456789abcdeffedcba9876543210fedcba9876543210"
    let digest = try XCTUnwrap(SHA256Digest(hex: hex))
    XCTAssertEqual(
      digest.bytes,
      [
        0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd,
        0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54,
        0x32, 0x10,
      ])
  }
}
