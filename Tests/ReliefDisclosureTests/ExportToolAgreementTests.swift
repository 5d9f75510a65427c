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

  private func checkLedgerTools(_ ledger: String) throws {
    let expected = ExternalTools.expected(try balanceRows(ledger), name: ledgerNames)
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
  private func checkBeancount(_ ledger: String) throws {
    let expected = ExternalTools.expected(try balanceRows(ledger)) { prefix, union, program in
      "\(prefix):\(BeancountName.component(union)):\(BeancountName.component(program))"
    }
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

  func testSampleLedgerAgreesWithLedgerAndHledger() throws {
    try checkLedgerTools(Self.sampleLedger)
  }

  func testSampleLedgerAgreesWithBeanCheck() throws {
    try checkBeancount(Self.sampleLedger)
  }

  func testMoneyModelLedgerAgreesWithLedgerAndHledger() throws {
    try checkLedgerTools(try makeMoneyModelLedger())
  }

  func testMoneyModelLedgerAgreesWithBeanCheck() throws {
    try checkBeancount(try makeMoneyModelLedger())
  }
}
