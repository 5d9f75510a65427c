import ReliefCrypto
import XCTest

/// SHA-512 digests of the FIPS 180-4 examples (NIST's "Cryptographic Standards and
/// Guidelines: Examples with Intermediate Values", SHA-512) and of messages whose lengths sit
/// at the padding boundaries.
final class SHA512KnownAnswerTests: XCTestCase {
  func testFIPSOneBlockMessageABC() {
    XCTAssertEqual(
      SHA512.hash(Array("abc".utf8)).hex,
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
  }

  func testEmptyMessage() {
    XCTAssertEqual(
      SHA512.hash([UInt8]()).hex,
      "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
        + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
  }

  func testFIPSTwoBlockMessageOf896Bits() {
    let message =
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
      + "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    XCTAssertEqual(message.utf8.count * 8, 896)
    XCTAssertEqual(
      SHA512.hash(Array(message.utf8)).hex,
      "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
        + "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
  }

  func testOneMillionLetterA() {
    let expected =
      "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
      + "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    XCTAssertEqual(SHA512.hash(message).hex, expected, "one shot")
    var hasher = SHA512()
    for start in stride(from: 0, to: message.count, by: 1000) {
      hasher.update(message[start..<(start + 1000)])
    }
    XCTAssertEqual(hasher.finalize().hex, expected, "1,000 updates of 1,000 bytes")
  }

  /// Lengths around 112 bytes (where the 16-byte length field stops fitting in the last
  /// block) and 128 (a whole block); expected values from Python's hashlib (OpenSSL).
  func testLengthsAroundThePaddingBoundaries() {
    let expected: [(Int, String)] = [
      (111, "d2026b9857418e96d800f55017d1c1566c027453ff240da88f0a25558fabf5d6"),
      (112, "4dc754b8985c03b8015b1efd61af5c05828b6d07eecda8d90dd5863f7704bd37"),
      (127, "78de13cc28717e3ee7a3cb21b2ecac6d201f32f4a81bc1becdf9de5126e1a013"),
      (128, "6e7f10bc87eacc3e98014eaade39e273285ba13c79231361c24c304a8d409018"),
      (129, "cdc5b3e2f22ed03935760389c88672f8b3c867503aff012d5f9653e426c9b530"),
      (239, "d29cefaac62d3e8acd367abe0804c702a4848773ada2ad537619bc5c29a3a1f0"),
      (240, "44f1b40dcf17562fc7119b65ea16035838ccb0438092ef3c7ba8011fda5448d6"),
      (255, "cca5916a9770c125f68452214ffea2765ee9ce72ff6893df172d649c9c85e3bb"),
      (256, "ca6e7d0c2e4ae8774b65b1353a44154f9858ff2c6eb8c50c645eb37b39e37ad9"),
    ]
    for (length, prefix) in expected {
      let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
      XCTAssertTrue(SHA512.hash(message).hex.hasPrefix(prefix), "length \(length)")
    }
  }

  func testDigestBytesHexAndEquality() throws {
    let digest = SHA512.hash(Array("abc".utf8))
    XCTAssertEqual(digest.bytes.count, SHA512Digest.byteCount)
    XCTAssertEqual(hex(digest.bytes), digest.hex)
    XCTAssertEqual(digest.description, digest.hex)
    XCTAssertEqual(try XCTUnwrap(SHA512Digest(bytes: digest.bytes)), digest)
    XCTAssertNil(SHA512Digest(bytes: digest.bytes.dropLast()))
    XCTAssertNil(SHA512Digest(bytes: digest.bytes + [0]))
    XCTAssertNotEqual(SHA512.hash(Array("abd".utf8)), digest)
    XCTAssertEqual(Set([digest, SHA512.hash(Array("abc".utf8))]).count, 1)
  }
}
