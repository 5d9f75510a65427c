import Foundation
import XCTest

/// Counts in different units are shown per unit, never summed, in the log and on the site.
final class BeneficiaryReportTests: DisclosureTestCase {
  private func ledgerWithUnits() throws -> String {
    let ledger = try makeMoneyModelLedger()
    for (amount, count, unit) in [("20万", "2408", "人次"), ("5万", "28", "家企业")] {
      let outcome = relief([
        "append", "disbursement", "--ledger", ledger, "--date", "2020-04-01", "--union", "jx",
        "--program", "covid", "--amount", amount, "--category", "consolation",
        "--beneficiaries", count, "--beneficiary-unit", unit,
      ])
      XCTAssertEqual(outcome.status, 0, outcome.err)
    }
    let old = relief([
      "append", "disbursement", "--ledger", ledger, "--date", "2020-04-02", "--union", "jx",
      "--program", "covid", "--amount", "1万", "--category", "supplies", "--headcount", "10",
    ])
    XCTAssertEqual(old.status, 0, old.err)
    return ledger
  }

  func testLogPrintsTheCountInItsUnit() throws {
    let ledger = try ledgerWithUnits()
    let log = relief(["log", "--ledger", ledger, "--kind", "disbursement"]).out
    XCTAssertTrue(log.contains("consolation; 2,408 人次"), log)
    XCTAssertTrue(log.contains("consolation; 28 家企业"), log)
    XCTAssertTrue(log.contains("supplies; 10 人"), log)
    XCTAssertFalse(log.contains("people"), log)
  }

  func testSiteShowsOneFigurePerUnitAndNoSum() throws {
    let ledger = try ledgerWithUnits()
    let site = directory + "/site"
    XCTAssertEqual(relief(["disclose", "--ledger", ledger, "--out", site]).status, 0)
    let index = try read(site + "/index.html")
    XCTAssertTrue(index.contains("<span>惠及（人）</span><b>10</b>"), index)
    XCTAssertTrue(index.contains("<span>惠及（人次）</span><b>2,408</b>"), index)
    XCTAssertTrue(index.contains("<span>惠及（家企业）</span><b>28</b>"), index)
    XCTAssertFalse(index.contains("惠及人数"), index)
    XCTAssertFalse(index.contains("2,446"), index)
    let summary = try read(site + "/data/summary.json")
    XCTAssertTrue(
      summary.contains(
        #""beneficiaries_person":10,"beneficiaries_person_time":2408,"#
          + #""beneficiaries_household":0,"beneficiaries_business":28,"#), summary)
    let page = try read(site + "/unions/jx.html")
    XCTAssertTrue(page.contains("<td data-label=\"惠及\">2,408 人次</td>"), page)
  }
}
