import XCTest

extension DisclosureTestCase {
  /// The money-model ledger with 2,000 口罩 received by jx (seq 11), 500 allocated to sr
  /// (seq 13), 300 distributed by sr (seq 15), and that distribution reversed (seq 17).
  func makeGoodsLedger() throws -> String {
    let ledger = try makeMoneyModelLedger()
    let rows = [
      ["goods-receipt", "--union", "jx", "--quantity", "2000", "--value", "1万"],
      ["goods-allocation", "--union", "jx", "--to", "sr", "--quantity", "500"],
      ["goods-distribution", "--union", "sr", "--quantity", "300", "--request-id", "d1"],
      ["reversal", "--reverses-request", "d1"],
    ]
    for row in rows {
      let goods = row[0] == "reversal" ? [] : ["--program", "covid", "--item", "口罩", "--unit", "个"]
      let outcome = relief(
        ["append"] + row + goods + ["--ledger", ledger, "--date", "2020-04-03"])
      XCTAssertEqual(outcome.status, 0, outcome.err)
    }
    return ledger
  }
}
