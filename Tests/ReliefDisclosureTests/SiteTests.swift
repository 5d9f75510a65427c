import Foundation
import ReliefDisclosure
import ReliefLedger
import XCTest

/// The generated site: totals, masking, links, markup and a golden fragment.
final class SiteTests: DisclosureTestCase {
  private func makeSite(ledger: String? = nil, redact: String? = nil) throws -> String {
    let path = try ledger ?? makeSmallLedger()
    let markup = relief([
      "append", "disbursement", "--ledger", path, "--date", "2022-04-05", "--union", "district",
      "--program", "fund", "--amount", "1", "--category", "supplies", "--headcount", "1",
      "--counterparty", "<script>alert(1)</script>", "--memo", "<b>x</b> &",
    ])
    XCTAssertEqual(markup.status, 0, markup.err)
    let site = directory + "/site"
    var arguments = ["disclose", "--ledger", path, "--out", site]
    if let redact { arguments += ["--redact", redact] }
    let outcome = relief(arguments)
    XCTAssertEqual(outcome.status, 0, outcome.err)
    return site
  }

  private func files(_ site: String) throws -> [String: String] {
    var result: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: site)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: site + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { result[path] = try read(site + "/" + path) }
    }
    return result
  }

  func testIndexTotalsEqualBalanceReport() throws {
    let ledger = try makeSmallLedger()
    let site = try makeSite(ledger: ledger)
    let index = try read(site + "/index.html")
    var sum = [Int64](repeating: 0, count: 6)
    for row in try balanceRows(ledger) {
      let t = row.totals
      let values = [
        t.received.fen, t.allocatedOut.fen, t.refunded.fen, t.subsidized.fen, t.disbursed.fen,
        t.balance.fen,
      ]
      for i in 0..<6 { sum[i] += values[i] }
    }
    XCTAssertEqual(sum, [100_500_000, 20_000_000, 150_050, 99, 1_334_667, 99_015_184])
    for fen in sum {
      XCTAssertTrue(index.contains(Labels.yuan(fen) + " 元"), "index lacks \(Labels.yuan(fen))")
      XCTAssertFalse(index.contains("万元"), "one unit per view: yuan")
    }
    let summary = try read(site + "/data/summary.json")
    XCTAssertTrue(summary.contains("\"received_fen\":100500000"))
    XCTAssertTrue(summary.contains("\"balance_fen\":99015184"))
    XCTAssertTrue(index.contains("受益小微企业（家）</span><b>1</b>"))
    XCTAssertTrue(
      index.contains("<div class=\"card\"><span>收到资金</span><b>1,005,000.00 元</b></div>"))
  }

  func testPeopleAreMaskedAndIDNumbersNeverShown() throws {
    let all = try files(try makeSite())
    XCTAssertGreaterThan(all.count, 8)
    let joined = all.values.joined(separator: "\n")
    for secret in ["张三丰", "李四", "110101199003074514", "13800138000"] {
      XCTAssertFalse(joined.contains(secret), "\(secret) is disclosed")
    }
    XCTAssertTrue(joined.contains("李*"))
    XCTAssertTrue(joined.contains("某小微企业"))
    XCTAssertTrue(joined.contains("914403001922038216"))
    // Standing alone: a run of digits inside a hex hash (the head's, which changes with the
    // payees' random salts) is no ID number.
    let idPattern = try NSRegularExpression(
      pattern: "(?<![0-9A-Za-z])[0-9]{17}[0-9X](?![0-9A-Za-z])")
    for (path, text) in all {
      let range = NSRange(text.startIndex..., in: text)
      for match in idPattern.matches(in: text, range: range) {
        let found = (text as NSString).substring(with: match.range)
        XCTAssertEqual(found, "914403001922038216", "ID-like number in \(path)")
      }
    }
  }

  func testLedgerTextIsEscaped() throws {
    let all = try files(try makeSite())
    let joined = all.filter { $0.key.hasSuffix(".html") }.values.joined()
    XCTAssertFalse(joined.contains("<script>alert"))
    XCTAssertTrue(joined.contains("&lt;b&gt;x&lt;/b&gt; &amp;"))
    XCTAssertTrue(joined.contains("援助&quot;基金&quot;"))
  }

  func testMarkupIsWellFormedAndLinksResolve() throws {
    let site = try makeSite()
    let all = try files(site)
    for (path, text) in all where path.hasSuffix(".html") {
      XCTAssertTrue(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), path)
      XCTAssertEqual(MarkupChecker.problems(text), [], path)
      let folder = (path as NSString).deletingLastPathComponent
      for link in MarkupChecker.links(text) {
        var parts = folder.split(separator: "/").map(String.init)
        for part in link.split(separator: "/") {
          if part == ".." { parts = parts.dropLast() } else { parts.append(String(part)) }
        }
        let target = parts.joined(separator: "/")
        XCTAssertNotNil(all[target], "\(path) links to missing \(link)")
      }
    }
    XCTAssertNotNil(all["unions/district.html"])
    XCTAssertNotNil(all["data/unions/city.json"])
  }

  func testUnionPageOutflowRowGolden() throws {
    let page = try read(try makeSite() + "/unions/district.html")
    let row =
      "<tr><td class=\"n\" data-label=\"序号\" data-v=\"10\">10</td>"
      + "<td data-label=\"日期\">2022-04-04</td><td data-label=\"类别\">支出·慰问</td>"
      + "<td data-label=\"资金\">援助&quot;基金&quot;</td>"
      + "<td class=\"n\" data-label=\"金额\" data-v=\"100000\">1,000.00</td>"
      + "<td class=\"w\" data-label=\"对象\">李*</td><td data-label=\"惠及\">1 人</td>"
      + "<td class=\"w\" data-label=\"来源或备注\">（不公开）</td></tr>"
    XCTAssertTrue(page.contains(row), page)
    XCTAssertTrue(page.contains("<a href=\"city.html\">上级：南通市总工会</a>"))
  }

  func testRedactionPolicyHidesMore() throws {
    let policy = directory + "/policy.txt"
    try "# test\nhide-memo *\nhide-business-codes city\n".write(
      toFile: policy, atomically: true, encoding: .utf8)
    let joined = try files(try makeSite(redact: policy)).values.joined()
    XCTAssertFalse(joined.contains("914403001922038216"))
    XCTAssertFalse(joined.contains("电话"))
    XCTAssertThrowsError(try RedactionPolicy(parsing: "hide-everything *"))
  }

  func testMaskingRules() {
    XCTAssertEqual(Privacy.maskPerson("张三丰"), "张*丰")
    XCTAssertEqual(Privacy.maskPerson("李四"), "李*")
    XCTAssertTrue(Privacy.isOrganisation("南通市总工会"))
    XCTAssertTrue(Privacy.isOrganisation("一线职工"))
    XCTAssertFalse(Privacy.isOrganisation("王小明"))
    let policy = DisclosurePolicy(state: nil)
    XCTAssertEqual(policy.freeText("身份证11010119900307451X号", union: nil)?.published, nil)
    XCTAssertEqual(policy.freeText("日期为推定", union: nil)?.published, "日期为推定")
  }
}
