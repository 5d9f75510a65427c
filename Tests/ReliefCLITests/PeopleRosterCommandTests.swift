import Foundation
import XCTest

/// Payments to people through the real binary: the journal holds only the masked name and
/// the commitment, the roster (0600) the rest; `roster verify` catches an altered, missing
/// or extra record; identifiers are refused in public fields with nothing written.
final class PeopleRosterCommandTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var journal: String { ledger + "/journal.jsonl" }
  private var roster: String { ledger + "/roster.jsonl" }

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    let key = directory.path("admin.key")
    try ReliefProcess.run(["keys", "generate", "--name", "people-admin", "--out", key])
      .assertStatus(0)
    try relief(["init"]).assertStatus(0)
    try relief(["append", "union", "--id", "city", "--name", "南通市总工会"]).assertStatus(0)
    try relief(["append", "program", "--id", "fund", "--name", "专项资金"]).assertStatus(0)
    try relief([
      "append", "receipt", "--date", "2022-03-02", "--union", "city", "--program", "fund",
      "--amount", "1000",
    ]).assertStatus(0)
    let sheet =
      "kind,date,union,program,amount,category,beneficiaries,beneficiary_unit,person_name,"
      + "person_id,bank_card,memo\n"
      + "disbursement,2022-03-05,city,fund,500,consolation,1,人,张三丰,110101199003074514,"
      + "6222 0212 3456 7890 123,慰问\n"
    try write(sheet, to: "people.csv")
    let imported = try relief(["import", directory.path("people.csv")])
    try imported.assertStatus(0)
    XCTAssertEqual(imported.stdout, "appended 1 entry as seq 8, committed by seq 9\n")
  }

  override func tearDown() {
    directory = nil
  }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--ledger", ledger],
      extraEnvironment: ["RELIEF_KEY": directory.path("admin.key")])
  }

  private func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory.path(name)))
  }

  private func rosterLines() throws -> [String] {
    try String(contentsOfFile: roster, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  func testJournalHoldsOnlyTheMaskedNameAndTheCommitment() throws {
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("{\"seq\":8,") })
    let marker = try XCTUnwrap(line.range(of: "\"payee_commitment\":\""))
    let commitment = line[marker.upperBound...].prefix(64)
    XCTAssertTrue(
      line.hasSuffix(
        "\"kind\":\"disbursement\",\"date\":\"2022-03-05\",\"union\":\"city\","
          + "\"program\":\"fund\",\"amount_fen\":50000,\"category\":\"consolation\","
          + "\"beneficiaries\":1,\"beneficiary_unit\":\"人\",\"payee\":\"张*丰\","
          + "\"payee_commitment\":\"\(commitment)\",\"memo\":\"慰问\","
          // Derived from the row's content with the masked name, not the ID number.
          + "\"request_id\":\"row:d17930b047ac88cf\"}"), String(line))
    for secret in ["张三丰", "三", "110101199003074514", "6222021234567890123", "19900307"] {
      XCTAssertFalse(text.contains(secret), secret)
    }
    let record = try XCTUnwrap(try rosterLines().first)
    XCTAssertTrue(record.hasPrefix("{\"seq\":8,\"salt\":\""), record)
    XCTAssertTrue(
      record.hasSuffix(
        "\",\"name\":\"张三丰\",\"person_id\":\"110101199003074514\","
          + "\"bank_card\":\"6222021234567890123\"}"), record)
    let mode = try FileManager.default.attributesOfItem(atPath: roster)[.posixPermissions]
    XCTAssertEqual(mode as? Int, 0o600)
    let verified = try relief(["roster", "verify"])
    try verified.assertStatus(0)
    XCTAssertEqual(verified.stdout, "roster valid: 1 payment(s) to people, each with its record\n")
    try relief(["verify"]).assertStatus(0)
  }

  func testAlteredMissingAndExtraRecordsFailWithExit1() throws {
    let original = try rosterLines()[0]
    let altered = original.replacingOccurrences(
      of: "110101199003074514", with: "11010119900307451X")
    try (altered + "\n").write(toFile: roster, atomically: false, encoding: .utf8)
    let mismatch = try relief(["roster", "verify"])
    XCTAssertEqual(mismatch.status, 1)
    XCTAssertTrue(
      mismatch.stderr.hasPrefix(
        "roster line 1: seq 8: the commitment of salt, name and ID number is "), mismatch.stderr)
    XCTAssertTrue(mismatch.stderr.hasSuffix("\nroster invalid: 1 problem(s)\n"), mismatch.stderr)

    try "".write(toFile: roster, atomically: false, encoding: .utf8)
    let missing = try relief(["roster", "verify"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertEqual(
      missing.stderr,
      "seq 8: the payment to 张*丰 has no roster record\nroster invalid: 1 problem(s)\n")

    let extra = original.replacingOccurrences(of: "{\"seq\":8,", with: "{\"seq\":6,")
    try (original + "\n" + extra + "\n").write(toFile: roster, atomically: false, encoding: .utf8)
    let unclaimed = try relief(["roster", "verify"])
    XCTAssertEqual(unclaimed.status, 1)
    XCTAssertEqual(
      unclaimed.stderr,
      "roster line 2: seq 6 is not a payment to a person in the journal\n"
        + "roster invalid: 1 problem(s)\n")
  }

  func testIdentifiersAreRefusedInEveryPublicFieldAndNothingIsWritten() throws {
    let spellings = [
      ("１３８１２３４５６７８", "138******78"), ("110101 19900307 4514", "110*************14"),
      ("ID:110101-19900307-4514", "110*************14"), ("138.1234.5678", "138******78"),
      ("卡号6222 0212 3456 7890 123", "622**************23"),
      ("138\u{200B}1234\u{200B}5678", "138******78"), ("一三八一二三四五六七八", "138******78"),
      ("138 - 1234 - 5678", "138******78"), ("（138）1234-5678", "138******78"),
      ("١٣٨١٢٣٤٥٦٧٨", "138******78"),
    ]
    let before = try Data(contentsOf: URL(fileURLWithPath: journal))
    let rosterBefore = try Data(contentsOf: URL(fileURLWithPath: roster))
    for field in ["memo", "counterparty", "counterparty_id", "request_id"] {
      var sheet = "kind,date,union,program,amount,category,\(field)\n"
      for (text, _) in spellings {
        sheet += "disbursement,2022-03-05,city,fund,5,consolation,\"\(text)\"\n"
      }
      try write(sheet, to: "bad.csv")
      let refused = try relief(["import", directory.path("bad.csv")])
      XCTAssertEqual(refused.status, 4, field)
      var expected =
        "relief import: nothing was written: \(spellings.count) problems in the input\n"
      for (row, (_, masked)) in spellings.enumerated() {
        expected +=
          "\(directory.path("bad.csv")):\(row + 2): field '\(field)': looks like an "
          + "ID/phone/bank-card number ('\(masked)' masked); people's identifiers never go "
          + "into the journal: use person_id (kept in the roster)\n"
      }
      if field == "counterparty_id" || field == "request_id" {
        XCTAssertTrue(refused.stderr.contains("field '\(field)': looks like"), refused.stderr)
      } else {
        XCTAssertEqual(refused.stderr, expected, field)
      }
    }
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: journal)), before)
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: roster)), rosterBefore)
  }

  func testAValidCreditCodeIsAcceptedAndExportsShowNoRosterData() throws {
    try relief([
      "append", "disbursement", "--date", "2022-03-06", "--union", "city", "--program", "fund",
      "--amount", "10", "--category", "supplies", "--counterparty", "某某医药公司",
      "--counterparty-id", "914403001922038216",
    ]).assertStatus(0)
    let csv = try relief(["export", "--format", "csv"])
    try csv.assertStatus(0)
    XCTAssertTrue(csv.stdout.contains("张*丰"))
    XCTAssertTrue(csv.stdout.contains("914403001922038216"))
    try relief(["disclose", "--out", directory.path("site")]).assertStatus(0)
    var published = csv.stdout
    let site = directory.path("site")
    let files = FileManager.default.enumerator(atPath: site)?.allObjects as? [String] ?? []
    for file in files {
      published += (try? String(contentsOfFile: site + "/" + file, encoding: .utf8)) ?? ""
    }
    XCTAssertTrue(published.contains("张*丰"))
    for secret in ["张三丰", "110101199003074514", "6222021234567890123"] {
      XCTAssertFalse(published.contains(secret), secret)
    }
    for salt in try rosterLines().map({ $0.split(separator: "\"")[3] }) {
      XCTAssertFalse(published.contains(salt))
    }
  }

  func testASubsidyToAPersonIsCommittedToAndItsRecordChecked() throws {
    let sheet =
      "kind,date,union,program,amount,category,person_name,person_id,memo,request_id\n"
      + "subsidy,2022-03-07,city,fund,20,employment,欧阳娜娜,320602198503151238,就业补贴,s-1\n"
    try write(sheet, to: "subsidy.csv")
    let imported = try relief(["import", directory.path("subsidy.csv")])
    try imported.assertStatus(0)
    XCTAssertEqual(imported.stdout, "appended 1 entry as seq 10, committed by seq 11\n")
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("{\"seq\":10,") })
    XCTAssertTrue(
      line.contains(
        "\"amount_fen\":2000,\"category\":\"employment\",\"payee\":\"欧**娜\","
          + "\"payee_commitment\":\""), String(line))
    for secret in ["欧阳娜娜", "320602198503151238", "19850315"] {
      XCTAssertFalse(text.contains(secret), secret)
    }
    XCTAssertEqual(try rosterLines().count, 2)
    XCTAssertTrue(try rosterLines()[1].hasPrefix("{\"seq\":10,\"salt\":\""))
    let verified = try relief(["roster", "verify"])
    try verified.assertStatus(0)
    XCTAssertEqual(verified.stdout, "roster valid: 2 payment(s) to people, each with its record\n")
    // The same sheet again is a duplicate, not a second payment (a fresh salt is drawn).
    let again = try relief(["import", directory.path("subsidy.csv")])
    try again.assertStatus(0)
    XCTAssertEqual(
      again.stdout,
      "nothing new: the one row of \(directory.path("subsidy.csv")) is already in the ledger "
        + "(seq 10)\n")
    XCTAssertEqual(try rosterLines().count, 2)
    let lines = try rosterLines()
    try (lines[0] + "\n").write(toFile: roster, atomically: false, encoding: .utf8)
    let missing = try relief(["roster", "verify"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertEqual(
      missing.stderr,
      "seq 10: the payment to 欧**娜 has no roster record\nroster invalid: 1 problem(s)\n")
  }
}
