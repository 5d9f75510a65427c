import Foundation
import ReliefLedger
import ReliefLog
import XCTest

/// The shipped sample ledger (`ledger/`, built from `seeds/`) says what the five reports say.
///
/// Each reported figure is the sum of the rows that cite it, each union's tree adds up to
/// the report's totals (no figure counted twice), and every count keeps the report's unit.
/// The expected figures are copied from the reports (../shared/seeds/), not from seeds/.
final class SampleReportTotalsTests: XCTestCase {
  private static let cq = "000_9ac814fbf2f07810.txt"
  private static let sy = "001_8f20270fabd43016.txt"
  private static let nt = "002_1cce2d1094f438d8.txt"
  private static let jx = "003_ddeef44fe0e3859f.txt"
  private static let qd = "004_049093ddc59fd230.txt"

  /// One reported figure: its report, its words, the yuan it gives, and the seed figures
  /// whose rows together make it up.
  private struct Reported {
    let report: String
    let text: String
    let fen: Int64
    let figures: [String]
  }

  /// Every money figure the reports give that the ledger books (seeds/README.md has the
  /// list, and what each becomes).
  private static let reported: [Reported] = [
    .init(report: cq, text: "捐款2万元", fen: 2_000_000, figures: ["CQ-01"]),
    .init(report: cq, text: "慰问金额约300万元", fen: 300_000_000, figures: ["CQ-03", "CQ-04"]),
    .init(report: cq, text: "发放慰问金45000元", fen: 4_500_000, figures: ["CQ-04"]),
    .init(report: sy, text: "10万元防疫专项资金", fen: 10_000_000, figures: ["SY-01"]),
    .init(report: sy, text: "累计投入161万余元", fen: 161_000_000, figures: ["SY-01", "SY-02"]),
    .init(report: nt, text: "返还小微企业工会经费1987万元", fen: 1_987_000_000, figures: ["NT-01"]),
    .init(report: nt, text: "全市返还5270万元", fen: 5_270_000_000, figures: ["NT-01", "NT-02"]),
    .init(report: nt, text: "累计使用资金125万余元", fen: 125_000_000, figures: ["NT-03"]),
    .init(report: nt, text: "价值4万多元的暖“新”礼包", fen: 4_000_000, figures: ["NT-04"]),
    .init(report: nt, text: "累计支出20万元", fen: 20_000_000, figures: ["NT-05"]),
    .init(report: nt, text: "价值4万元的抗疫物资", fen: 4_000_000, figures: ["NT-06"]),
    .init(report: nt, text: "紧急调拨50余万元资金", fen: 50_000_000, figures: ["NT-07"]),
    .init(report: jx, text: "市总工会拨付83万元", fen: 83_000_000, figures: ["SR-01"]),
    .init(report: jx, text: "贴息100万元（决定，承诺）", fen: 100_000_000, figures: ["SR-02"]),
    .init(report: jx, text: "本级共拨付慰问金 46.65 万元", fen: 46_650_000, figures: ["YC-01"]),
    .init(report: jx, text: "县总工会……168.306 万元", fen: 168_306_000, figures: ["YC-02"]),
    .init(report: jx, text: "投保 19.8750 万元", fen: 19_875_000, figures: ["YC-03"]),
    .init(
      report: qd, text: "筹措慰问资金4400万元", fen: 4_400_000_000,
      figures: ["QD-01", "QD-02", "QD-03", "QD-04", "QD-08", "QD-09", "QD-11"]),
    .init(report: qd, text: "价值2万元的慰问品", fen: 2_000_000, figures: ["QD-02"]),
    .init(report: qd, text: "价值5万余元的医用酒精等", fen: 5_000_000, figures: ["QD-03"]),
    .init(report: qd, text: "4.5万元慰问金", fen: 4_500_000, figures: ["QD-04"]),
    .init(report: qd, text: "累计补贴1.8万余元", fen: 1_800_000, figures: ["QD-05"]),
    .init(report: qd, text: "捐款达50余万元", fen: 50_000_000, figures: ["QD-06"]),
    .init(report: qd, text: "拿出30万元", fen: 30_000_000, figures: ["QD-07"]),
    .init(report: qd, text: "累计投入资金近百万元", fen: 100_000_000, figures: ["QD-08"]),
    .init(report: qd, text: "价值3.3万余元的补给食品", fen: 3_300_000, figures: ["QD-09"]),
    .init(report: qd, text: "拨付8万元专项资金", fen: 8_000_000, figures: ["QD-10"]),
    .init(report: qd, text: "共消费200余万元", fen: 200_000_000, figures: ["QD-09", "QD-11"]),
  ]

  /// One entry line of the sample, as far as these tests need it.
  private struct Row: Sendable {
    let kind: String
    /// Its members with string or integer values, integers written in decimal.
    let fields: [String: String]
    /// The figure id and report file its memo cites (`seeds:<id> <file> ...`), if any.
    let figure: String?
    let report: String?
    var fen: Int64 { fields["amount_fen"].flatMap { Int64($0) } ?? 0 }
  }

  private static let rows: [Row] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    guard let data = try? Data(contentsOf: root.appendingPathComponent("ledger/journal.jsonl"))
    else { return [] }
    return data.split(separator: 0x0A).compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let kind = object["kind"] as? String, kind != "commit"
      else { return nil }
      let words = (object["memo"] as? String)?.split(separator: " ") ?? []
      let cited = words.first.flatMap { $0.hasPrefix("seeds:") ? $0.dropFirst(6) : nil }
      let fields = object.compactMapValues { value in
        (value as? String) ?? (value as? NSNumber)?.stringValue
      }
      return Row(
        kind: kind, fields: fields, figure: cited.map(String.init),
        report: words.count > 1 ? String(words[1]) : nil)
    }
  }()

  /// The rows that book figures (not the receipts that fund them).
  private static let figureKinds: Set<String> = [
    "allocation", "refund", "subsidy", "disbursement", "commitment",
  ]

  func testEveryReportedFigureIsTheSumOfTheRowsThatCiteIt() {
    XCTAssertFalse(Self.rows.isEmpty, "ledger/journal.jsonl not read")
    var byFigure: [String: Int64] = [:]
    for row in Self.rows where Self.figureKinds.contains(row.kind) {
      guard let figure = row.figure else { continue }
      byFigure[figure, default: 0] += row.fen
    }
    for figure in Self.reported {
      let sum = figure.figures.reduce(Int64(0)) { $0 + (byFigure[$1] ?? 0) }
      XCTAssertEqual(sum, figure.fen, "\(figure.report) \(figure.text)")
      for id in figure.figures {
        let reports = Set(Self.rows.filter { $0.figure == id }.compactMap(\.report))
        XCTAssertEqual(reports, [figure.report], "\(id) cites its report")
      }
    }
  }

  func testPaidPerReportIsWhatTheReportsSayWithNothingCountedTwice() {
    var paid: [String: Int64] = [:]
    var committed: [String: Int64] = [:]
    for row in Self.rows {
      guard let report = row.report, row.figure != nil else { continue }
      switch row.kind {
      case "refund", "subsidy", "disbursement": paid[report, default: 0] += row.fen
      case "commitment": committed[report, default: 0] += row.fen
      default: break
      }
    }
    // 000: 2万 given by 优路 (its 1.5万 of goods move no money: CQ-02 is goods), and the
    // new area's 约300万 (翠云's 45000 inside it).
    XCTAssertEqual(paid[Self.cq], 2_000_000 + 300_000_000)
    // 001: 161万余 (the 10万 of 2021-01-05 inside it).
    XCTAssertEqual(paid[Self.sy], 161_000_000)
    // 002: 5270万 refunded city-wide (the city union's 1987万 inside it), 125万余 of
    // hardship aid, 4万多 + 20万 + 4万 + 50余万 for drivers and the front line.
    XCTAssertEqual(
      paid[Self.nt],
      5_270_000_000 + 125_000_000 + 4_000_000 + 20_000_000 + 4_000_000 + 50_000_000)
    // 003: 83万 + 46.65万 + 168.306万 + 19.875万 paid; the 饶工贷 100万 only decided.
    XCTAssertEqual(paid[Self.jx], 83_000_000 + 46_650_000 + 168_306_000 + 19_875_000)
    XCTAssertEqual(committed[Self.jx], 100_000_000)
    // 004: the 4400万 of all levels (every district's front-line figure inside it), the
    // 1.8万余 purchase subsidy, 50余万 of donations passed on and the 30万 award.
    XCTAssertEqual(
      paid[Self.qd], 4_400_000_000 + 1_800_000 + 50_000_000 + 30_000_000)
    XCTAssertEqual(Set(committed.keys), [Self.jx])
  }

  func testUnionTreesAddUpToTheReportsTotals() throws {
    let view = try LedgerView.load(
      Journal(directory: Self.sampleLedger), stateDirectory: nil)
    var tree: [String: AccountTotals] = [:]
    for row in BalanceReport.rows(view.state, subtree: true) {
      tree[row.union + "/" + row.program] = row.totals
    }
    func totals(_ key: String) -> AccountTotals {
      guard let totals = tree[key] else {
        XCTFail("no account \(key)")
        return AccountTotals()
      }
      return totals
    }
    // 000: 约300万 to 2000余人, the new area union and its streets together.
    XCTAssertEqual(totals("chongqing-liangjiang/covid-2020").disbursed.fen, 300_000_000)
    XCTAssertEqual(totals("chongqing-liangjiang/covid-2020").beneficiaries[.person], 2000)
    XCTAssertEqual(totals("chongqing-liangjiang/donations-2020").disbursed.fen, 2_000_000)
    // 001: 161万余 reaching 12万余人次.
    XCTAssertEqual(totals("beijing-shunyi/covid-2020").disbursed.fen, 161_000_000)
    XCTAssertEqual(totals("beijing-shunyi/covid-2020").beneficiaries[.personTime], 120_000)
    // 002: 5270万 to 33730 businesses; hardship aid apart from the epidemic fund.
    XCTAssertEqual(totals("nantong/dues-refund").refunded.fen, 5_270_000_000)
    XCTAssertEqual(totals("nantong/hardship-aid").disbursed.fen, 125_000_000)
    XCTAssertEqual(totals("nantong/hardship-aid").beneficiaries[.personTime], 2408)
    XCTAssertEqual(totals("nantong/covid-2022").disbursed.fen, 78_000_000)
    XCTAssertEqual(totals("nantong/covid-2022").beneficiaries[.person], 200)
    XCTAssertEqual(totals("nantong/covid-2022").beneficiaries[.portion], 2000)
    // 003: the 饶工贷 100万 committed, nothing paid, the balance untouched.
    let loans = totals("shangrao/startup-loan-interest")
    XCTAssertEqual(loans.committed.fen, 100_000_000)
    XCTAssertEqual(loans.committedPaid.fen, 0)
    XCTAssertEqual(loans.subsidized.fen, 0)
    XCTAssertEqual(loans.balance.fen, 0)
    XCTAssertEqual(totals("shangrao/covid-2020").disbursed.fen, 83_000_000)
    XCTAssertEqual(totals("shangrao/covid-2020").beneficiaries[.business], 28)
    XCTAssertEqual(
      totals("yichun/covid-2020").disbursed.fen, 46_650_000 + 168_306_000 + 19_875_000)
    // 004: 4400万 in all (no district figure on top), 李沧's 200余万, the award apart.
    XCTAssertEqual(totals("qingdao/covid-2020").disbursed.fen, 4_400_000_000)
    XCTAssertEqual(totals("qingdao-licang/covid-2020").disbursed.fen, 200_000_000)
    XCTAssertEqual(totals("qingdao/innovation-2020").disbursed.fen, 30_000_000)
    XCTAssertEqual(totals("qingdao/donations-2020").disbursed.fen, 50_000_000)
    XCTAssertEqual(totals("qingdao/donations-2020").received.fen, 50_000_000)
  }

  func testCountsCarryTheirUnitsAndPurposesTheirFunds() {
    let byFigure = Dictionary(
      Self.rows.filter { Self.figureKinds.contains($0.kind) }.compactMap { row in
        row.figure.map { ($0, row) }
      }, uniquingKeysWith: { first, _ in first })
    for row in Self.rows {
      XCTAssertNil(row.fields["headcount"], "\(row.figure ?? row.kind) has a headcount")
      XCTAssertEqual(
        row.fields["beneficiaries"] == nil, row.fields["beneficiary_unit"] == nil,
        "\(row.figure ?? row.kind)")
      if row.kind == "disbursement" || row.kind == "subsidy" {
        XCTAssertNotEqual(row.fields["beneficiaries"], "1", "\(row.figure ?? "")")
      }
    }
    func field(_ figure: String, _ name: String) -> String? {
      byFigure[figure]?.fields[name]
    }
    XCTAssertEqual(byFigure["SR-02"]?.kind, "commitment")
    XCTAssertEqual(field("SR-02", "beneficiary_unit"), "家企业")
    XCTAssertEqual(field("NT-03", "program"), "hardship-aid")
    XCTAssertEqual(field("QD-07", "program"), "innovation-2020")
    XCTAssertEqual(field("CQ-01", "category"), "donation")
    XCTAssertEqual(field("QD-06", "category"), "donation")
    let donated = Self.rows.first { $0.kind == "receipt" && $0.figure == "QD-06" }
    XCTAssertEqual(donated?.fields["category"], "donation")
    XCTAssertEqual(field("QD-05", "counterparty").map { $0.contains("买方") }, true)
    XCTAssertEqual(field("QD-01", "union"), "qingdao-all-levels")
    XCTAssertEqual(field("QD-11", "union"), "qingdao-licang-all")
    XCTAssertEqual(field("NT-05", "beneficiary_unit"), "份")
    XCTAssertEqual(field("SY-02", "beneficiary_unit"), "人次")
    // Approximate figures and assumed dates are marked where the public sees them.
    XCTAssertEqual(field("CQ-03", "amount_approx"), "约")
    XCTAssertEqual(field("CQ-03", "beneficiaries_approx"), "余")
    XCTAssertEqual(field("QD-08", "amount_approx"), "近")
    XCTAssertEqual(field("QD-01", "date_basis"), "assumed")
    XCTAssertNil(field("SY-01", "date_basis"))
    XCTAssertNil(field("NT-01", "amount_approx"))
    XCTAssertEqual(field("NT-03", "amount_approx"), "余")
  }

  /// One reported count of goods in kind: its report, its words, and what the ledger
  /// books (a quantity in one of the ledger's units: 斤 are booked as half as many 千克).
  private struct ReportedGoods {
    let report: String
    let text: String
    let figure: String
    let union: String
    let item: String
    let quantity: Int64
    let unit: String
    /// The value the report gives the goods, in fen, if any.
    var valueFen: Int64? = nil
  }

  /// Every goods figure the ledger books (seeds/README.md lists them), copied from the
  /// reports.
  private static let reportedGoods: [ReportedGoods] = [
    .init(
      report: cq, text: "捐赠价值1.5万元的生活物资", figure: "CQ-02",
      union: "chongqing-liangjiang-youlu", item: "生活物资", quantity: 1, unit: "批",
      valueFen: 1_500_000),
    .init(
      report: cq, text: "捐赠1000个口罩", figure: "CQ-05", union: "chongqing-liangjiang-hanon",
      item: "口罩", quantity: 1000, unit: "个"),
    .init(
      report: cq, text: "捐赠8000斤生态萝卜", figure: "CQ-06", union: "chongqing-liangjiang-benxun",
      item: "生态萝卜", quantity: 8000 / 2, unit: "千克"),
    .init(
      report: cq, text: "1400斤柑橘", figure: "CQ-07", union: "chongqing-liangjiang-benxun",
      item: "柑橘", quantity: 1400 / 2, unit: "千克"),
    .init(
      report: cq, text: "5家会员单位发放口罩1000只", figure: "CQ-08", union: "chongqing-liangjiang",
      item: "口罩", quantity: 1000, unit: "只"),
    .init(
      report: sy, text: "12万个暖身贴", figure: "SY-03", union: "beijing-shunyi", item: "暖身贴",
      quantity: 120_000, unit: "个"),
    .init(
      report: sy, text: "11.5万个暖身贴", figure: "SY-04", union: "beijing-shunyi", item: "暖身贴",
      quantity: 115_000, unit: "个"),
    .init(
      report: sy, text: "水饺54660袋", figure: "SY-05", union: "beijing-shunyi", item: "水饺",
      quantity: 54660, unit: "袋"),
    .init(
      report: sy, text: "汤圆36440袋", figure: "SY-06", union: "beijing-shunyi", item: "汤圆",
      quantity: 36440, unit: "袋"),
    .init(
      report: sy, text: "面包4724袋", figure: "SY-07", union: "beijing-shunyi", item: "面包",
      quantity: 4724, unit: "袋"),
    .init(
      report: sy, text: "酸奶2362桶", figure: "SY-08", union: "beijing-shunyi", item: "酸奶",
      quantity: 2362, unit: "桶"),
    .init(
      report: nt, text: "捐赠5280盒自热米饭", figure: "NT-09", union: "nantong", item: "自热米饭",
      quantity: 5280, unit: "盒"),
    .init(
      report: nt, text: "防疫物资、生活用品等2000余份", figure: "NT-08", union: "nantong-chongchuan",
      item: "防疫物资、生活用品", quantity: 2000, unit: "份"),
    .init(
      report: qd, text: "采购峡源蛋鸡场3100份鸡蛋", figure: "QD-12", union: "qingdao-pingdu",
      item: "鸡蛋", quantity: 3100, unit: "份"),
    .init(
      report: qd, text: "送去酒精5450斤", figure: "QD-13", union: "qingdao-licang", item: "酒精",
      quantity: 5450 / 2, unit: "千克"),
    .init(
      report: qd, text: "一次性手套1万副", figure: "QD-14", union: "qingdao-licang",
      item: "一次性手套", quantity: 10_000, unit: "副"),
  ]

  func testEveryReportedGoodsFigureIsHandedOutAfterAReceipt() {
    for goods in Self.reportedGoods {
      let cited = Self.rows.filter { $0.figure == goods.figure }
      let handedOut = cited.filter { $0.kind == "goods.distribution" }
      let received = cited.filter { $0.kind == "goods.receipt" }
      let label = "\(goods.report) \(goods.text)"
      XCTAssertEqual(handedOut.count, 1, label)
      XCTAssertEqual(Set(cited.compactMap(\.report)), [goods.report], label)
      for row in handedOut + received {
        XCTAssertEqual(row.fields["union"], goods.union, label)
        XCTAssertEqual(row.fields["item"], goods.item, label)
        XCTAssertEqual(row.fields["unit"], goods.unit, label)
        XCTAssertNil(row.fields["amount_fen"], "goods move no money: \(label)")
      }
      XCTAssertEqual(handedOut.first?.fields["quantity"], String(goods.quantity), label)
      XCTAssertEqual(
        handedOut.first?.fields["value_fen"], goods.valueFen.map { String($0) }, label)
      let receivedQuantity = received.reduce(Int64(0)) {
        $0 + (Int64($1.fields["quantity"] ?? "") ?? 0)
      }
      XCTAssertEqual(receivedQuantity, goods.quantity, label)
    }
    // 平度's eggs were bought from the farm the report names, not from a synthetic source.
    let eggs = Self.rows.first { $0.kind == "goods.receipt" && $0.figure == "QD-12" }
    XCTAssertEqual(eggs?.fields["counterparty"], "平度市峡源蛋鸡场")
    XCTAssertEqual(
      Self.rows.first { $0.kind == "goods.distribution" && $0.figure == "QD-12" }?
        .fields["beneficiaries"], "13")
    // 崇川's 2000余份 are counted once, by NT-05's money row; the goods are marked 余.
    let parcels = Self.rows.first { $0.kind == "goods.distribution" && $0.figure == "NT-08" }
    XCTAssertNil(parcels?.fields["beneficiaries"])
    XCTAssertEqual(parcels?.fields["quantity_approx"], "余")
    // 王金合's meals came through the city union from the donor the report names (by role).
    let meals = Self.rows.first { $0.kind == "goods.receipt" && $0.figure == "NT-09" }
    XCTAssertEqual(meals?.fields["counterparty"], "淘金集团董事长（省劳模）")
  }

  private static var sampleLedger: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path + "/ledger"
  }
}
