import XCTest

@testable import ReliefLedger

/// Beneficiaries counted in a unit from the fixed list: new fields, old `headcount` sheets,
/// and counts never added across units.
final class BeneficiaryInputTests: LedgerTestCase {
  private func reached(_ fields: [String: String], _ count: String, _ unit: String)
    -> [String: String]
  {
    var row = fields
    row["headcount"] = nil
    row["beneficiaries"] = count
    row["beneficiary_unit"] = unit
    return row
  }

  private func ledger() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100000.00")])  // seq 7
  }

  func testNewFieldsAreWrittenAndCountedPerUnit() throws {
    try ledger()
    try append([
      reached(Row.disbursement("city", "100.00"), "2408", "人次"),  // seq 9
      reached(Row.subsidy("city", "100.00"), "28", "家企业"),
      Row.disbursement("city", "100.00", headcount: "10"),  // an old sheet's column
      reached(Row.disbursement("city", "100.00"), "2", "人次"),
    ])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(
      lines[9].hasSuffix(
        #""category":"consolation","beneficiaries":2408,"beneficiary_unit":"人次"}"#),
      lines[9])
    XCTAssertTrue(
      lines[11].hasSuffix(#""category":"consolation","beneficiaries":10,"beneficiary_unit":"人"}"#),
      lines[11])
    let city = try loadState().totals(union: "city", program: "covid").beneficiaries
    XCTAssertEqual(city[.personTime], 2410)
    XCTAssertEqual(city[.business], 28)
    XCTAssertEqual(city[.person], 10)
    XCTAssertEqual(city.nonZero.map(\.unit), [.person, .personTime, .business])
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testCountIsOptionalForDisbursements() throws {
    try ledger()
    var row = Row.disbursement("city", "1.00")
    row["headcount"] = nil
    try append([row])
    XCTAssertTrue(
      text(splitLines(try journalBytes())[9]).hasSuffix(#""category":"consolation"}"#))
    XCTAssertEqual(
      try loadState().totals(union: "city", program: "covid").beneficiaries.nonZero.count, 0)
  }

  func testSubsidyHeadcountZeroIsNoCount() throws {
    try ledger()
    try append([Row.subsidy("city", "1.00", headcount: "0")])
    XCTAssertTrue(text(splitLines(try journalBytes())[9]).hasSuffix(#""category":"interest"}"#))
  }

  func testReversalOfANewLineTakesItsCountAway() throws {
    try ledger()
    try append([reached(Row.disbursement("city", "1.00"), "5", "户")])  // seq 9
    try append([Row.reversal(seq: 9)])
    XCTAssertEqual(
      try loadState().totals(union: "city", program: "covid").beneficiaries[.household], 0)
  }

  func testBadBeneficiaryFieldsAreRefusedNamingTheField() throws {
    try ledger()
    let before = try journalBytes()
    let issues = rejection([
      reached(Row.disbursement("city", "1.00"), "3", "people"),
      reached(Row.disbursement("city", "1.00"), "0", "人"),
      Row.disbursement("city", "1.00", headcount: "3").merging(["beneficiaries": "3"]) { $1 },
      Row.disbursement("city", "1.00").merging(["beneficiary_unit": "人"]) { $1 }
        .filter { $0.key != "headcount" },
      reached(Row.receipt("city", "1.00"), "1", "人"),
    ])
    XCTAssertEqual(
      issues.map(\.description),
      [
        "rows.csv:2: field 'beneficiary_unit': 'people' is not one of: 人, 人次, 户, 家企业, 个单位, 份",
        "rows.csv:3: field 'beneficiaries': must be a whole number from 1 to 100000000, not 0",
        "rows.csv:4: field 'headcount': and beneficiaries cannot both be given (headcount is "
          + "beneficiaries in 人)",
        "rows.csv:5: field 'beneficiaries': is required with beneficiary_unit",
        "rows.csv:6: field 'beneficiaries': does not apply to receipt entries",
        "rows.csv:6: field 'beneficiary_unit': does not apply to receipt entries",
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testVersion1HeadcountLinesVerifyAndCountAsPeople() throws {
    try ledger()
    var forged = try forgedBatch()
    forged.append(Make.disbursement("city", 100, headcount: 12))  // seq 9, written as v1
    forged.append(Make.subsidy("city", 100, headcount: 0))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    XCTAssertTrue(text(splitLines(try journalBytes())[9]).hasSuffix(#""headcount":12}"#))
    XCTAssertEqual(try verify().verdict, .valid)
    XCTAssertEqual(
      try loadState().totals(union: "city", program: "covid").beneficiaries[.person], 12)
    try append([Row.reversal(seq: 9)])  // the copy keeps the v1 member
    let reversal = text(splitLines(try journalBytes())[12])
    XCTAssertTrue(reversal.hasSuffix(#""category":"consolation","headcount":12}}"#), reversal)
    XCTAssertEqual(try verify().verdict, .valid)
    XCTAssertEqual(
      try loadState().totals(union: "city", program: "covid").beneficiaries[.person], 0)
  }

  func testHeadcountAndBeneficiariesTogetherInALineIsMalformed() throws {
    let line =
      #"{"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","#
      + #""time_ms":1,"kind":"disbursement","date":"1970-01-01","union":"a","program":"p","#
      + #""amount_fen":1,"category":"other","headcount":1,"beneficiaries":1,"#
      + #""beneficiary_unit":"人"}"#
    XCTAssertThrowsError(try Array(line.utf8).withUnsafeBytes { try EntryDecoder.decode($0) })
  }
}
