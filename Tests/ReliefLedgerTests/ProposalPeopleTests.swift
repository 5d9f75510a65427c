import Foundation
import ReliefLog
import XCTest

@testable import ReliefLedger

/// Payments to people in proposals (制单/审核): the people travel in the proposal file and
/// reach the roster only with the approving commit; a tampered people section is refused
/// with nothing written; `ProposalExamination` flags a tampered proposal for `review`.
final class ProposalPeopleTests: LedgerTestCase {
  private let maker = CommitSigner(TestKeys.other)
  private let reviewer = CommitSigner(TestKeys.key("test-reviewer", seedByte: 3))
  private let personID = "110101199003074514"

  private var rosterPath: String { RosterFile.path(in: ledgerDirectory) }

  /// The standard ledger, a maker (accountant of `city`), a reviewer and 1,000.00 yuan in
  /// `city`.
  private func prepare() throws {
    try createStandardLedger()
    try append([
      ["kind": "key", "key": maker.verifierKey, "role": "accountant", "union": "city"],
      ["kind": "key", "key": reviewer.verifierKey, "role": "reviewer"],
      Row.receipt("city", "1000"),
    ])
  }

  private func writer(_ signer: CommitSigner) -> LedgerWriter {
    LedgerWriter(
      journal: journal, nowMillis: { fixedMillis }, signer: signer,
      stateDirectory: stateDirectory)
  }

  /// A proposal by the maker: a payment to 张三丰 (with a bank card), then 20.00 yuan of
  /// supplies paying no person.
  private func stagePayment() throws -> Proposal {
    var person = Row.disbursement("city", "500")
    person["person_name"] = "张三丰"
    person["person_id"] = personID
    person["bank_card"] = "6222 0212 3456 7890 123"
    let rows = inputRows([person, Row.disbursement("city", "20", category: "supplies")])
    return try writer(maker).stage(rows: rows, source: "people.csv")
  }

  /// The issues approving `proposal` is refused with; fails if it is not refused.
  private func approvalRefusal(_ proposal: Proposal, line: UInt = #line) -> [String] {
    do {
      let result = try writer(reviewer).approve(proposal, source: "proposals/x")
      XCTFail("not refused: \(result)", line: line)
    } catch .rejected(let issues) {
      return issues.map(\.description)
    } catch {
      XCTFail("expected a refusal, got \(error)", line: line)
    }
    return []
  }

  func testStagedPaymentToAPersonCarriesItsRecordAndWritesNoRoster() throws {
    try prepare()
    let proposal = try stagePayment()
    XCTAssertEqual(Array(proposal.people.keys), [0])
    XCTAssertEqual(proposal.people[0]?.person.name, "张三丰")
    XCTAssertEqual(proposal.people[0]?.person.bankCard, "6222021234567890123")
    XCTAssertEqual(proposal.peopleProblems().count, 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: rosterPath))
    let decoded = try Proposal(decoding: proposal.encoded())
    XCTAssertEqual(decoded, proposal)
    let lines = String(decoding: proposal.encoded(), as: UTF8.self).split(separator: "\n")
    XCTAssertEqual(lines.count, 4)
    XCTAssertTrue(lines[0].contains(#""entries":2,"people":1,"people_sig":""#))
    XCTAssertTrue(lines[0].hasSuffix(#"","source":"people.csv"}"#))
    XCTAssertTrue(lines[3].hasPrefix(#"{"entry":1,"salt":""#), String(lines[3]))
  }

  func testAProposalWithoutPeopleKeepsTheOldFormat() throws {
    try prepare()
    let rows = inputRows([Row.disbursement("city", "20", category: "supplies")])
    let proposal = try writer(maker).stage(rows: rows, source: "s.csv")
    let header = String(decoding: proposal.encoded(), as: UTF8.self).split(separator: "\n")[0]
    XCTAssertTrue(header.hasSuffix(#""entries":1,"source":"s.csv"}"#), String(header))
    XCTAssertEqual(try Proposal(decoding: proposal.encoded()), proposal)
  }

  func testApproveWritesTheRosterRecordAtTheCommittedSeq() throws {
    try prepare()
    let proposal = try stagePayment()
    let result = try writer(reviewer).approve(proposal, source: "proposals/x")
    XCTAssertEqual(result.appended.map(\.line), [2, 3])
    let records = try RosterFile.read(rosterPath)
    XCTAssertEqual(records.map(\.record.seq), [result.appended[0].seq])
    XCTAssertEqual(records.first?.record.person, proposal.people[0]?.person)
    XCTAssertEqual(try verify().verdict, .valid)
    var check = RosterCheck(records: records)
    for (seq, entry) in zip(result.appended.map(\.seq), proposal.entries) {
      check.check(entry, seq: seq)
    }
    XCTAssertEqual(check.finish(), [])
  }

  func testApproveRefusesAnAlteredPeopleRecordAndWritesNothing() throws {
    try prepare()
    var proposal = try stagePayment()
    let before = try journalBytes()
    let original = try XCTUnwrap(proposal.people[0])
    proposal.people[0] = PersonPayment(
      salt: original.salt,
      person: PersonIdentity(name: "张四丰", idNumber: personID, bankCard: nil))
    XCTAssertEqual(
      approvalRefusal(proposal),
      [
        "proposals/x:2: field 'people': the people record of entry #1 (paying 张*丰) does not "
          + "give its payee_commitment: the salt, name or ID number was altered after the maker "
          + "staged it"
      ])
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertFalse(FileManager.default.fileExists(atPath: rosterPath))
  }

  func testApproveRefusesAnAlteredBankCardAndWritesNothing() throws {
    try prepare()
    var proposal = try stagePayment()
    let before = try journalBytes()
    let original = try XCTUnwrap(proposal.people[0])
    let redirected = PersonIdentity(
      name: original.person.name, idNumber: original.person.idNumber,
      bankCard: "6222020000000000001")
    proposal.people[0] = PersonPayment(salt: original.salt, person: redirected)
    let reason =
      "the people lines are not as the maker \(maker.keyID) signed them (people_sig): a name, "
      + "ID number or bank card was altered after staging"
    XCTAssertEqual(approvalRefusal(proposal), ["proposals/x:1: " + reason])
    XCTAssertEqual(try journalBytes(), before)
    XCTAssertFalse(FileManager.default.fileExists(atPath: rosterPath))
    let examination = ProposalExamination(proposal, state: try loadState())
    XCTAssertEqual(
      examination.problems(for: proposal),
      [
        "the people lines are not as the maker signed them (people_sig): a name, ID number or "
          + "bank card was altered after staging"
      ])
  }

  func testApproveRefusesARecordForAnEntryThatPaysNoPerson() throws {
    try prepare()
    var proposal = try stagePayment()
    let before = try journalBytes()
    proposal.people[1] = proposal.people[0]
    XCTAssertEqual(
      approvalRefusal(proposal),
      [
        "proposals/x:3: field 'people': the proposal carries a person for entry #2, which "
          + "pays no person: its people section was altered after the maker staged it"
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testApproveRefusesAPaymentWithoutItsRecord() throws {
    try prepare()
    var proposal = try stagePayment()
    proposal.people = [:]
    XCTAssertEqual(
      approvalRefusal(proposal),
      [
        "proposals/x:2: field 'people': entry #1 pays 张*丰 but the proposal carries no record "
          + "of who (name and ID number): a payment to a person is committed only with its "
          + "roster record; stage it again"
      ])
  }

  func testDecodingRefusesABrokenPeopleSection() throws {
    try prepare()
    let text = String(decoding: try stagePayment().encoded(), as: UTF8.self)
    let cases: [(String, String, String)] = [
      (
        #""people":1,"#, #""people":2,"#,
        "line 1: entries is 2 and people 2 but the file holds 3 lines after the header"
      ),
      (
        #""people":1,"#, #""people":0,"#,
        "line 1: the header must be proposal, origin, maker, maker_sig, entries, source "
          + "(people, from 1, and people_sig before source when the proposal pays people)"
      ),
      (
        #","people_sig":""#, #","people_signature":""#,
        "line 1: the header must be proposal, origin, maker, maker_sig, entries, source "
          + "(people, from 1, and people_sig before source when the proposal pays people)"
      ),
      (
        #"{"entry":1,"#, #"{"entry":3,"#,
        "line 4: not a people line: a people line begins with entry, from 1 to 2"
      ),
      (
        #""person_id":"110101199003074514""#, #""person_id":"110101199003074515""#,
        "line 4: not a people line: person_id is not a canonical ID number"
      ),
      (
        #""bank_card":"6222021234567890123""#, #""bank_card":"62220212""#,
        "line 4: not a people line: bank_card is not 16 to 19 digits"
      ),
      (
        #""salt":""#, #""sel":""#,
        "line 4: not a people line: members must be entry, salt (32 hex digits), name, "
          + "person_id, bank_card?"
      ),
    ]
    for (old, new, expected) in cases {
      XCTAssertTrue(text.contains(old), old)
      let bytes = Array(text.replacingOccurrences(of: old, with: new).utf8)
      XCTAssertThrowsError(try Proposal(decoding: bytes), new) { error in
        XCTAssertEqual("\(error)", expected)
      }
    }
  }

  func testExaminationVerifiesAnUntouchedProposal() throws {
    try prepare()
    let proposal = try stagePayment()
    let examination = ProposalExamination(proposal, state: try loadState())
    XCTAssertTrue(examination.signatureVerifies)
    XCTAssertEqual(examination.makerKey?.role, .accountant)
    XCTAssertEqual(examination.problems(for: proposal), [])
  }

  func testExaminationFlagsAlteredEntriesAnotherMakerAndAnotherOrigin() throws {
    try prepare()
    let state = try loadState()
    let staged = try stagePayment()
    var altered = staged
    altered.entries.swapAt(0, 1)
    altered.people = [1: try XCTUnwrap(staged.people[0])]
    var otherMaker = staged
    otherMaker.maker.keyID = reviewer.keyID
    var otherOrigin = staged
    otherOrigin.origin = "other.example/l"
    var unknown = staged
    unknown.maker.keyID = "nobody+00000000"
    let signedElsewhere =
      ": the file was altered after the maker signed it, or signed elsewhere"
    let badSignature = "the maker's signature does not verify over these entries with the key "
    let expected: [(Proposal, [String])] = [
      (
        altered,
        [
          badSignature + maker.keyID + signedElsewhere
        ]
      ),
      (
        otherMaker,
        [
          badSignature + reviewer.keyID + signedElsewhere
        ]
      ),
      (
        otherOrigin,
        ["it was staged for the ledger 'other.example/l', not this one ('test.example/l')"]
      ),
      (unknown, ["the maker nobody+00000000 is not a key registered in this ledger"]),
    ]
    for (proposal, problems) in expected {
      let examination = ProposalExamination(proposal, state: state)
      XCTAssertEqual(examination.problems(for: proposal), problems)
    }
  }
}

extension ProposalPeopleTests {
  func testExaminationRefusesASignatureMadeForAnotherLedger() throws {
    try prepare()
    var proposal = try stagePayment()
    let message = MakerSignature.message(
      origin: "other.example/l", entryCount: 2, digest: proposal.digest)
    proposal.maker.signature = maker.signature(for: message)
    proposal.origin = "other.example/l"
    let examination = ProposalExamination(proposal, state: try loadState())
    XCTAssertFalse(examination.signatureVerifies)
    XCTAssertEqual(examination.problems(for: proposal).count, 2)
  }
}

extension ProposalPeopleTests {
  func testExaminationReportsAMakerKeyRevokedSinceStaging() throws {
    try prepare()
    let proposal = try stagePayment()
    let revoked = try append([["kind": "key.revoke", "key": maker.verifierKey]])
    let seq = try XCTUnwrap(revoked.appended.first?.seq)
    let examination = ProposalExamination(proposal, state: try loadState())
    XCTAssertEqual(examination.makerKey?.revokedSeq, seq)
    XCTAssertTrue(examination.signatureVerifies)
    XCTAssertEqual(
      examination.problems(for: proposal),
      ["the maker's key \(maker.keyID) was revoked at seq \(seq)"])
  }
}
