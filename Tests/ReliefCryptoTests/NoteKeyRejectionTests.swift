import ReliefCrypto
import XCTest

/// One test per way a signed-note key text can be wrong, for verifier and signer keys.
final class NoteKeyRejectionTests: XCTestCase {
  static let verifier = NoteKeyTests.sumGolangOrg
  static let signer = NoteKeyTests.peterNeumannSigner
  static let signerSecret = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"

  func assertVerifierRejects(
    _ text: String, with expected: NoteKeyError, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertThrowsError(try NoteVerifierKey(parsing: text), text, file: file, line: line) {
      XCTAssertEqual($0 as? NoteKeyError, expected, text.debugDescription, file: file, line: line)
    }
  }

  func assertSignerRejects(
    _ text: String, with expected: NoteKeyError, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertThrowsError(try NoteSignerKey(parsing: text), file: file, line: line) { error in
      XCTAssertEqual(error as? NoteKeyError, expected, file: file, line: line)
      // No message may quote the private key.
      XCTAssertFalse("\(error)".contains(Self.signerSecret), file: file, line: line)
      XCTAssertFalse(String(reflecting: error).contains("AYEKFALV"), file: file, line: line)
    }
  }

  func testVerifierRejectsAPrivateKey() {
    assertVerifierRejects(Self.signer, with: .privateKeyWhereVerifierKeyExpected)
  }

  func testSignerRejectsTextWithoutThePrivateKeyPrefix() {
    for text in [
      "PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz", "PRIVATE+KEY",
      "private+key+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      " PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz", "",
    ] {
      assertSignerRejects(text, with: .missingPrivateKeyPrefix)
    }
  }

  func testRejectsMissingFields() {
    for text in ["", "sum.golang.org", "sum.golang.org+033de0ae", "033de0ae"] {
      assertVerifierRejects(text, with: .missingFields)
    }
    assertSignerRejects("PRIVATE+KEY+", with: .missingFields)
    assertSignerRejects("PRIVATE+KEY+PeterNeumann", with: .missingFields)
    assertSignerRejects("PRIVATE+KEY+PeterNeumann+c74f20a3", with: .missingFields)
  }

  func testRejectsInvalidNames() {
    let key = "+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
    for name in [
      "", "sum golang", "sum\tgolang", "sum\ngolang", "sum\u{0B}golang", "sum\u{85}golang",
      "sum\u{A0}golang", "sum\u{2003}golang", "sum\u{3000}golang", "sum\u{2028}golang",
      "sum\u{07}golang", "sum\u{7F}golang", "sum\u{9F}golang", "\u{0}",
    ] {
      assertVerifierRejects(name + key, with: .invalidName)
    }
    assertSignerRejects(
      "PRIVATE+KEY+Peter Neumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      with: .invalidName)
  }

  func testConstructorsRejectInvalidNames() throws {
    let privateKey = try XCTUnwrap(Ed25519.PrivateKey(seed: [UInt8](repeating: 7, count: 32)))
    for name in ["", "a+b", "a b", "a\u{2009}b", "a\u{1}b", "a\n"] {
      XCTAssertThrowsError(try NoteVerifierKey(name: name, publicKey: privateKey.publicKey)) {
        XCTAssertEqual($0 as? NoteKeyError, .invalidName, name.debugDescription)
      }
      XCTAssertThrowsError(try NoteSignerKey(name: name, privateKey: privateKey)) {
        XCTAssertEqual($0 as? NoteKeyError, .invalidName, name.debugDescription)
      }
    }
  }

  func testRejectsMalformedKeyHashes() {
    let key = "Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
    for hash in ["033DE0AE", "033de0a", "033de0aee", "033de0ag", "", "0x3de0ae", "-33de0ae"] {
      assertVerifierRejects("sum.golang.org+\(hash)+\(key)", with: .malformedKeyHash)
    }
    assertSignerRejects(
      "PRIVATE+KEY+PeterNeumann+C74F20A3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      with: .malformedKeyHash)
  }

  func testRejectsNonCanonicalBase64() {
    let prefix = "sum.golang.org+033de0ae+"
    let key = "Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
    assertVerifierRejects(prefix + key + "\n", with: .invalidBase64(.lengthNotMultipleOfFour(45)))
    assertVerifierRejects(prefix + key + "=", with: .invalidBase64(.lengthNotMultipleOfFour(45)))
    assertVerifierRejects(
      prefix + "Ac4zctda0e5eza-HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
      with: .invalidBase64(.invalidCharacter(offset: 14)))
    assertVerifierRejects(
      prefix + "Ac4zctda 0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn",
      with: .invalidBase64(.invalidCharacter(offset: 8)))
    assertSignerRejects(
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz ",
      with: .invalidBase64(.lengthNotMultipleOfFour(45)))
    assertSignerRejects(
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr_Y7hfZx09iUvxdXHKDFz",
      with: .invalidBase64(.invalidCharacter(offset: 24)))
  }

  /// From signed_note_cases.json: Go rejects this for its length; its base64 tail
  /// "BADKEY==" also leaves non-zero unused bits, which the strict decoder finds first.
  func testPublishedWrongLengthKeyIsRejected() {
    assertVerifierRejects(
      "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",
      with: .invalidBase64(.nonZeroTrailingBits))
  }

  /// From signed_note_cases.json: algorithm byte 0x65 with a matching key hash.
  func testPublishedUnknownAlgorithmKeyIsRejected() {
    assertVerifierRejects(
      "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
      with: .unknownAlgorithm(0x65))
    assertSignerRejects(
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      with: .unknownAlgorithm(0x02))
  }

  func testRejectsWrongKeyLengths() {
    func text(_ keyBytes: [UInt8]) -> String { "name+01234567+" + Base64.encode(keyBytes) }
    assertVerifierRejects("name+01234567+", with: .wrongKeyLength(0))
    assertVerifierRejects(text([1]), with: .wrongKeyLength(0))
    assertVerifierRejects(text([1] + [UInt8](repeating: 9, count: 31)), with: .wrongKeyLength(31))
    assertVerifierRejects(text([1] + [UInt8](repeating: 9, count: 33)), with: .wrongKeyLength(33))
    assertSignerRejects(
      "PRIVATE+" + "KEY+" + text([1] + [UInt8](repeating: 9, count: 64)),
      with: .wrongKeyLength(64))
  }

  func testRejectsKeyHashMismatches() throws {
    let sumGolangOrgKey = try NoteVerifierKey(parsing: Self.verifier).publicKey
    assertVerifierRejects(
      "sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
      with: .keyHashMismatch(listed: 0x033d_e0af, computed: 0x033d_e0ae))
    assertVerifierRejects(
      "sum.golang.org.+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
      with: .keyHashMismatch(
        listed: 0x033d_e0ae,
        computed: NoteVerifierKey.keyHash(name: "sum.golang.org.", publicKey: sumGolangOrgKey)))
    assertSignerRejects(
      "PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
      with: .keyHashMismatch(listed: 0xc74f_20a4, computed: 0xc74f_20a3))
    // A seed written as if it were a verifier key: the hash cannot match.
    XCTAssertThrowsError(
      try NoteVerifierKey(parsing: "PeterNeumann+c74f20a3+" + Self.signerSecret))
  }

  /// golang.org/x/mod's TestNewVerifier rule: every proper prefix of a valid key, and every
  /// variant with one byte incremented, is rejected.
  func testEveryProperPrefixAndEveryIncrementedByteIsRejected() {
    for valid in [Self.verifier, NoteKeyTests.peterNeumannVerifier] {
      let bytes = Array(valid.utf8)
      for count in 0..<bytes.count {
        let prefix = String(decoding: bytes[..<count], as: UTF8.self)
        XCTAssertThrowsError(try NoteVerifierKey(parsing: prefix), prefix)
      }
      for index in bytes.indices {
        var changed = bytes
        changed[index] &+= 1
        let text = String(decoding: changed, as: UTF8.self)
        XCTAssertThrowsError(try NoteVerifierKey(parsing: text), text)
      }
    }
    let signerBytes = Array(Self.signer.utf8)
    for count in 0..<signerBytes.count {
      let prefix = String(decoding: signerBytes[..<count], as: UTF8.self)
      XCTAssertThrowsError(try NoteSignerKey(parsing: prefix), "prefix of \(count) bytes")
    }
    for index in signerBytes.indices {
      var changed = signerBytes
      changed[index] &+= 1
      XCTAssertThrowsError(
        try NoteSignerKey(parsing: String(decoding: changed, as: UTF8.self)), "byte \(index)")
    }
  }

  func testErrorDescriptionsNameTheProblem() {
    let expected: [(NoteKeyError, String)] = [
      (.missingPrivateKeyPrefix, "a signer key must start with PRIVATE+KEY+"),
      (.missingFields, "a key must have the form <name>+<hash>+<key>"),
      (.malformedKeyHash, "the key hash must be 8 lowercase hexadecimal digits"),
      (
        .unknownAlgorithm(2),
        "unknown key algorithm 2 (1, Ed25519, and 4, Ed25519 cosigner, are supported)"
      ),
      (.wrongKeyLength(31), "the key has 31 bytes; an Ed25519 key has 32"),
      (
        .keyHashMismatch(listed: 0x033d_e0af, computed: 0x033d_e0ae),
        "the key hash 033de0af does not match the name and key (expected 033de0ae)"
      ),
      (
        .invalidBase64(.nonZeroTrailingBits),
        "the key is not valid base64: the last base64 character has non-zero unused bits "
          + "(not the canonical encoding)"
      ),
    ]
    for (error, message) in expected {
      XCTAssertEqual(error.description, message)
    }
  }
}
