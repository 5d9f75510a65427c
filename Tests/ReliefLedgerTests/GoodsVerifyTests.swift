import ReliefLog
import XCTest

@testable import ReliefLedger

/// A hand-made batch that drives a stock below zero, signed and chained correctly: only the
/// replayed rules catch it, with the exact code, line and seq.
final class GoodsVerifyTests: VerifierTestCase {
  private let masks = GoodsLot(item: "口罩", quantity: 301, unit: .item)

  /// The standard ledger and 300 口罩 received by `city` (seq 7); 9 lines.
  private func ledger() throws {
    try createStandardLedger()
    try append([Row.goods("goods-receipt", "city", "300")])
  }

  func testValidLedgerWithGoodsVerifies() throws {
    try ledger()
    XCTAssertEqual(try verify().verdict, .valid)
  }

  func testForgedDistributionBeyondTheStockIsStockWouldGoNegative() throws {
    try ledger()
    let size = Int64(try journalBytes().count)
    var forged = try forgedBatch()
    forged.append(
      Entry(
        date: day("2020-05-03"),
        action: .goodsDistribution(GoodsDistribution(union: "city", program: "covid", goods: masks))
      ))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let key = GoodsKey(union: "city", program: "covid", item: "口罩", unit: .item)
    assertFailure(
      try verify(), .invalid, line: 10, seq: 9, offset: size, code: "stock-would-go-negative",
      found: RuleViolation.stockWouldGoNegative(key, inStock: 300, quantity: 301).description)
  }
}
