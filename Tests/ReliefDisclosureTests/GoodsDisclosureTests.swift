import Foundation
import ReliefDisclosure
import ReliefLedger
import XCTest

/// Goods in kind in the exports: whole quantities of one commodity per item and unit in
/// their own Goods accounts, which ledger-cli, hledger and bean-check accept and balance;
/// money balances stay as they were; the site shows goods per union in Chinese.
final class GoodsDisclosureTests: DisclosureTestCase {
  private let masks = GoodsCommodity.symbol(item: "口罩", unit: .item)

  private func export(_ ledger: String, _ format: String) throws -> String {
    let path = directory + "/goods." + format
    let outcome = relief(["export", "--format", format, "--ledger", ledger, "--out", path])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    return path
  }

  func testCommoditySymbolIsLettersOnlyAndStable() {
    XCTAssertEqual(masks.count, 11)
    XCTAssertTrue(masks.allSatisfy { ("A"..."Z").contains($0) }, masks)
    XCTAssertNotEqual(masks, GoodsCommodity.symbol(item: "口罩", unit: .box))
  }

  func testBalancesShowStockAndKeepMoney() throws {
    let ledger = try makeGoodsLedger()
    let outcome = relief(["balances", "--json", "--ledger", ledger, "--program", "covid"])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    XCTAssertTrue(
      outcome.out.hasSuffix(
        #""goods":[{"union":"jx","program":"covid","item":"口罩","unit":"个","received":2000,"#
          + #""allocated_in":0,"allocated_out":500,"distributed":0,"in_stock":1500,"#
          + #""value_fen":1000000},{"union":"sr","program":"covid","item":"口罩","unit":"个","#
          + #""received":0,"allocated_in":500,"allocated_out":0,"distributed":0,"in_stock":500}]}"#
          + "\n"), outcome.out)
    XCTAssertTrue(
      outcome.out.contains(#""union":"jx","program":"covid","received_fen":200000000,"#))
    let log = relief(["log", "--ledger", ledger])
    XCTAssertTrue(log.out.contains("goods received: 口罩 2,000 个 (valued 10,000.00 yuan)"), log.out)
    XCTAssertTrue(log.out.contains("reverses seq 15 (goods.distribution)"), log.out)
    // The receiving union of a goods allocation finds it too.
    let received = relief([
      "log", "--ledger", ledger, "--union", "sr", "--kind", "goods.allocation",
    ])
    XCTAssertTrue(received.out.contains("goods allocated: 口罩 500 个"), received.out)
  }

  func testCSVRowsCarryItemQuantityAndUnit() throws {
    let csv = try read(try export(try makeGoodsLedger(), "csv"))
    XCTAssertTrue(
      csv.contains("11,2020-04-03,goods.receipt,jx,,covid,,0.00,,,,,,,,,,,口罩,2000,个,10000.00\n"),
      csv)
    XCTAssertTrue(
      csv.contains("17,2020-04-03,reversal,sr,,covid,,0.00,,,,,,,15,,,,口罩,-300,个,\n"), csv)
  }

  func testLedgerAndHledgerBalanceTheGoods() throws {
    let file = try export(try makeGoodsLedger(), "ledger")
    let journal = try read(file)
    XCTAssertTrue(journal.contains("; commodity \(masks): 口罩 (个)\n"), journal)
    XCTAssertTrue(journal.contains("    Assets:Goods:jx:covid  2000 \(masks)\n"), journal)
    let expected = [
      "Assets:Goods:jx:covid": 1500, "Assets:Goods:sr:covid": 500,
      "Income:GoodsReceived:jx:covid": -2000,
    ]
    for tool in ["ledger", "hledger"] {
      let (status, out) = try ExternalTools.run(
        tool, ["-f", file, "balance", "--flat", "--no-total", "Goods"])
      XCTAssertEqual(status, 0, out)
      XCTAssertEqual(quantities(out), expected, tool + "\n" + out)
    }
  }

  func testBeanCheckBalancesTheGoods() throws {
    let file = try export(try makeGoodsLedger(), "beancount")
    var text = try read(file)
    text += "2100-01-01 balance Assets:Goods:Jx:Covid  1500 \(masks)\n"
    text += "2100-01-01 balance Assets:Goods:Sr:Covid  500 \(masks)\n"
    text += "2100-01-01 balance Expenses:GoodsDistributed:Sr:Covid  0 \(masks)\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let (status, out) = try ExternalTools.run("bean-check", [file])
    XCTAssertEqual(status, 0, out)
    text += "2100-01-02 balance Assets:Goods:Sr:Covid  499 \(masks)\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    XCTAssertNotEqual(try ExternalTools.run("bean-check", [file]).0, 0)
  }

  func testSiteShowsGoodsPerUnionAndNoGoodsAsMoney() throws {
    let ledger = try makeGoodsLedger()
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    let index = try read(site + "/index.html")
    XCTAssertTrue(index.contains("<h2>物资（实物）</h2>"), index)
    XCTAssertTrue(
      index.contains(
        "<td data-label=\"资金\">2020年疫情防控专项资金</td><td data-label=\"物资\">口罩</td>"
          + "<td data-label=\"单位\">个</td>"
          + "<td class=\"n\" data-label=\"收到数量\" data-v=\"2000\">2,000</td>"), index)
    let union = try read(site + "/unions/sr.html")
    XCTAssertTrue(union.contains("<h2>物资（本级）</h2>"), union)
    XCTAssertEqual(
      try read(site + "/data/goods.csv"),
      "工会编号,工会名称,资金编号,物资,单位,收到数量,上级下拨,下拨下级,发放数量,库存数量,估值（元）\n"
        + "jx,江西省总工会,covid,口罩,个,2000,0,500,0,1500,10000.00\n"
        + "sr,上饶市总工会,covid,口罩,个,0,500,0,0,500,0.00\n")
    XCTAssertEqual(
      try read(site + "/data/categories.csv"),
      "类别编号,类别,金额（元）\nsubsidy:interest,补贴·贴息,400000.00\n")
  }

  func testImportTakesGoodsColumnsAndNamesTheBadCell() throws {
    let ledger = try makeMoneyModelLedger()
    let csv = directory + "/goods.csv"
    try """
    kind,date,union,program,item,quantity,unit,value,beneficiaries,beneficiary_unit
    goods-receipt,2020-04-01,sr,covid,农产品,420,吨,,,
    goods.distribution,2020-04-02,sr,covid,农产品,421,吨,,30,户

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let before = try read(ledger + "/journal.jsonl")
    let refused = relief(["import", csv, "--ledger", ledger])
    XCTAssertEqual(refused.status, 4, refused.err)
    XCTAssertTrue(
      refused.err.contains(
        csv + ":3: field 'quantity': stock of '农产品' (吨) of union 'sr' in program 'covid' is "
          + "420, less than 421 (goods stay in their program)\n"), refused.err)
    XCTAssertEqual(try read(ledger + "/journal.jsonl"), before)
    try read(csv).replacingOccurrences(of: ",421,", with: ",400,")
      .write(toFile: csv, atomically: true, encoding: .utf8)
    XCTAssertEqual(relief(["import", csv, "--ledger", ledger]).status, 0)
    let stock = relief(["balances", "--json", "--ledger", ledger, "--union", "sr"])
    XCTAssertTrue(
      stock.out.contains(
        #""goods":[{"union":"sr","program":"covid","item":"农产品","unit":"吨","received":420,"#
          + #""allocated_in":0,"allocated_out":0,"distributed":400,"in_stock":20}]"#), stock.out)
  }

  func testValuationCountsTowardsNoReviewThreshold() throws {
    let ledger = try makeMoneyModelLedger()
    let threshold = relief([
      "append", "review-threshold", "--union", "jx", "--amount", "100", "--ledger", ledger,
    ])
    XCTAssertEqual(threshold.status, 0, threshold.err)
    let goods = relief([
      "append", "goods-receipt", "--union", "jx", "--program", "covid", "--item", "口罩",
      "--quantity", "2000", "--unit", "个", "--value", "1万", "--date", "2020-04-03",
      "--ledger", ledger,
    ])
    XCTAssertEqual(goods.status, 0, goods.err)
    let money = relief([
      "append", "receipt", "--union", "jx", "--program", "covid", "--amount", "100.01",
      "--date", "2020-04-03", "--ledger", ledger,
    ])
    XCTAssertEqual(money.status, 4, money.err)
  }

  func testAppendHelpListsTheGoodsFields() {
    let help = relief(["append", "--help"])
    XCTAssertTrue(
      help.out.contains(
        "  --unit UNIT                 goods kinds: what quantity counts:\n"
          + String(repeating: " ", count: 30) + "件, 个, 只, 份, 箱, 袋, 千克, 吨, 副, 桶, 盒, 批\n"
      ),
      help.out)
    XCTAssertTrue(
      help.out.contains("goods.receipt,\ngoods.distribution, goods.allocation.\n"), help.out)
  }

  /// `N SYMBOL Account` lines of a flat balance report in the masks' commodity.
  private func quantities(_ text: String) -> [String: Int] {
    var result: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 3, fields[1] == masks, let value = Int(fields[0]) else { continue }
      result[String(fields[2])] = value
    }
    return result
  }
}
