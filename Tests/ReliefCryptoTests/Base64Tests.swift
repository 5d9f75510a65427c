import ReliefCrypto
import XCTest

final class Base64Tests: XCTestCase {
  /// RFC 4648 section 10.
  static let rfcVectors: [(String, String)] = [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
    ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
  ]

  func testRFC4648VectorsEncodeAndDecode() throws {
    for (plain, encoded) in Self.rfcVectors {
      XCTAssertEqual(Base64.encode(Array(plain.utf8)), encoded, plain)
      XCTAssertEqual(try Base64.decode(encoded), Array(plain.utf8), encoded)
    }
  }

  func testEveryByteValueAndLengthRoundTrips() throws {
    let allBytes = (0...255).map { UInt8($0) }
    XCTAssertEqual(try Base64.decode(Base64.encode(allBytes)), allBytes)
    var generator = SeededGenerator(seed: 64)
    for length in 0..<100 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let encoded = Base64.encode(bytes)
      XCTAssertEqual(encoded.utf8.count, (length + 2) / 3 * 4, "length \(length)")
      XCTAssertEqual(try Base64.decode(encoded), bytes, "length \(length)")
    }
  }

  func testAlphabetIsTheStandardOne() {
    let bytes: [UInt8] = [
      0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8b, 0x30, 0xd3, 0x8f,
      0x41, 0x14, 0x93, 0x51, 0x55, 0x97, 0x61, 0x96, 0x9b, 0x71, 0xd7, 0x9f, 0x82, 0x18, 0xa3,
      0x92, 0x59, 0xa7, 0xa2, 0x9a, 0xab, 0xb2, 0xdb, 0xaf, 0xc3, 0x1c, 0xb3, 0xd3, 0x5d, 0xb7,
      0xe3, 0x9e, 0xbb, 0xf3, 0xdf, 0xbf,
    ]
    XCTAssertEqual(
      Base64.encode(bytes), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  }

  func testRejectsLengthsThatAreNotMultiplesOfFour() {
    for text in ["Z", "Zg", "Zg=", "Zm9", "Zm9vY", "Zg===", "Zm9vYg=", "Zm9vYg==="] {
      XCTAssertThrowsError(try Base64.decode(text), text) { error in
        XCTAssertEqual(
          error as? Base64DecodingError, .lengthNotMultipleOfFour(text.utf8.count), text)
      }
    }
  }

  func testRejectsCharactersOutsideTheAlphabet() {
    let cases: [(String, Int)] = [
      ("Zm9 ", 3), (" Zm9", 0), ("Zm\n9", 2), ("Zm9v\r\nYg==", 4), ("Zm\t9", 2),
      ("Zm-v", 2), ("Zm_v", 2), ("Zm9é", 3), ("Zm9v.mFy", 4), ("\0Zm9", 0), ("Zm9v YmFy", 4),
      ("Zmé", 2), ("Zm9v\u{A0}mF", 4),
    ]
    for (text, offset) in cases {
      XCTAssertThrowsError(try Base64.decode(text), text.debugDescription) { error in
        let expected: Base64DecodingError =
          text.utf8.count % 4 == 0
          ? .invalidCharacter(offset: offset)
          : .lengthNotMultipleOfFour(text.utf8.count)
        XCTAssertEqual(error as? Base64DecodingError, expected, text.debugDescription)
      }
    }
  }

  func testRejectsMisplacedPadding() {
    let cases: [(String, Int)] = [
      ("====", 0), ("Z===", 1), ("Zg=A", 2), ("=Zm9", 0), ("Zm=v", 2), ("Zg==Zm9v", 2),
      ("Zm9vZ===", 5),
    ]
    for (text, offset) in cases {
      XCTAssertThrowsError(try Base64.decode(text), text) { error in
        XCTAssertEqual(error as? Base64DecodingError, .misplacedPadding(offset: offset), text)
      }
    }
  }

  func testRejectsNonZeroTrailingBits() {
    // "Zg==" is the only encoding of "f"; "Zh==" ... "Zv==" differ only in unused bits.
    for text in ["Zh==", "Zi==", "Zv==", "Zm9=", "Zm+=", "Zm/=", "AB==", "AAB="] {
      XCTAssertThrowsError(try Base64.decode(text), text) { error in
        XCTAssertEqual(error as? Base64DecodingError, .nonZeroTrailingBits, text)
      }
    }
  }

  func testErrorDescriptionsNameTheProblemWithoutTheText() {
    XCTAssertEqual(
      Base64DecodingError.invalidCharacter(offset: 7).description,
      "byte 7 is not a base64 character")
    XCTAssertEqual(
      Base64DecodingError.lengthNotMultipleOfFour(5).description,
      "base64 text of 5 bytes: the length must be a multiple of 4")
    XCTAssertEqual(
      Base64DecodingError.misplacedPadding(offset: 2).description,
      "misplaced '=' padding at byte 2")
    XCTAssertTrue(Base64DecodingError.nonZeroTrailingBits.description.contains("canonical"))
  }
}
