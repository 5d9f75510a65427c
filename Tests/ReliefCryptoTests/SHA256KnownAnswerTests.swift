import ReliefCrypto
import XCTest

/// The SHA-256 examples of FIPS 180-4 (NIST "Cryptographic Standards and Guidelines:
/// Examples with Intermediate Values").
final class SHA256KnownAnswerTests: XCTestCase {
  func testAbcHashesToTheFIPSExampleDigest() {
    XCTAssertEqual(
      SHA256.hash(Array("abc".utf8)).hex,
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  func testEmptyMessageHashesToTheKnownDigest() {
    let expected = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    XCTAssertEqual(SHA256.hash([UInt8]()).hex, expected)
    XCTAssertEqual(SHA256().finalize().hex, expected)
    XCTAssertEqual(SHA256.hash(UnsafeRawBufferPointer(start: nil, count: 0)).hex, expected)
  }

  func testTwoBlock448BitMessageHashesToTheFIPSExampleDigest() {
    let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    XCTAssertEqual(message.count * 8, 448)
    XCTAssertEqual(
      SHA256.hash(message).hex,
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  func testOneMillionLetterAsHashToTheKnownDigest() {
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    XCTAssertEqual(SHA256.hash(million).hex, expected, "one-shot")
    var hasher = SHA256()
    let thousand = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
    for _ in 0..<1_000 {
      hasher.update(thousand)
    }
    XCTAssertEqual(hasher.finalize().hex, expected, "1000 updates of 1000 bytes")
  }
}
