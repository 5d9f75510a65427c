import ReliefCrypto
import XCTest

/// The rules of VERIFICATION-POLICY.md, each shown on a signature built for it.
///
/// With the identity as public key A, [S]B − [k]A = [S]B whatever k is, so R = encode([S]B) makes a
/// valid signature of every message; that isolates the encoding rules.
final class Ed25519VerificationPolicyTests: XCTestCase {
  static let identity = "0100000000000000000000000000000000000000000000000000000000000000"
  /// The encoding of B, which is [1]B.
  static let basePoint = "5866666666666666666666666666666666666666666666666666666666666666"
  static let one = "0100000000000000000000000000000000000000000000000000000000000000"
  static let zero = "0000000000000000000000000000000000000000000000000000000000000000"
  /// L = 2^252 + 27742317777372353535851937790883648493, little-endian.
  static let order = "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"
  static let message = Array("any message".utf8)

  func verify(key: String, signature: String) throws -> Bool {
    let publicKey = try XCTUnwrap(Ed25519.PublicKey(bytes: try bytes(hex: key)))
    return publicKey.isValidSignature(try bytes(hex: signature), for: Self.message)
  }

  func testIdentityKeyAcceptsTheConstructedSignature() throws {
    XCTAssertTrue(try verify(key: Self.identity, signature: Self.basePoint + Self.one))
    XCTAssertTrue(try verify(key: Self.identity, signature: Self.identity + Self.zero))
  }

  /// Go's Point.SetBytes and OpenSSL accept y ≥ p (taken mod p) and x = 0 with the sign
  /// bit set, so these encodings of the identity are accepted as public keys.
  func testNonCanonicalPublicKeyEncodingsAreAccepted() throws {
    for key in [
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p + 1
      "0100000000000000000000000000000000000000000000000000000000000080",  // x = −0
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // both
    ] {
      XCTAssertTrue(try verify(key: key, signature: Self.basePoint + Self.one), key)
    }
  }

  /// R is compared as bytes with the canonical encoding of R', so any other encoding of
  /// the right point fails.
  func testNonCanonicalREncodingsAreRejected() throws {
    for r in [
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p + 1
      "0100000000000000000000000000000000000000000000000000000000000080",  // x = −0
      "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // both
    ] {
      XCTAssertFalse(try verify(key: Self.identity, signature: r + Self.zero), r)
    }
  }

  /// S must be below L even when S + L would satisfy the equation just as well.
  func testScalarsOfLOrMoreAreRejected() throws {
    let key = try XCTUnwrap(Ed25519.PrivateKey(seed: [UInt8](repeating: 0x42, count: 32)))
    let signature = key.signature(for: Self.message)
    let proof = Array(signature[32...])
    let order = try bytes(hex: Self.order)
    var sum = [UInt8](repeating: 0, count: 32)
    var carry = 0
    for index in 0..<32 {
      let total = Int(proof[index]) + Int(order[index]) + carry
      sum[index] = UInt8(total & 0xff)
      carry = total >> 8
    }
    XCTAssertEqual(carry, 0)
    XCTAssertTrue(key.publicKey.isValidSignature(signature, for: Self.message))
    XCTAssertFalse(
      key.publicKey.isValidSignature(Array(signature[..<32]) + sum, for: Self.message),
      "S + L")
    XCTAssertFalse(try verify(key: Self.identity, signature: Self.identity + Self.order), "L")
  }

  /// Bytes that are no curve point still make a PublicKey, but it verifies nothing.
  func testKeysThatAreNotCurvePointsVerifyNothing() throws {
    // y = 2 and y = 7 have no x on edwards25519.
    for key in [
      "0200000000000000000000000000000000000000000000000000000000000000",
      "0700000000000000000000000000000000000000000000000000000000000000",
    ] {
      XCTAssertFalse(try verify(key: key, signature: Self.basePoint + Self.one), key)
      XCTAssertFalse(try verify(key: key, signature: Self.identity + Self.zero), key)
    }
  }
}
