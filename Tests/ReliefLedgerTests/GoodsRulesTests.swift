import XCTest

@testable import ReliefLedger

/// Goods in kind through appends: stock per (union, program, item, unit) never below zero,
/// reversals restore it, money balances never change, closed periods apply.
final class GoodsRulesTests: LedgerTestCase {
  /// The standard ledger (seqs 0-6), 100.00 received by `city` (seq 7), then 2,000 口罩
  /// received by `city` (seq 9, request id `g1`) and 500 allocated to `town` (seq 11).
  private func ledgerWithGoods() throws {
    try createStandardLedger()
    try append([Row.receipt("city", "100.00")])
    try append([
      Row.goods("goods-receipt", "city", "2000").merging(["value": "1万", "request_id": "g1"]) {
        $1
      }
    ])
    try append([Row.goods("goods.allocation", "city", "500", to: "town")])
  }

  func testStockFollowsReceiptsAllocationsAndDistributionsAndMoneyDoesNot() throws {
    try ledgerWithGoods()
    try append([Row.goods("goods-distribution", "town", "300")])
    let state = try loadState()
    let city = state.stock(GoodsKey(union: "city", program: "covid", item: "口罩", unit: .item))
    XCTAssertEqual(city.quantities, [2000, 0, 500, 0, 1500])
    XCTAssertEqual(city.receivedValue, fen(1_000_000))
    let town = state.stock(GoodsKey(union: "town", program: "covid", item: "口罩", unit: .item))
    XCTAssertEqual(town.quantities, [0, 500, 0, 300, 200])
    XCTAssertEqual(state.totals(union: "city", program: "covid").balance, fen(10_000))
    XCTAssertNil(state.accounts[AccountKey(union: "town", program: "covid")])
  }

  func testDistributingMoreThanTheStockIsRefusedAndWritesNothing() throws {
    try ledgerWithGoods()
    let before = try journalBytes()
    XCTAssertEqual(
      rejection([Row.goods("goods-distribution", "town", "501")]).map(\.description),
      [
        "rows.csv:2: field 'quantity': stock of '口罩' (个) of union 'town' in program 'covid' "
          + "is 500, less than 501 (goods stay in their program)"
      ])
    // Another unit or item is another stock.
    XCTAssertEqual(
      rejection([Row.goods("goods-distribution", "town", "1", unit: "箱")]).map(\.reason),
      [
        "stock of '口罩' (箱) of union 'town' in program 'covid' is 0, less than 1 (goods stay "
          + "in their program)"
      ])
    XCTAssertEqual(try journalBytes(), before)
  }

  func testReversingADistributionRestoresTheStock() throws {
    try ledgerWithGoods()
    try append([Row.goods("goods-distribution", "town", "500")])
    try append([["kind": "reversal", "date": "2020-05-04", "reverses": "13"]])
    let town = try loadState().stock(
      GoodsKey(union: "town", program: "covid", item: "口罩", unit: .item))
    XCTAssertEqual(town.quantities, [0, 500, 0, 0, 500])
  }

  func testReversingAReceiptWhoseGoodsWereAllocatedIsRefused() throws {
    try ledgerWithGoods()
    try append([Row.goods("goods-distribution", "city", "1500")])
    XCTAssertEqual(
      rejection([["kind": "reversal", "date": "2020-05-04", "reverses_request": "g1"]])
        .map(\.description),
      [
        "rows.csv:2: field 'reverses_request': stock of '口罩' (个) of union 'city' in program "
          + "'covid' is 0, less than 2000 (goods stay in their program)"
      ])
  }

  func testAQuantityThatLooksLikeAPhoneNumberIsAQuantity() throws {
    try createStandardLedger()
    // Counts are not screened for people's identifiers; the item and counterparty are.
    try append([Row.goods("goods-receipt", "city", "13800138000")])
    XCTAssertEqual(
      rejection([
        Row.goods("goods-receipt", "city", "1").merging(["item": "口罩13800138000"]) {
          $1
        }
      ]).map(\.field), ["item"])
  }

  func testGoodsEntryInAClosedPeriodIsRefused() throws {
    try ledgerWithGoods()
    try append([["kind": "close", "period": "2020-05", "date": "2020-06-01"]])
    XCTAssertEqual(
      rejection([Row.goods("goods-receipt", "city", "1", date: "2020-05-31")]).map(\.description),
      [
        "rows.csv:2: field 'date': date 2020-05-31 is in a closed period (the books are closed "
          + "through 2020-05); correct a closed period with a reversal dated after it"
      ])
  }

  func testBadGoodsFieldsAreRefusedEachByName() throws {
    try createStandardLedger()
    var row = Row.goods("goods-receipt", "city", "1,000", unit: "斤")
    row["value"] = "-1"
    row["beneficiaries"] = "3"
    XCTAssertEqual(
      rejection([row, Row.goods("goods-receipt", "city", "0"), Row.goods("goods-x", "city", "1")])
        .map(\.description),
      [
        "rows.csv:2: field 'beneficiaries': does not apply to goods.receipt entries",
        "rows.csv:2: field 'quantity': '1,000' is not a whole number",
        "rows.csv:2: field 'unit': '斤' is not one of: 件, 个, 只, 份, 箱, 袋, 千克, 吨, 副, 桶, 盒, 批",
        "rows.csv:2: field 'value': must be more than zero (got -1)",
        "rows.csv:3: field 'quantity': must be a whole number from 1 to 1000000000000, not 0",
        "rows.csv:4: field 'kind': 'goods-x' is not one of: union (工会登记), "
          + "program (资金项目登记), receipt (收入), allocation (下拨), refund (返还经费), "
          + "subsidy (补贴), disbursement (支出), reversal (冲销), commitment (承诺), "
          + "key (登记公钥), key.revoke (撤销公钥), close (结账), review.threshold (复核门槛), "
          + "goods.receipt (物资收入), goods.distribution (物资发放), goods.allocation (物资下拨)",
      ])
  }

  func testProjectionSnapshotSavesAndReadsTheStock() throws {
    try ledgerWithGoods()
    let (projection, changed) = try ProjectionStore.load(
      try journal.openSnapshot(), location: location)
    XCTAssertFalse(changed)
    let key = GoodsKey(union: "town", program: "covid", item: "口罩", unit: .item)
    XCTAssertEqual(projection.state.stock(key).quantities, [0, 500, 0, 0, 500])
    XCTAssertEqual(projection.state.goods.count, 2)
    XCTAssertEqual(projection.state.goods, try loadState().goods)
  }

  func testGoodsAllocationToItselfIsRefused() throws {
    try ledgerWithGoods()
    XCTAssertEqual(
      rejection([Row.goods("goods-allocation", "city", "1", to: "city")]).map(\.description),
      ["rows.csv:2: field 'to': allocation from union 'city' to itself"])
  }
}
