import ReliefCrypto
import ReliefLog
import XCTest

@testable import ReliefLedger

final class EntryCodecTests: XCTestCase {
  // MARK: Helpers

  /// The header of line `seq` after a zero hash at the fixed time, up to the kind's opening
  /// quote.
  func head(_ seq: Int64 = 1) -> String {
    #"{"seq":\#(seq),"prev":"\#(zeroHex)","time_ms":1590969600000,"kind":""#
  }

  /// `entry` encoded as journal line `seq`, without the newline.
  private func encodeLine(_ entry: Entry, seq: Int64 = 1) -> String {
    var batch = BatchBuilder(
      after: ChainHead(nextSeq: seq, lastHash: .zero, lastTimeMillis: 0), nowMillis: fixedMillis)
    batch.append(entry)
    return String(text(batch.bytes).dropLast())
  }

  private func decode(_ line: String) throws -> DecodedLine {
    try utf8(line).withUnsafeBytes { try EntryDecoder.decode($0) }
  }

  /// Asserts that `entry` encodes to exactly `expected` and decodes back equal.
  func assertCodec(
    _ entry: Entry, _ expected: String, seq: Int64 = 1,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let encoded = encodeLine(entry, seq: seq)
    XCTAssertEqual(encoded, expected, file: file, line: line)
    let decoded = try decode(expected)
    XCTAssertEqual(decoded.entry, entry, file: file, line: line)
    XCTAssertEqual(decoded.header.seq, seq, file: file, line: line)
    XCTAssertEqual(decoded.header.kind, entry.kind.rawValue, file: file, line: line)
    XCTAssertEqual(decoded.header.timeMillis, fixedMillis, file: file, line: line)
    XCTAssertEqual(encodeLine(decoded.entry, seq: seq), expected, file: file, line: line)
  }

  func assertRejects(
    _ line: String, member: String?, _ reason: String? = nil,
    file: StaticString = #filePath, line sourceLine: UInt = #line
  ) {
    do {
      let decoded = try decode(line)
      XCTFail("accepted \(line) as \(decoded.entry)", file: file, line: sourceLine)
    } catch {
      guard let error = error as? EntryDecodeError else {
        return XCTFail("unexpected \(error)", file: file, line: sourceLine)
      }
      XCTAssertEqual(error.member, member, "\(error)", file: file, line: sourceLine)
      if let reason { XCTAssertEqual(error.reason, reason, file: file, line: sourceLine) }
    }
  }

  private let receiptBody = #"receipt","date":"2020-05-02","union":"prov","program":"covid""#

  // MARK: Every kind, encoded exactly and decoded back

  func testGenesisMatchesTheWorkedExampleOfTheFormat() throws {
    let expected =
      #"{"seq":0,"prev":""# + zeroHex
      + #"","time_ms":1590969600000,"kind":"genesis","date":"2020-06-01","format":1,"#
      + #""origin":"test.example/l","#
      + #""admin_key":"test-admin+3f8c6b57+AYqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c"}"#
    try assertCodec(Make.genesis(), expected, seq: 0)
    XCTAssertEqual(utf8(expected).count, 260)
    XCTAssertEqual(
      sha256Hex(expected), "f347a4a1d4a6b9cdfaeef5e7d8c99eff64420e01130c8daed8623c9b416fe29e")
  }

  func testUnionEncodesWithAndWithoutParent() throws {
    try assertCodec(
      Make.union("prov", name: "江苏省总工会"),
      head() + #"union","date":"2020-05-01","id":"prov","name":"江苏省总工会"}"#)
    try assertCodec(
      Make.union("nt.city", name: "南通市总工会", parent: "prov"),
      head() + #"union","date":"2020-05-01","id":"nt.city","name":"南通市总工会","parent":"prov"}"#)
  }

  func testProgramEncodes() throws {
    try assertCodec(
      Make.program("covid-2020", name: "2020年疫情防控专项资金"),
      head() + #"program","date":"2020-05-01","id":"covid-2020","name":"2020年疫情防控专项资金"}"#)
  }

  func testReceiptEncodesMinimalAndFull() throws {
    try assertCodec(Make.receipt("prov", 100_000), head() + receiptBody + #","amount_fen":100000}"#)
    var full = Make.receipt("prov", 1_987_000_000, requestID: "bank-2020-05-02-001")
    full.memo = #"捐赠 "抗疫" \ 款"#
    full.action = .receipt(
      Receipt(
        union: "prov", program: "covid", amount: fen(1_987_000_000), counterparty: "某慈善基金会",
        counterpartyID: "53100000500021676K"))
    try assertCodec(
      full,
      head() + receiptBody + #","amount_fen":1987000000,"counterparty":"某慈善基金会","#
        + #""counterparty_id":"53100000500021676K","memo":"捐赠 \"抗疫\" \\ 款","#
        + #""request_id":"bank-2020-05-02-001"}"#)
  }

  func testAllocationEncodes() throws {
    try assertCodec(
      Make.allocation("prov", to: "city", 30_000),
      head() + #"allocation","date":"2020-05-03","union":"prov","to":"city","program":"covid","#
        + #""amount_fen":30000}"#)
  }

  func testRefundEncodes() throws {
    try assertCodec(
      Make.refund("city", 5000, dues: 8000, code: codeA, period: "2020-01..2020-03"),
      head() + #"refund","date":"2020-05-04","union":"city","program":"covid","amount_fen":5000,"#
        + #""counterparty":"某某商贸有限公司","counterparty_id":"91320600MA1MXXXX03","#
        + #""period":"2020-01..2020-03","dues_paid_fen":8000}"#)
    try assertCodec(
      Make.refund("city", 1, dues: 1, code: codeB, period: "2020-02"),
      head() + #"refund","date":"2020-05-04","union":"city","program":"covid","amount_fen":1,"#
        + #""counterparty":"某某商贸有限公司","counterparty_id":"91320600MA1N12345U","#
        + #""period":"2020-02","dues_paid_fen":1}"#)
  }

  func testSubsidyEncodesMinimalAndFull() throws {
    try assertCodec(
      Make.subsidy("city", 2000, category: .purchase),
      head() + #"subsidy","date":"2020-05-05","union":"city","program":"covid","amount_fen":2000,"#
        + #""category":"purchase"}"#)
    let full = Entry(
      date: day("2020-05-05"),
      action: .subsidy(
        Subsidy(
          union: "city", program: "covid", amount: fen(2000), category: .interest,
          counterparty: "某农业合作社", counterpartyID: codeC, beneficiaries: .headcount(0))),
      memo: "贴息", requestID: "s-1")
    try assertCodec(
      full,
      head() + #"subsidy","date":"2020-05-05","union":"city","program":"covid","amount_fen":2000,"#
        + #""category":"interest","counterparty":"某农业合作社","#
        + #""counterparty_id":"92320602MA1P0Q7R85","headcount":0,"memo":"贴息","request_id":"s-1"}"#)
  }

  func testDisbursementEncodes() throws {
    try assertCodec(
      Make.disbursement("city", 10_000, headcount: 12, category: .legalAid),
      head() + #"disbursement","date":"2020-05-06","union":"city","program":"covid","#
        + #""amount_fen":10000,"category":"legal-aid","headcount":12}"#)
    let full = Entry(
      date: day("2020-05-06"),
      action: .disbursement(
        Disbursement(
          union: "city", program: "covid", amount: fen(99), category: .insurance,
          beneficiaries: .headcount(3), counterparty: "某保险公司", counterpartyID: "P-1")))
    try assertCodec(
      full,
      head() + #"disbursement","date":"2020-05-06","union":"city","program":"covid","#
        + #""amount_fen":99,"category":"insurance","headcount":3,"counterparty":"某保险公司","#
        + #""counterparty_id":"P-1"}"#)
  }

  func testReversalCarriesTheOriginalAsANestedObject() throws {
    let original = Make.receipt("prov", 100_000, requestID: "r-1")
    var reversal = Make.reversal(of: 7, original)
    reversal.memo = "录入错误"
    reversal.requestID = "rev-1"
    try assertCodec(
      reversal,
      head(9) + #"reversal","date":"2020-05-20","reverses":7,"original":{"kind":"receipt","#
        + #""date":"2020-05-02","union":"prov","program":"covid","amount_fen":100000,"#
        + #""request_id":"r-1"},"memo":"录入错误","request_id":"rev-1"}"#,
      seq: 9)
  }

  func testEveryKindRoundTrips() throws {
    let entries: [Entry] = [
      Make.genesis(), Make.union("a"), Make.union("b", parent: "a"), Make.program("p"),
      Make.receipt("a", 1), Make.allocation("a", to: "b", 1), Make.refund("a", 1, dues: 2),
      Make.subsidy("a", 1, headcount: 5), Make.disbursement("a", 1),
      Make.reversal(of: 3, Make.refund("a", 1, dues: 2)), Make.commitment("a", 5),
      Make.reversal(of: 4, Make.reversal(of: 3, Make.subsidy("a", 1))),
      Entry(
        date: day("2020-05-07"),
        action: .key(KeyRegistration(key: TestKeys.other.verifierKey.encoded, role: .admin))),
      Entry(
        date: day("2020-05-07"),
        action: .key(
          KeyRegistration(
            key: TestKeys.other.verifierKey.encoded, role: .accountant, union: "a"))),
      Entry(
        date: day("2020-05-08"),
        action: .keyRevocation(KeyRevocation(key: TestKeys.other.verifierKey.encoded))),
    ]
    XCTAssertEqual(Set((entries + extraEntrySamples).map(\.kind)), Set(EntryKind.allCases))
    for entry in entries + extraEntrySamples {
      let line = encodeLine(entry)
      XCTAssertEqual(try decode(line).entry, entry, line)
    }
  }

  // MARK: Rejections

  func testDecoderRejectsMissingMember() {
    assertRejects(
      head() + #"receipt","date":"2020-05-02","union":"prov","amount_fen":1}"#,
      member: "program", "is missing or out of order (found 'amount_fen')")
    assertRejects(
      head() + #"genesis","date":"2020-06-01","format":1}"#,
      member: "origin", "is missing or out of order (the line ends)")
    assertRejects(head() + #"receipt"}"#, member: "date")
    assertRejects(
      head() + #"refund","date":"2020-05-04","union":"city","program":"covid","amount_fen":1,"#
        + #""counterparty":"x","counterparty_id":"91320600MA1MXXXX03","dues_paid_fen":1}"#,
      member: "period", "is missing or out of order (found 'dues_paid_fen')")
    assertRejects(
      head() + #"disbursement","date":"2020-05-06","union":"city","program":"covid","#
        + #""amount_fen":1,"category":"supplies","beneficiaries":2}"#,
      member: "beneficiary_unit")
    assertRejects(head() + #"reversal","date":"2020-05-20","reverses":1}"#, member: "original")
  }

  func testDecoderRejectsUnknownMember() {
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"note":"x"}"#,
      member: "note", "is unknown here or out of canonical order")
    assertRejects(
      head() + #"program","date":"2020-05-01","id":"p","name":"n","parent":"a"}"#,
      member: "parent", "is unknown here or out of canonical order")
  }

  func testDecoderRejectsOutOfOrderMember() {
    assertRejects(
      head() + #"receipt","date":"2020-05-02","program":"covid","union":"prov","amount_fen":1}"#,
      member: "union", "is missing or out of order (found 'program')")
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"memo":"m","counterparty":"c"}"#,
      member: "counterparty", "is unknown here or out of canonical order")
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"request_id":"r","memo":"m"}"#,
      member: "memo", "is unknown here or out of canonical order")
  }

  func testDecoderRejectsRepeatedMember() {
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"amount_fen":1}"#,
      member: "amount_fen", "is unknown here or out of canonical order")
  }

  func testDecoderRejectsWrongTypes() {
    assertRejects(
      head() + receiptBody + #","amount_fen":"1"}"#, member: "amount_fen", "must be an integer")
    assertRejects(
      head() + #"receipt","date":"2020-05-02","union":1,"program":"covid","amount_fen":1}"#,
      member: "union", "must be a string")
    assertRejects(
      head() + #"reversal","date":"2020-05-20","reverses":1,"original":"x"}"#,
      member: "original", "must be an object")
    assertRejects(
      head() + #"reversal","date":"2020-05-20","reverses":"1","original":{}}"#,
      member: "reverses", "must be an integer")
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"memo":{}}"#, member: "memo", "must be a string")
    assertRejects(
      head() + #"subsidy","date":"2020-05-05","union":"c","program":"p","amount_fen":1,"#
        + #""category":"other","headcount":"2"}"#,
      member: "headcount", "must be an integer")
  }

  func testDecoderRejectsNonPositiveAmounts() {
    let reason = "must be a positive number of fen"
    assertRejects(head() + receiptBody + #","amount_fen":0}"#, member: "amount_fen", reason)
    assertRejects(head() + receiptBody + #","amount_fen":-5}"#, member: "amount_fen", reason)
    assertRejects(
      head() + #"refund","date":"2020-05-04","union":"city","program":"covid","amount_fen":1,"#
        + #""counterparty":"x","counterparty_id":"91320600MA1MXXXX03","period":"2020-01","#
        + #""dues_paid_fen":0}"#,
      member: "dues_paid_fen", reason)
  }

  private func refundLine(code: String = codeA, period: String = "2020-01") -> String {
    head() + #"refund","date":"2020-05-04","union":"city","program":"covid","amount_fen":1,"#
      + #""counterparty":"x","counterparty_id":"\#(code)","period":"\#(period)","#
      + #""dues_paid_fen":1}"#
  }

  func testDecoderRejectsInvalidCreditCodeCheckCharacter() {
    assertRejects(
      refundLine(code: "91320600MA1MXXXX04"), member: "counterparty_id",
      CreditCodeError.checkCharacterMismatch(expected: "3", found: "4").description)
    assertRejects(
      refundLine(code: "91320600ma1mxxxx03"), member: "counterparty_id",
      CreditCodeError.invalidCharacter("m", position: 9).description)
    assertRejects(
      refundLine(code: "91320600MA1MXXXX0"), member: "counterparty_id",
      CreditCodeError.wrongLength(17).description)
  }

  func testDecoderRejectsNonCanonicalPeriod() {
    assertRejects(
      refundLine(period: "2020-01..2020-01"), member: "period",
      "is not canonical (write 2020-01)")
    assertRejects(
      refundLine(period: "2020-03..2020-01"), member: "period",
      PeriodParseError.endBeforeStart(
        start: YearMonth(year: 2020, month: 3)!, end: YearMonth(year: 2020, month: 1)!
      ).description)
    assertRejects(refundLine(period: "2020-1"), member: "period")
  }

  func testDecoderRejectsBadDates() {
    assertRejects(
      head() + #"receipt","date":"2020-02-30","union":"prov","program":"covid","amount_fen":1}"#,
      member: "date",
      DateParseError.dayOutOfRange(year: 2020, month: 2, day: 30).description)
    assertRejects(
      head() + #"receipt","date":"2020-5-02","union":"prov","program":"covid","amount_fen":1}"#,
      member: "date", DateParseError.malformed("2020-5-02").description)
    assertRejects(
      head() + #"receipt","date":"2019-02-29","union":"prov","program":"covid","amount_fen":1}"#,
      member: "date")
  }

  func testDecoderRejectsUnknownCategories() {
    assertRejects(
      head() + #"subsidy","date":"2020-05-05","union":"c","program":"p","amount_fen":1,"#
        + #""category":"bonus"}"#,
      member: "category", "'bonus' is not a subsidy category")
    assertRejects(
      head() + #"disbursement","date":"2020-05-06","union":"c","program":"p","amount_fen":1,"#
        + #""category":"legal_aid","headcount":1}"#,
      member: "category", "'legal_aid' is not a disbursement category")
  }

  func testDecoderRejectsZeroHeadcountForDisbursement() {
    assertRejects(
      head() + #"disbursement","date":"2020-05-06","union":"c","program":"p","amount_fen":1,"#
        + #""category":"supplies","headcount":0}"#,
      member: "headcount", "must be a whole number from 1 to 100000000, not 0")
    assertRejects(
      head() + #"subsidy","date":"2020-05-05","union":"c","program":"p","amount_fen":1,"#
        + #""category":"other","headcount":-1}"#,
      member: "headcount", "must be a whole number from 0 to 100000000, not -1")
    assertRejects(
      head() + #"disbursement","date":"2020-05-06","union":"c","program":"p","amount_fen":1,"#
        + #""category":"supplies","headcount":100000001}"#,
      member: "headcount")
  }

  func testDecoderRejectsUnknownKinds() {
    assertRejects(
      head() + #"bonus","date":"2020-05-02"}"#, member: "kind", "'bonus' is not an entry kind")
    assertRejects(
      head() + #"commit","entries":1,"signer":"","sig":""}"#, member: "kind",
      "'commit' is not an entry kind")
    assertRejects(
      head() + #"reversal","date":"2020-05-20","reverses":1,"original":{"kind":"gift"}}"#,
      member: "kind", "'gift' is not an entry kind")
    assertRejects(
      head() + #"reversal","date":"2020-05-20","reverses":1,"original":{"date":"2020-05-01"}}"#,
      member: "kind", "is missing or out of order (found 'date')")
  }

  func testDecoderRejectsBadFieldFormats() {
    assertRejects(
      head() + #"genesis","date":"2020-06-01","format":2,"origin":"x"}"#,
      member: "format", "is 2; this relief reads 1")
    assertRejects(
      head() + #"genesis","date":"2020-06-01","format":1,"origin":"a b"}"#, member: "origin")
    assertRejects(
      head() + #"receipt","date":"2020-05-02","union":"Prov","program":"covid","amount_fen":1}"#,
      member: "union", FieldRules.checkIdentifier("Prov"))
    assertRejects(
      head() + #"union","date":"2020-05-01","id":"a","name":" padded"}"#,
      member: "name", "has leading or trailing spaces")
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"memo":"line\u000abreak"}"#, member: "memo",
      FieldRules.checkMemo("line\nbreak"))
    assertRejects(
      head() + receiptBody + #","amount_fen":1,"request_id":"has space"}"#,
      member: "request_id", "'has space' must be printable ASCII without spaces")
    assertRejects(
      head() + #"reversal","date":"2020-05-20","reverses":-1,"original":{}}"#,
      member: "reverses", "must be a seq (0 or more)")
  }

  func testDecoderRejectsNonCanonicalJSON() {
    assertRejects(
      head() + receiptBody + #","amount_fen":01}"#, member: nil,
      "byte \(utf8(head() + receiptBody).count + 15): integer has a leading zero")
    assertRejects(head() + receiptBody + #","amount_fen":1} "#, member: nil)
    assertRejects(#"{"seq":1}"#, member: nil)
  }

  func testDecodeErrorDescriptionNamesTheMember() {
    XCTAssertEqual(
      EntryDecodeError(member: "period", reason: "is not canonical").description,
      "member 'period' is not canonical")
    XCTAssertEqual(EntryDecodeError(member: nil, reason: "bad").description, "bad")
  }
}
