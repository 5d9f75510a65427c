import Foundation
import XCTest

/// `relief balances --tree`: each union indented under its parent, its rows summing its
/// subtree, and allocations inside a subtree not shown as money coming in.
final class BalancesTreeTests: TrustBoundaryTestCase {
  func testTheTreeIsIndentedAndAllocationsInsideASubtreeCancel() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    try succeed([
      "append", "union", "--ledger", ledger, "--id", "district", "--name", "区总工会",
      "--parent", "city",
    ])
    let rows =
      "kind,date,union,to,program,amount,counterparty,category,beneficiaries,beneficiary_unit\n"
      + "allocation,2022-03-03,city,district,p,100.00,,,,\n"
      + "disbursement,2022-03-04,district,,p,30.00,一线职工,consolation,3,人\n"
    try rows.write(toFile: directory.path("moves.csv"), atomically: true, encoding: .utf8)
    try succeed(["import", directory.path("moves.csv"), "--ledger", ledger])
    let tree = try succeed(["balances", "--ledger", ledger, "--tree"]).stdout
    let lines = tree.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 4, tree)
    XCTAssertEqual(
      lines[0].split(separator: " ", omittingEmptySubsequences: true).prefix(4),
      ["union", "(with", "all", "below"])
    let city = lines[1].split(separator: " ").map(String.init)
    let district = lines[2].split(separator: " ").map(String.init)
    XCTAssertTrue(lines[1].hasPrefix("city "), tree)
    XCTAssertTrue(lines[2].hasPrefix("  district "), tree)
    // city's subtree: 500 received, nothing allocated in from outside (its 100 to
    // district stays inside), 30 spent, 470 left.
    XCTAssertEqual(
      city,
      ["city", "p", "500.00", "0.00", "0.00", "0.00", "30.00", "470.00", "0.00", "0.00", "0.00"])
    XCTAssertEqual(
      district,
      ["district", "p", "0.00", "100.00", "0.00", "0.00", "30.00", "70.00", "0.00", "0.00", "0.00"])
    XCTAssertTrue(lines[3].hasPrefix("(yuan; each union's rows sum it and every union below it;"))
  }
}
