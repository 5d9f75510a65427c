import ReliefCrypto
import ReliefText
import XCTest

@testable import ReliefLedger

/// The ledger module's problems are said in Chinese when Chinese is chosen: what an
/// accountant sees when a row of an import file is refused.
final class ChineseLedgerMessagesTests: LedgerTestCase {
  private let auditor = TestKeys.key("auditor", seedByte: 4)

  override func setUpWithError() throws {
    try super.setUpWithError()
    Text.current = Text(.zh)
  }

  override func tearDownWithError() throws {
    Text.current = Text(.en)
    try super.tearDownWithError()
  }

  private func amountMessage(_ text: String) -> String? {
    caughtError { () throws(MoneyParseError) in
      try Money.parseYuan(text, allowNegative: false)
    }?.description
  }

  func testMalformedAmounts() {
    XCTAssertEqual(
      amountMessage("abc"),
      "金额 \"abc\" 的第 1 个字符是 \"a\"：只能用数字、一个小数点和千分位逗号，末尾可以加“万”")
    XCTAssertEqual(amountMessage("12.345"), "金额 \"12.345\" 的小数超过两位（最小单位是分，即 0.01 元）")
    XCTAssertEqual(
      amountMessage("1 000"), "金额 \"1 000\" 的第 2 个字符是 空格：请删去空格和换行")
  }

  func testCSVSyntaxAndColumns() {
    XCTAssertEqual(
      InputTest.csvIssues("kind,note\ngrant,\"open\n").map(\.reason),
      ["这里开始的引号一直没有闭合（缺少后引号）"])
    XCTAssertEqual(
      InputTest.csvIssues("kind,amout\ngrant,1\n").map(\.reason),
      ["不认识的列“amout”；能用的列有：\(InputTest.knownList)"])
  }

  func testAnImportsUnknownColumnPointsToTheChineseHeadings() {
    do {
      _ = try InputReader.read(
        bytes: Array("kind,amout\nreceipt,1\n".utf8), fileName: "batch.csv", format: .csv,
        encoding: nil, schema: EntryFields.schema, limits: .standard)
      XCTFail("not rejected")
    } catch {
      XCTAssertEqual(
        error.issues.map(\.reason),
        [
          "不认识的列“amout”；能用的列有：\(EntryFields.schema.knownFields.joined(separator: ", "))，"
            + "也可以用 relief template 生成的表格中的中文列名"
        ])
    }
  }

  func testJSONLinesSyntax() {
    XCTAssertEqual(
      InputTest.jsonIssues("{\"kind\" \"grant\"}\n").map(\.reason),
      ["第 9 列：键名后应当是 ':'，实际是 '\"'"])
  }

  func testTextThatIsNeitherUTF8NorGB18030() {
    let bytes = Array("kind,note\ngrant,".utf8) + [0xFF, 0xFF, 0x0A]
    XCTAssertEqual(
      InputTest.issues(bytes).map(\.description),
      [
        "batch.csv:2: 第 16 字节处（从 0 数起）不是有效的 UTF-8（字节 FF FF 0A）："
          + "它也不是 GB18030（GBK）编码：请在表格软件中另存为 UTF-8 编码的 CSV，"
          + "或加上 --encoding gb18030 查看从哪里开始不是 GB18030"
      ])
  }

  func testAnIDNumberInAPublicFieldIsRefused() throws {
    try createStandardLedger()
    let row = Row.receipt("prov", "100.00", memo: "身份证 11010519491231002X")
    XCTAssertEqual(
      rejection([row]).map(\.description),
      [
        "rows.csv:2: 字段“备注（memo）”：看起来是身份证号、手机号或银行卡号（遮盖后为“110*************2X”）；"
          + "个人证件号码一律不记入账本：请填在 person_id（身份证号）一栏，它只存于名册"
      ])
  }

  func testApproximationMarksAndGoodsUnits() throws {
    try createStandardLedger()
    var marked = Row.receipt("prov", "100.00")
    marked["amount_approx"] = "大约"
    var unmarked = Row.disbursement("prov", "1.00")
    unmarked["headcount"] = nil
    unmarked["beneficiaries_approx"] = "余"
    XCTAssertEqual(
      rejection([marked, unmarked, Row.goods("goods-receipt", "city", "10", unit: "斤")])
        .map(\.description),
      [
        "rows.csv:2: 字段“金额约数（amount_approx）”：“大约”不是以下之一：余, 多, 约, 近",
        "rows.csv:3: 字段“受益数约数（beneficiaries_approx）”：须填了受益人数才能标注",
        "rows.csv:4: 字段“计量单位（unit）”：“斤”不是以下之一：件, 个, 只, 份, 箱, 袋, 千克, 吨, 副, 桶, 盒, 批",
      ])
  }

  func testAnAuditorKeyMayNotAppend() throws {
    try createStandardLedger()
    try append([["kind": "key", "key": auditor.verifierKey.encoded, "role": "auditor"]])
    let writer = LedgerWriter(
      journal: journal, nowMillis: { fixedMillis }, signer: CommitSigner(auditor))
    do {
      _ = try writer.append(rows: inputRows([Row.receipt("prov", "1.00")]), source: "rows.csv")
      XCTFail("not rejected")
    } catch .rejected(let issues) {
      XCTAssertEqual(
        issues.map(\.description),
        ["rows.csv:2: 字段“公钥（key）”：密钥“auditor+9d363cdc”（审计）无权记入序号 9：审计密钥不能记账（它只用于联署检查点）"])
    } catch {
      XCTFail("expected a rejection, got \(error)")
    }
  }
}
