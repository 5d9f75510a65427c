import ReliefCrypto
import XCTest

/// Project Wycheproof's Ed25519 verification vectors (`ed25519_test.json`): every case must
/// be accepted or rejected exactly as the file says.
final class Ed25519WycheproofTests: XCTestCase {
  struct Case {
    let id: Int
    let comment: String
    let publicKey: [UInt8]
    let message: [UInt8]
    let signature: [UInt8]
    let isValid: Bool
  }

  static func cases() throws -> [Case] {
    let file = "ed25519_test.json"
    guard let root = try VectorFiles.json("wycheproof", file) as? [String: Any],
      let groups = root["testGroups"] as? [[String: Any]]
    else { throw VectorFiles.LoadError.badJSON(file) }
    var cases: [Case] = []
    for group in groups {
      guard let key = group["publicKey"] as? [String: Any], let publicKey = key["pk"] as? String,
        let tests = group["tests"] as? [[String: Any]]
      else { throw VectorFiles.LoadError.badJSON(file) }
      for test in tests {
        guard let id = test["tcId"] as? Int, let comment = test["comment"] as? String,
          let message = test["msg"] as? String, let signature = test["sig"] as? String,
          let result = test["result"] as? String, result == "valid" || result == "invalid"
        else { throw VectorFiles.LoadError.badJSON(file) }
        cases.append(
          Case(
            id: id, comment: comment, publicKey: try bytes(hex: publicKey),
            message: try bytes(hex: message), signature: try bytes(hex: signature),
            isValid: result == "valid"))
      }
    }
    return cases
  }

  func testAll151CasesAreRead() throws {
    let cases = try Self.cases()
    XCTAssertEqual(cases.count, 151)
    XCTAssertEqual(Set(cases.map(\.id)).count, 151, "tcIds are unique")
  }

  func testEveryCaseIsAcceptedOrRejectedAsTheFileSays() throws {
    for test in try Self.cases() {
      let key = try XCTUnwrap(Ed25519.PublicKey(bytes: test.publicKey), "tcId \(test.id)")
      XCTAssertEqual(
        key.isValidSignature(test.signature, for: test.message), test.isValid,
        "tcId \(test.id) (\(test.comment)) should be \(test.isValid ? "valid" : "invalid")")
    }
  }
}
