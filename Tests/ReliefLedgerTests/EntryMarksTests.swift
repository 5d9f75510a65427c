import XCTest

@testable import ReliefLedger

/// Approximate figures and assumed dates (format version 2): written as members after the
/// action's, read back exactly, refused where they qualify nothing.
extension EntryCodecTests {
  func testMarksFollowTheActionMembersInOrder() throws {
    let marked = Entry(
      date: day("2020-03-15"),
      action: .disbursement(
        Disbursement(
          union: "a", program: "p", amount: fen(295_500_000), category: .consolation,
          beneficiaries: Beneficiaries(count: 1955, unit: .person))),
      memo: "m",
      marks: EntryMarks(amount: .about, beneficiaries: .over, dateAssumed: true))
    try assertCodec(
      marked,
      head() + #"disbursement","date":"2020-03-15","union":"a","program":"p","#
        + #""amount_fen":295500000,"category":"consolation","beneficiaries":1955,"#
        + #""beneficiary_unit":"人","amount_approx":"约","beneficiaries_approx":"余","#
        + #""date_basis":"assumed","memo":"m"}"#)
    let goods = Entry(
      date: day("2020-03-15"),
      action: .goodsDistribution(
        GoodsDistribution(
          union: "a", program: "p", goods: GoodsLot(item: "手套", quantity: 10000, unit: .pair),
          counterparty: "某医院", counterpartyID: "12100000MB0000000X")),
      marks: EntryMarks(quantity: .over))
    try assertCodec(
      goods,
      head() + #"goods.distribution","date":"2020-03-15","union":"a","program":"p","#
        + #""item":"手套","quantity":10000,"unit":"副","counterparty":"某医院","#
        + #""counterparty_id":"12100000MB0000000X","quantity_approx":"余"}"#)
  }

  func testMarksThatQualifyNothingAreRefused() {
    let disbursement =
      head() + #"disbursement","date":"2020-03-15","union":"a","program":"p","#
      + #""amount_fen":100,"category":"consolation""#
    assertRejects(
      disbursement + #","amount_approx":"大约"}"#, member: "amount_approx",
      "'大约' is not one of: 余, 多, 约, 近")
    assertRejects(
      disbursement + #","beneficiaries_approx":"余"}"#, member: "beneficiaries_approx",
      "needs beneficiaries")
    assertRejects(
      disbursement + #","quantity_approx":"余"}"#, member: "quantity_approx",
      "applies to goods entries only")
    assertRejects(
      disbursement + #","date_basis":"reported"}"#, member: "date_basis",
      "'reported' is not 'assumed'")
    assertRejects(
      head() + #"union","date":"2020-01-01","id":"u","name":"某工会","date_basis":"assumed"}"#,
      member: "date_basis", "does not apply to union entries")
    assertRejects(
      head() + #"goods.receipt","date":"2020-05-09","union":"a","program":"p","item":"口罩","#
        + #""quantity":5,"unit":"个","amount_approx":"约"}"#,
      member: "amount_approx", "needs an amount (a goods entry's value)")
    // Out of order: the canonical order is amount, beneficiaries, quantity, date.
    assertRejects(
      disbursement + #","date_basis":"assumed","amount_approx":"约"}"#,
      member: "amount_approx", "is unknown here or out of canonical order")
  }
}

/// Marks and the person and organisation fields through input, the writer and the verifier.
final class EntryMarksInputTests: LedgerTestCase {
  func testMarkedRowsAreWrittenAndReversalsCopyTheirMarks() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100000.00")])  // seq 7
    var row = Row.disbursement("city", "2955000.00")  // seq 9
    row["headcount"] = nil
    row["beneficiaries"] = "1955"
    row["beneficiary_unit"] = "人"
    row["amount_approx"] = "约"
    row["beneficiaries_approx"] = "余"
    row["date_basis"] = "推定"
    var receipt = Row.receipt("city", "3000000.00")
    receipt["amount_approx"] = "多"
    try append([receipt, row])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(lines[9].hasSuffix(#""amount_fen":300000000,"amount_approx":"多"}"#), lines[9])
    XCTAssertTrue(
      lines[10].hasSuffix(
        #""beneficiaries":1955,"beneficiary_unit":"人","amount_approx":"约","#
          + #""beneficiaries_approx":"余","date_basis":"assumed"}"#), lines[10])
    try append([Row.reversal(seq: 10)])
    let reversal = text(splitLines(try journalBytes())[12])
    XCTAssertTrue(
      reversal.hasSuffix(
        #""amount_approx":"约","beneficiaries_approx":"余","date_basis":"assumed"}}"#),
      reversal)
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testBadMarksAreRefusedNamingTheFieldAndNothingIsWritten() throws {
    try createStandardLedger()
    let before = try journalBytes()
    var bad = Row.receipt("city", "1.00")
    bad["amount_approx"] = "about"
    var noCount = Row.disbursement("city", "1.00")
    noCount["headcount"] = nil
    noCount["beneficiaries_approx"] = "余"
    var goods = Row.goods("goods-receipt", "city", "5")
    goods["date_basis"] = "yes"
    var reversal = Row.reversal(seq: 3)
    reversal["date_basis"] = "assumed"
    XCTAssertEqual(
      rejection([bad, noCount, goods, reversal]).map(\.description),
      [
        "rows.csv:2: field 'amount_approx': 'about' is not one of: 余, 多, 约, 近",
        "rows.csv:3: field 'beneficiaries_approx': needs beneficiaries",
        "rows.csv:4: field 'date_basis': 'yes' is not 'assumed' (or 推定)",
        "rows.csv:5: field 'date_basis': does not apply to reversal entries",
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testGoodsTakeACounterpartyIDAndTheNewUnits() throws {
    try createStandardLedger()
    var receipt = Row.goods("goods-receipt", "city", "5280", item: "自热米饭", unit: "盒")
    receipt["counterparty"] = "某企业"
    receipt["counterparty_id"] = "91320600MA1N000005"
    var gloves = Row.goods("goods-receipt", "city", "10000", item: "一次性手套", unit: "副")
    gloves["quantity_approx"] = "余"
    try append([receipt, gloves])
    let lines = splitLines(try journalBytes()).map(text)
    XCTAssertTrue(
      lines[7].hasSuffix(
        #""item":"自热米饭","quantity":5280,"unit":"盒","counterparty":"某企业","#
          + #""counterparty_id":"91320600MA1N000005"}"#), lines[7])
    XCTAssertTrue(
      lines[8].hasSuffix(#""quantity":10000,"unit":"副","quantity_approx":"余"}"#), lines[8])
    XCTAssertEqual(try verify().verdict, .valid)
  }
}
