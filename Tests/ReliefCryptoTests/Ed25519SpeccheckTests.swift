import ReliefCrypto
import XCTest

/// The 12 cases of novifinancial/ed25519-speccheck (`cases.json`).
///
/// Its README's results table gives Go, OpenSSL 3.0, BoringSSL and ed25519-dalek `verify` the same
/// row: valid for cases 0–3 and 11, invalid for 4–10.
final class Ed25519SpeccheckTests: XCTestCase {
  /// The Go / OpenSSL row of the README's results table, case 0 first.
  static let expectedVerdicts = [
    true, true, true, true, false, false, false, false, false, false, false, true,
  ]

  /// What each case exercises, from the README's condition table.
  static let descriptions = [
    "small A and R, S = 0", "small A only", "small R only", "mixed A and R",
    "mixed A and R, fails cofactorless", "pre-reduced scalar, fails cofactorless",
    "S > L", "S >> L", "non-canonical R, reduced for hash",
    "non-canonical R, not reduced for hash", "non-canonical A, reduced for hash",
    "non-canonical A, not reduced for hash",
  ]

  func testEveryCaseGetsTheGoAndOpenSSLVerdict() throws {
    let file = "cases.json"
    guard let cases = try VectorFiles.json("ed25519-speccheck", file) as? [[String: String]]
    else { throw VectorFiles.LoadError.badJSON(file) }
    XCTAssertEqual(cases.count, 12)
    for (index, entry) in cases.enumerated() {
      guard let message = entry["message"], let publicKey = entry["pub_key"],
        let signature = entry["signature"]
      else { throw VectorFiles.LoadError.badJSON(file) }
      let key = try XCTUnwrap(Ed25519.PublicKey(bytes: try bytes(hex: publicKey)))
      XCTAssertEqual(
        key.isValidSignature(try bytes(hex: signature), for: try bytes(hex: message)),
        Self.expectedVerdicts[index], "case \(index): \(Self.descriptions[index])")
    }
  }
}
