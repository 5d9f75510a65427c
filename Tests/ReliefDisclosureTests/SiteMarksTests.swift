import Foundation
import XCTest

/// The site shows which figures the sources state only approximately and which dates are
/// assumed: badges beside the figures, and the journal's member names in the data.
final class SiteMarksTests: DisclosureTestCase {
  func testApproximateFiguresAndAssumedDatesAreMarkedOnTheSampleSite() throws {
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", Self.sampleLedger, "--out", site])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    // CQ-03: 约300万元 to 2000余人, its date assumed (seeds/README.md).
    let page = try read(site + "/unions/chongqing-liangjiang.html")
    XCTAssertTrue(
      page.contains(
        "<td class=\"n\" data-label=\"金额\" data-v=\"295500000\"><span class=\"mark\" "
          + "title=\"金额为约数（约）\">约</span>"
          + "2,955,000.00</td>"), page)
    XCTAssertTrue(
      page.contains("1,955 人<span class=\"mark\" title=\"人数为约数（余）\">余</span>"), page)
    XCTAssertTrue(
      page.contains(
        "2020-02-28<span class=\"mark\" title=\"报道未给出日期，此为推定\">推定</span>"), page)
    let data = try read(site + "/data/unions/chongqing-liangjiang.json")
    XCTAssertTrue(
      data.contains(
        "\"beneficiaries\":1955,\"beneficiary_unit\":\"人\",\"amount_approx\":\"约\","
          + "\"beneficiaries_approx\":\"余\",\"date_basis\":\"assumed\"}"), data)
    // SY-01 is dated by its report and exact: no badge on 顺义's 100,000.00.
    let shunyi = try read(site + "/unions/beijing-shunyi.html")
    XCTAssertTrue(shunyi.contains("<td data-label=\"日期\">2021-01-05</td>"), shunyi)
    XCTAssertFalse(shunyi.contains("2021-01-05<span class=\"mark\""), shunyi)
  }
}
