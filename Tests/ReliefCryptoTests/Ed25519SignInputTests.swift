import ReliefCrypto
import XCTest

/// The 1,024 lines of djb's `sign.input` (the Ed25519 reference software's test file): for
/// each, the seed must derive the public key, signing must give the listed signature byte
/// for byte, and that signature must verify.
final class Ed25519SignInputTests: XCTestCase {
  struct Line {
    let number: Int
    let seed: [UInt8]
    let publicKey: [UInt8]
    let message: [UInt8]
    let signature: [UInt8]
  }

  /// Parses `seed‖pk : pk : msg : sig‖msg :` lines.
  static func lines() throws -> [Line] {
    let text = try VectorFiles.text("ed25519-sign-input", "sign.input")
    var lines: [Line] = []
    for (index, row) in text.split(separator: "\n").enumerated() {
      let fields = row.split(separator: ":", omittingEmptySubsequences: false)
      guard fields.count == 5, fields[4].isEmpty else {
        throw VectorFiles.LoadError.badJSON("sign.input line \(index + 1)")
      }
      let secret = try bytes(hex: String(fields[0]))
      let publicKey = try bytes(hex: String(fields[1]))
      let message = try bytes(hex: String(fields[2]))
      let signed = try bytes(hex: String(fields[3]))
      guard secret.count == 64, Array(secret[32...]) == publicKey,
        signed.count == 64 + message.count,
        Array(signed[64...]) == message
      else { throw VectorFiles.LoadError.badJSON("sign.input line \(index + 1)") }
      lines.append(
        Line(
          number: index + 1, seed: Array(secret[..<32]), publicKey: publicKey, message: message,
          signature: Array(signed[..<64])))
    }
    return lines
  }

  func testEveryLineDerivesSignsAndVerifies() throws {
    let lines = try Self.lines()
    XCTAssertEqual(lines.count, 1024)
    for line in lines {
      let key = try XCTUnwrap(Ed25519.PrivateKey(seed: line.seed), "line \(line.number)")
      XCTAssertEqual(key.publicKey.bytes, line.publicKey, "public key, line \(line.number)")
      XCTAssertEqual(key.signature(for: line.message), line.signature, "line \(line.number)")
      let verifier = try XCTUnwrap(Ed25519.PublicKey(bytes: line.publicKey))
      XCTAssertTrue(
        verifier.isValidSignature(line.signature, for: line.message), "line \(line.number)")
    }
  }
}
