import Foundation
import XCTest

/// `relief review` checks a proposal against the verified ledger: an untouched one is
/// verified; an altered amount, another maker, a bad signature or another ledger's origin
/// shows as not verified (exit 4) with the entries still listed; people's names and ID
/// numbers never appear.
final class ProposalReviewCommandTests: XCTestCase {
  private var ledger: StagedLedger!

  override func setUpWithError() throws {
    ledger = try StagedLedger()
  }

  override func tearDown() {
    ledger = nil
  }

  private func review(_ id: String, json: Bool = false) throws -> ReliefProcess.Outcome {
    try ledger.relief(["review", id] + (json ? ["--json"] : []), as: "checker")
  }

  /// The lines of `text` but the digest's, which differs with the key generated.
  private func withoutDigest(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("digest signed by the maker: ") }.joined(separator: "\n")
  }

  func testAnUntouchedProposalIsVerified() throws {
    let id = try ledger.stageSpending("150")
    let outcome = try review(id)
    try outcome.assertStatus(0)
    XCTAssertEqual(
      withoutDigest(outcome.stdout),
      """
      proposal \(id) (\(ledger.proposalPath(id)))
      origin: relief.local/ledger
      maker: \(try ledger.keyID("maker"))
      source: append
      entries: 1, not yet checked against the ledger
      ledger origin: matches
      maker key: registered at seq 8 as accountant of union 'city', not revoked
      maker signature: verifies over these entries with the maker's registered key
      status: verified; 'relief approve' checks every entry against the ledger again
      #1  2022-03-05  disbursement  city  fund  150.00  supplies; 3 人

      """)
    XCTAssertEqual(outcome.stderr, "")
  }

  func testJSONGivesTheChecksAndTheEntries() throws {
    let id = try ledger.stageSpending("150")
    let outcome = try review(id, json: true)
    try outcome.assertStatus(0)
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(object["id"] as? String, id)
    XCTAssertEqual(object["origin"] as? String, "relief.local/ledger")
    XCTAssertEqual(object["ledger_origin"] as? String, "relief.local/ledger")
    XCTAssertEqual(object["maker"] as? String, try ledger.keyID("maker"))
    XCTAssertEqual(object["source"] as? String, "append")
    XCTAssertEqual((object["digest"] as? String)?.count, 64)
    XCTAssertEqual(object["maker_signature"] as? String, "verifies")
    XCTAssertEqual(object["already_committed"] as? Bool, false)
    XCTAssertEqual(object["verified"] as? Bool, true)
    XCTAssertEqual((object["problems"] as? [Any])?.count, 0)
    let key = try XCTUnwrap(object["maker_key"] as? [String: Any])
    XCTAssertEqual(key["registered"] as? Bool, true)
    XCTAssertEqual(key["role"] as? String, "accountant")
    XCTAssertEqual(key["union"] as? String, "city")
    XCTAssertEqual(key["seq"] as? Int, 8)
    XCTAssertTrue(key["revoked_seq"] is NSNull)
    XCTAssertTrue(
      outcome.stdout.contains(
        #""entries":[{"kind":"disbursement","date":"2022-03-05","union":"city","#
          + #""program":"fund","amount_fen":15000,"category":"supplies","beneficiaries":3,"#
          + #""beneficiary_unit":"人"}]}"#
      ), outcome.stdout)
  }

  /// Reviews `id` as altered, expecting exit 4, `problem` on stdout and stderr, and the
  /// entry still listed.
  private func assertNotVerified(
    _ id: String, problem: String, signature: String, line: UInt = #line
  ) throws {
    let outcome = try review(id)
    XCTAssertEqual(outcome.status, 4, outcome.stderr, line: line)
    XCTAssertTrue(
      outcome.stdout.contains(
        "maker signature: \(signature)\nstatus: NOT VERIFIED: do not approve it\n"
          + "problem: \(problem)\n#1  2022-03-05  disbursement  city  fund  "),
      outcome.stdout, line: line)
    XCTAssertEqual(
      outcome.stderr,
      "relief review: proposal \(id) is not verified: do not approve it\n\(problem)\n",
      line: line)
    let json = try review(id, json: true)
    XCTAssertEqual(json.status, 4, line: line)
    XCTAssertTrue(json.stdout.contains(#""verified":false,"#), json.stdout, line: line)
  }

  private func badSignature(_ name: String) throws -> String {
    "the maker's signature does not verify over these entries with the key "
      + "\(try ledger.keyID(name)): the file was altered after the maker signed it, or "
      + "signed elsewhere"
  }

  func testAnAlteredAmountIsNotVerified() throws {
    let id = try ledger.stageSpending("150")
    try ledger.alter(id, #""amount_fen":15000,"#, #""amount_fen":1500,"#)
    try assertNotVerified(
      id, problem: try badSignature("maker"), signature: "DOES NOT VERIFY over these entries")
    XCTAssertTrue(try review(id).stdout.contains("city  fund  15.00  supplies"))
  }

  func testAnotherMakerIDIsNotVerified() throws {
    let id = try ledger.stageSpending("150")
    try ledger.alter(
      id, #""maker":"\#(try ledger.keyID("maker"))""#,
      #""maker":"\#(try ledger.keyID("checker"))""#)
    try assertNotVerified(
      id, problem: try badSignature("checker"), signature: "DOES NOT VERIFY over these entries")
  }

  func testAnUnregisteredMakerIsNotVerified() throws {
    let id = try ledger.stageSpending("150")
    try ledger.alter(id, #""maker":"\#(try ledger.keyID("maker"))""#, #""maker":"x+00000000""#)
    try assertNotVerified(
      id, problem: "the maker x+00000000 is not a key registered in this ledger",
      signature: "not checked: no registered key has the maker's id")
  }

  func testABadSignatureIsNotVerified() throws {
    let id = try ledger.stageSpending("150")
    let text = try ledger.proposalText(id)
    let start = try XCTUnwrap(text.range(of: #""maker_sig":""#)).upperBound
    let signature = String(text[start...].prefix(88))
    let forged = String(repeating: "A", count: 86) + "=="
    try ledger.alter(id, signature, forged)
    try assertNotVerified(
      id, problem: try badSignature("maker"), signature: "DOES NOT VERIFY over these entries")
  }

  func testAnotherLedgersOriginIsNotVerified() throws {
    let id = try ledger.stageSpending("150")
    try ledger.alter(id, #""origin":"relief.local/ledger""#, #""origin":"other.example/l""#)
    try assertNotVerified(
      id,
      problem: "it was staged for the ledger 'other.example/l', not this one "
        + "('relief.local/ledger')",
      signature: "verifies over these entries with the maker's registered key")
  }

  func testReviewShowsOnlyTheMaskedPayee() throws {
    let id = try ledger.stagePersonPayment()
    for json in [false, true] {
      let outcome = try review(id, json: json)
      try outcome.assertStatus(0)
      for secret in ["张三丰", "110101199003074514", "6222021234567890123", "salt"] {
        XCTAssertFalse(outcome.stdout.contains(secret), outcome.stdout)
      }
      XCTAssertTrue(outcome.stdout.contains(json ? #""payee":"张*丰""# : "pays 张*丰"))
    }
    XCTAssertTrue(
      try review(id).stdout.contains(
        "people: 1 payment to people, 1 record carried for the roster (names and ID numbers "
          + "not shown)\n"))
  }
}
