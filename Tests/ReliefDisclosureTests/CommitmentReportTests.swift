import Foundation
import ReliefDisclosure
import ReliefLedger
import XCTest

/// Commitments in balances, log, exports and the site: shown as committed, paid and
/// remaining, never as money moved.
final class CommitmentReportTests: DisclosureTestCase {
  func testBalancesJSONAddsCommittedMembersAfterBalance() throws {
    let ledger = try makeMoneyModelLedger()
    let outcome = relief(["balances", "--ledger", ledger, "--json"])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    let rows = outcome.out.components(separatedBy: "\"balances\":[").last ?? ""
    XCTAssertEqual(
      rows,
      #"{"union":"jx","program":"covid","received_fen":200000000,"allocated_in_fen":0,"#
        + #""allocated_out_fen":150000000,"refunded_fen":0,"subsidized_fen":0,"disbursed_fen":0,"#
        + #""balance_fen":50000000,"committed_fen":10000000,"committed_paid_fen":0,"#
        + #""committed_remaining_fen":10000000},"#
        + #"{"union":"sr","program":"covid","received_fen":0,"allocated_in_fen":150000000,"#
        + #""allocated_out_fen":0,"refunded_fen":0,"subsidized_fen":40000000,"disbursed_fen":0,"#
        + #""balance_fen":110000000,"committed_fen":100000000,"committed_paid_fen":40000000,"#
        + #""committed_remaining_fen":60000000}],"goods":[]}"# + "\n")
  }

  func testBalancesTreeSumsCommitments() throws {
    let ledger = try makeMoneyModelLedger()
    let outcome = relief(["balances", "--ledger", ledger, "--tree", "--csv", "--union", "jx"])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    XCTAssertEqual(
      outcome.out,
      "union,program,received_fen,allocated_in_fen,allocated_out_fen,refunded_fen,"
        + "subsidized_fen,disbursed_fen,balance_fen,committed_fen,committed_paid_fen,"
        + "committed_remaining_fen\n"
        + "jx,covid,200000000,150000000,150000000,0,40000000,0,160000000,110000000,40000000,"
        + "70000000\n")
    let text = relief(["balances", "--ledger", ledger, "--tree"]).out
    XCTAssertTrue(text.contains("committed"), text)
    XCTAssertTrue(text.contains("1,100,000.00"), text)
    XCTAssertTrue(text.contains("700,000.00"), text)
  }

  func testLogShowsCommitmentsAndWhatPaysThem() throws {
    let ledger = try makeMoneyModelLedger()
    let outcome = relief(["log", "--ledger", ledger, "--kind", "commitment"])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    XCTAssertTrue(
      outcome.out.contains("committed, moves no money: 饶工贷贴息，力争200家; for 2020-01..2020-12"),
      outcome.out)
    let subsidies = relief(["log", "--ledger", ledger, "--kind", "subsidy"]).out
    XCTAssertTrue(subsidies.contains("pays commitment seq 7"), subsidies)
  }

  func testExportsWriteCommitmentsAsCommentsAndCSVRows() throws {
    let ledger = try makeMoneyModelLedger()
    let path = directory + "/out.journal"
    XCTAssertEqual(
      relief(["export", "--format", "ledger", "--ledger", ledger, "--out", path]).status, 0)
    let journal = try read(path)
    XCTAssertTrue(
      journal.contains(
        "; 2020-03-01 commitment: sr covid 1000000.00 CNY for 2020-01..2020-12, 饶工贷贴息，力争200家"
          + "  seq:7\n"), journal)
    XCTAssertFalse(journal.contains("Commit"), journal)
    let csvPath = directory + "/out.csv"
    XCTAssertEqual(
      relief(["export", "--format", "csv", "--ledger", ledger, "--out", csvPath]).status, 0)
    let csv = try read(csvPath).split(separator: "\n").map(String.init)
    // The CSV export is public: a purpose is free text, published only when it passes the
    // memo rule; 饶工贷 is a programme of the vocabulary (饶 for 上饶), not a family name.
    XCTAssertEqual(
      csv.first { $0.hasPrefix("7,") },
      "7,2020-03-01,commitment,sr,,covid,1000000.00,0.00,,,,,,2020-01..2020-12,,市总决定,"
        + "饶工贷贴息，力争200家,,,,,")
    XCTAssertEqual(
      csv.first { $0.hasPrefix("8,") },
      "8,2020-12-31,subsidy,sr,,covid,400000.00,-400000.00,借款人,,interest,,,,,,,7,,,,")
  }

  func testSiteShowsCommittedPaidAndRemainingAndNoCommitmentAsOutflow() throws {
    let ledger = try makeMoneyModelLedger()
    let site = directory + "/site"
    let outcome = relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    let index = try read(site + "/index.html")
    for label in ["承诺/计划金额", "已支付", "剩余"] { XCTAssertTrue(index.contains(label), label) }
    XCTAssertTrue(index.contains("1,100,000.00 元"), "overview committed")
    XCTAssertTrue(index.contains("400,000.00 元"), "overview paid")
    XCTAssertTrue(index.contains("700,000.00 元"), "overview remaining")
    let union = try read(site + "/unions/sr.html")
    XCTAssertTrue(union.contains("<span>承诺/计划金额</span><b>1,000,000.00 元</b>"), union)
    XCTAssertTrue(union.contains("<span>已支付</span><b>400,000.00 元</b>"), union)
    XCTAssertTrue(union.contains("<span>剩余</span><b>600,000.00 元</b>"), union)
    let data = try read(site + "/data/unions/sr.json")
    XCTAssertTrue(data.contains(#""top_outflows":[{"seq":8,"#), data)
    XCTAssertFalse(data.contains(#""seq":7"#), data)
    XCTAssertTrue(
      data.contains(
        #""committed_fen":100000000,"committed_paid_fen":40000000,"#
          + #""committed_remaining_fen":60000000"#), data)
    let parent = try read(site + "/data/unions/jx.json")
    XCTAssertTrue(parent.contains(#""top_outflows":[{"seq":6,"#), parent)
    XCTAssertFalse(parent.contains(#""seq":9"#), parent)
    XCTAssertEqual(
      try read(site + "/data/categories.csv"),
      "类别编号,类别,金额（元）\nsubsidy:interest,补贴·贴息,400000.00\n")
  }
}
