import Foundation
import XCTest

/// `relief verify --key` and `--trust` refused before the ledger is read: malformed
/// policies (every problem as FILE:LINE, exit 2), bad keys, both options, a missing file.
final class TrustPolicyUsageTests: PinnedTrustTestCase {
  func testAMalformedPolicyIsAUsageErrorNamingFileAndLine() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try writePolicy([
      "origin \(origin)", "# fine", "colour blue", "admin not-a-key",
      "cosigner \(verifierKey("admin"))", "cosignatures two",
    ])
    let result = run(["verify", "--ledger", ledger, "--trust", policy, "--json"])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(result.out, "")
    let lines = result.err.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[0], "relief verify: the trust policy is not valid:")
    XCTAssertEqual(lines[1], "\(policy):3: unknown setting 'colour'")
    XCTAssertTrue(lines[2].hasPrefix("\(policy):4: 'not-a-key' is not a verifier key: "), lines[2])
    XCTAssertTrue(lines[3].hasPrefix("\(policy):5: 'admin+"), lines[3])
    XCTAssertTrue(
      lines[3].hasSuffix(
        "is a ledger key; a cosigner's key is the one "
          + "'relief keys show --cosigner' prints (type 4)"), lines[3])
    XCTAssertEqual(lines[4], "\(policy):6: cosignatures takes a whole number from 0 to 100")
    XCTAssertEqual(
      lines[5], "\(policy): no 'admin' line: give the genesis administrator's verifier key")
  }

  func testImpossibleOrRepeatedSettingsAreUsageErrors() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let admin = verifierKey("admin")
    let policy = try writePolicy([
      "origin \(origin)", "origin \(origin)", "admin \(admin)", "admin \(admin)",
      "cosignatures 1", "admin a b",
    ])
    let result = run(["verify", "--ledger", ledger, "--trust", policy])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.err.contains("\(policy):2: a second origin (the first is on line 1)\n"))
    XCTAssertTrue(result.err.contains("\(policy):4: admin+"))
    XCTAssertTrue(result.err.contains("\(policy):6: 'admin' takes exactly one value"))
    XCTAssertTrue(
      result.err.contains(
        "\(policy):5: cosignatures 1 but only 0 cosigner lines: the policy could never be met"))
  }

  func testBadPinOptionsAreUsageErrors() throws {
    makeLedger(ledger, signer: "admin", amounts: [1])
    let policy = try standardPolicy(cosignatures: 0)
    let both = run(["verify", "--ledger", ledger, "--trust", policy, "--key", verifierKey("admin")])
    XCTAssertEqual(both.status, 2)
    XCTAssertTrue(both.err.contains("give --key or --trust, not both"), both.err)
    let garbage = run(["verify", "--ledger", ledger, "--key", "nope"])
    XCTAssertEqual(garbage.status, 2)
    XCTAssertTrue(garbage.err.hasPrefix("relief verify: --key nope is not a verifier key"))
    let cosigner = run([
      "verify", "--ledger", ledger, "--key", verifierKey("auditor-a", cosigner: true),
    ])
    XCTAssertEqual(cosigner.status, 2)
    XCTAssertTrue(cosigner.err.contains("is a cosigner key"), cosigner.err)
    let missing = run(["verify", "--ledger", ledger, "--trust", directory.path("none.trust")])
    XCTAssertEqual(missing.status, 5)
  }

  func testHelpDescribesThePinWithAnExample() {
    let help = run(["verify", "--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(
      help.out.contains("\n  --key VERIFIER_KEY …        pin the ledger's genesis"), help.out)
    XCTAssertTrue(help.out.contains("\n  --trust FILE                a trust policy"), help.out)
    XCTAssertTrue(help.out.contains("relief verify --ledger ledger --trust nantong.trust"))
  }
}
