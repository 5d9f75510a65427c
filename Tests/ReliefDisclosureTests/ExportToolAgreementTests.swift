import Foundation
import ReliefDisclosure
import ReliefLedger
import XCTest

/// The exports read by the real tools give relief's balances to the fen.
final class ExportToolAgreementTests: DisclosureTestCase {
  private func exportFile(_ ledger: String, _ format: String) throws -> String {
    let path = directory + "/export." + format
    let outcome = relief(["export", "--format", format, "--ledger", ledger, "--out", path])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    return path
  }

  private func ledgerNames(_ prefix: String, _ union: String, _ program: String) -> String {
    "\(prefix):\(union):\(program)"
  }

  /// Moves what relief's balances cannot tell apart (donations) to the accounts it goes to.
  typealias Adjustment = (inout [String: Int64], (String, String, String) -> String) -> Void

  private func checkLedgerTools(_ ledger: String, adjusting adjust: Adjustment = { _, _ in })
    throws
  {
    var expected = ExternalTools.expected(try balanceRows(ledger), name: ledgerNames)
    adjust(&expected, ledgerNames)
    XCTAssertFalse(expected.isEmpty)
    let file = try exportFile(ledger, "ledger")
    let arguments = ["-f", file, "balance", "--flat", "--no-total"]
    let (ledgerStatus, ledgerOut) = try ExternalTools.run("ledger", arguments)
    XCTAssertEqual(ledgerStatus, 0, ledgerOut)
    XCTAssertEqual(ExternalTools.parseBalances(ledgerOut), expected)
    let (hledgerStatus, hledgerOut) = try ExternalTools.run("hledger", arguments)
    XCTAssertEqual(hledgerStatus, 0, hledgerOut)
    XCTAssertEqual(ExternalTools.parseBalances(hledgerOut), expected)
  }

  /// Appends a `balance` assertion per account (from relief's balances) and runs bean-check,
  /// which fails on any difference (tolerance `~ 0.00`: exact to the fen); then checks that a wrong assertion does fail.
  private func checkBeancount(_ ledger: String, adjusting adjust: Adjustment = { _, _ in })
    throws
  {
    let name = { (prefix: String, union: String, program: String) in
      "\(prefix):\(BeancountName.component(union)):\(BeancountName.component(program))"
    }
    var expected = ExternalTools.expected(try balanceRows(ledger), name: name)
    adjust(&expected, name)
    let file = try exportFile(ledger, "beancount")
    var text = try read(file)
    for (account, fen) in expected.sorted(by: { $0.key < $1.key }) {
      text += "2100-01-01 balance \(account)  \(Money(fen: fen).yuanString) ~ 0.00 CNY\n"
    }
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let (status, out) = try ExternalTools.run("bean-check", [file])
    XCTAssertEqual(status, 0, out)
    guard let (account, fen) = expected.first else { return }
    text += "2100-01-02 balance \(account)  \(Money(fen: fen + 1).yuanString) ~ 0.00 CNY\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    XCTAssertNotEqual(try ExternalTools.run("bean-check", [file]).0, 0)
  }

  func testSmallLedgerWithReversalAgreesWithLedgerAndHledger() throws {
    try checkLedgerTools(try makeSmallLedger())
  }

  func testSmallLedgerAgreesWithBeanCheck() throws {
    try checkBeancount(try makeSmallLedger())
  }

  /// The sample's donations (seeds/README.md), moved to the accounts they go to.
  ///
  /// 崂山 received 500,000.00 of donations and gave them on (QD-06); 优路 gave 20,000.00
  /// (CQ-01; its CQ-02 is goods, which move no money), funded by an uncategorised
  /// (synthetic) receipt.
  private let sampleDonations: Adjustment = { expected, name in
    expected[name("Income:Receipts", "qingdao-laoshan", "donations-2020")] = nil
    expected[name("Income:Donations", "qingdao-laoshan", "donations-2020")] = -50_000_000
    for (union, fen) in [
      ("qingdao-laoshan", 50_000_000), ("chongqing-liangjiang-youlu", 2_000_000),
    ] {
      expected[name("Expenses:Disbursements", union, "donations-2020")] = nil
      expected[name("Expenses:Donations", union, "donations-2020")] = Int64(fen)
    }
  }

  func testSampleLedgerAgreesWithLedgerAndHledger() throws {
    try checkLedgerTools(Self.sampleLedger, adjusting: sampleDonations)
  }

  func testSampleLedgerAgreesWithBeanCheck() throws {
    try checkBeancount(Self.sampleLedger, adjusting: sampleDonations)
  }

  func testMoneyModelLedgerAgreesWithLedgerAndHledger() throws {
    try checkLedgerTools(try makeMoneyModelLedger())
  }

  func testMoneyModelLedgerAgreesWithBeanCheck() throws {
    try checkBeancount(try makeMoneyModelLedger())
  }

  /// Goods beside money: the CNY balances still agree to the fen (the goods quantities are
  /// checked in GoodsDisclosureTests), and bean-check accepts the goods commodities.
  func testGoodsLedgerAgreesWithLedgerHledgerAndBeanCheck() throws {
    let ledger = try makeGoodsLedger()
    try checkLedgerTools(ledger)
    try checkBeancount(ledger)
  }

  /// The money-model ledger with a donation received and one given.
  private func donationLedger() throws -> String {
    let ledger = try makeMoneyModelLedger()
    for arguments in [
      ["receipt", "--category", "donation", "--counterparty", "某企业", "--amount", "3万"],
      ["disbursement", "--category", "donation", "--counterparty", "武汉市慈善总会", "--amount", "2万"],
    ] {
      let outcome = relief(
        ["append"] + arguments + [
          "--ledger", ledger, "--date", "2020-04-03", "--union", "jx", "--program", "covid",
        ])
      XCTAssertEqual(outcome.status, 0, outcome.err)
    }
    return ledger
  }

  func testDonationsHaveTheirOwnAccountsAndAgreeWithTheTools() throws {
    let ledger = try donationLedger()
    let journal = try read(try exportFile(ledger, "ledger"))
    XCTAssertTrue(journal.contains("    Income:Donations:jx:covid  -30000.00 CNY\n"), journal)
    XCTAssertTrue(journal.contains("    Expenses:Donations:jx:covid  20000.00 CNY\n"), journal)
    // 30,000.00 received and 20,000.00 given by jx were donations.
    let adjust: Adjustment = { expected, name in
      expected[name("Income:Receipts", "jx", "covid"), default: 0] += 3_000_000
      expected[name("Income:Donations", "jx", "covid")] = -3_000_000
      expected[name("Expenses:Disbursements", "jx", "covid")] = nil
      expected[name("Expenses:Donations", "jx", "covid")] = 2_000_000
    }
    try checkLedgerTools(ledger, adjusting: adjust)
    try checkBeancount(ledger, adjusting: adjust)
  }
}
