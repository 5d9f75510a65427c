import ReliefCrypto
import XCTest

final class Ed25519RoundTripTests: XCTestCase {
  func makeKey(_ fill: UInt8) throws -> Ed25519.PrivateKey {
    try XCTUnwrap(Ed25519.PrivateKey(seed: (0..<32).map { UInt8(truncatingIfNeeded: $0) ^ fill }))
  }

  func testGeneratedKeysSignAndVerifyMessagesOfManyLengths() throws {
    let key = try Ed25519.PrivateKey.generate()
    XCTAssertEqual(key.seed.count, 32)
    XCTAssertNotEqual(try Ed25519.PrivateKey.generate().seed, key.seed, "fresh randomness")
    for length in [0, 1, 31, 32, 33, 111, 112, 128, 1000] {
      let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      let signature = key.signature(for: message)
      XCTAssertEqual(signature.count, 64)
      XCTAssertTrue(key.publicKey.isValidSignature(signature, for: message), "length \(length)")
    }
  }

  func testSigningIsDeterministicAndTheSeedRecreatesTheKey() throws {
    let key = try makeKey(0x5a)
    let message = Array("batch 17 commit".utf8)
    XCTAssertEqual(key.signature(for: message), key.signature(for: message))
    let again = try XCTUnwrap(Ed25519.PrivateKey(seed: key.seed))
    XCTAssertEqual(again.publicKey, key.publicKey)
    XCTAssertEqual(again.signature(for: message), key.signature(for: message))
    XCTAssertNotEqual(key.signature(for: message), key.signature(for: message + [0]))
  }

  func testAFlippedBitInTheSignatureIsRejected() throws {
    let key = try makeKey(1)
    let message = Array("flip me".utf8)
    let signature = key.signature(for: message)
    for bit in 0..<512 {
      var changed = signature
      changed[bit / 8] ^= 1 << (bit % 8)
      XCTAssertFalse(key.publicKey.isValidSignature(changed, for: message), "bit \(bit)")
    }
  }

  func testAFlippedBitInTheMessageIsRejected() throws {
    let key = try makeKey(2)
    let message = (0..<200).map { UInt8(truncatingIfNeeded: $0) }
    let signature = key.signature(for: message)
    for bit in [0, 7, 8, 100, 801, 1599] {
      var changed = message
      changed[bit / 8] ^= 1 << (bit % 8)
      XCTAssertFalse(key.publicKey.isValidSignature(signature, for: changed), "bit \(bit)")
    }
    XCTAssertFalse(key.publicKey.isValidSignature(signature, for: Array(message.dropLast())))
    XCTAssertFalse(key.publicKey.isValidSignature(signature, for: message + [0]))
  }

  func testAFlippedBitInThePublicKeyIsRejected() throws {
    let key = try makeKey(3)
    let message = Array("whose key?".utf8)
    let signature = key.signature(for: message)
    for byte in 0..<32 {
      var changed = key.publicKey.bytes
      changed[byte] ^= 1 << (byte % 8)
      let other = try XCTUnwrap(Ed25519.PublicKey(bytes: changed))
      XCTAssertFalse(other.isValidSignature(signature, for: message), "byte \(byte)")
    }
    XCTAssertFalse(try makeKey(4).publicKey.isValidSignature(signature, for: message))
  }

  func testWrongLengthsAreRejected() throws {
    let key = try makeKey(5)
    let message = Array("length".utf8)
    let signature = key.signature(for: message)
    for count in [0, 1, 32, 63] {
      XCTAssertFalse(key.publicKey.isValidSignature(Array(signature.prefix(count)), for: message))
    }
    XCTAssertFalse(key.publicKey.isValidSignature(signature + [0], for: message))
    for count in [0, 31, 33, 64] {
      XCTAssertNil(Ed25519.PublicKey(bytes: [UInt8](repeating: 1, count: count)), "\(count)")
      XCTAssertNil(Ed25519.PrivateKey(seed: [UInt8](repeating: 1, count: count)), "\(count)")
    }
  }

  func testRawBufferAndArrayEntryPointsAgree() throws {
    let key = try makeKey(6)
    let message = Array("two ways in".utf8)
    let signature = message.withUnsafeBytes { key.signature(for: $0) }
    XCTAssertEqual(signature, key.signature(for: message))
    let valid = signature.withUnsafeBytes { signatureBytes in
      message.withUnsafeBytes { key.publicKey.isValidSignature(signatureBytes, for: $0) }
    }
    XCTAssertTrue(valid)
  }

  func testPublicKeyBytesHexAndEquality() throws {
    let key = try makeKey(7)
    let copy = try XCTUnwrap(Ed25519.PublicKey(bytes: key.publicKey.bytes))
    XCTAssertEqual(copy, key.publicKey)
    XCTAssertEqual(copy.hex, hex(key.publicKey.bytes))
    XCTAssertEqual(Set([copy, key.publicKey]).count, 1)
    XCTAssertNotEqual(try makeKey(8).publicKey, key.publicKey)
  }

  func testPrivateKeyDescriptionsNeverShowTheSeed() throws {
    let key = try makeKey(9)
    var dumped = ""
    dump(key, to: &dumped)
    for text in [key.description, key.debugDescription, "\(key)", String(reflecting: key), dumped] {
      XCTAssertFalse(text.contains(hex(key.seed)), text)
    }
    XCTAssertEqual(key.description, "Ed25519.PrivateKey(publicKey: \(key.publicKey.hex))")
  }
}
