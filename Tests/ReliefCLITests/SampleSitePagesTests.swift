import Foundation
import XCTest

/// What the sample site's overview and union pages say: the synthetic share, where each
/// program's money came from and went, subtree totals, cards that agree with the tables,
/// sources as report titles and quotes, one unit (yuan).
final class SampleSitePagesTests: XCTestCase {
  private func page(_ path: String) throws -> String {
    try String(contentsOfFile: try SampleSite.folder() + "/" + path, encoding: .utf8)
  }

  func testTheOverviewSaysWhatIsSyntheticAndWhereTheMoneyCameFromAndWent() throws {
    let index = try page("index.html")
    XCTAssertFalse(index.contains("万元"))
    XCTAssertTrue(
      index.contains(
        "收到资金中 106,856,310.00 元（99.5%）、支出中 52,700,000.00 元（49.1%）为合成。"), index)
    XCTAssertTrue(index.contains("<h3>小微企业工会经费返还：收到 52,700,000.00 元</h3>"))
    XCTAssertTrue(
      index.contains("资金来源未报道（合成） <b>52,700,000.00 元</b> （100.0%）</li>"))
    XCTAssertTrue(index.contains("返还经费 <b>52,700,000.00 元</b> （100.0%）</li>"))
    // 南通市总工会's row: its subtree of 12 unions received and spent 54,730,000.00.
    XCTAssertTrue(
      index.contains(
        ">南通市总工会</a></td><td class=\"n\" data-label=\"收到（含上级拨入）\" "
          + "data-v=\"5473000000\">54,730,000.00</td><td class=\"n\" data-label=\"支出\" "
          + "data-v=\"5473000000\">54,730,000.00</td>"), index)
    XCTAssertTrue(index.contains("<b>企业查询</b>"))
  }

  func testAUnionPageAgreesWithItsTablesAndNamesItsSources() throws {
    let nantong = try page("unions/nantong.html")
    XCTAssertTrue(
      nantong.contains("<div class=\"card\"><span>收到资金</span><b>21,120,000.00 元</b></div>"))
    XCTAssertTrue(
      nantong.contains(
        "<div class=\"card\"><span>收到（含上级拨入）</span><b>54,730,000.00 元</b></div>"))
    XCTAssertTrue(nantong.contains("<h2>本级及下级工会：资金从哪里来、用到了哪里</h2>"))
    let liangjiang = try page("unions/chongqing-liangjiang.html")
    XCTAssertTrue(
      liangjiang.contains(
        "<div class=\"card\"><span>收到资金</span><b>2,955,000.00 元</b></div>"))
    XCTAssertTrue(
      liangjiang.contains("来源：《重庆两江新区总工会：汇聚抗疫力量彰显工会担当》：“共计2000余人，送上慰问金额约300万元”（CQ-03）"), liangjiang)
    XCTAssertFalse(liangjiang.contains(".txt"))
    let data = try page("data/unions/nantong.json")
    XCTAssertTrue(data.contains("\"synthetic\":true"))
  }
}
