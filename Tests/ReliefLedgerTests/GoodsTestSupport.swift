@testable import ReliefLedger

extension Row {
  /// A goods row of `kind` (`goods-receipt`, `goods.distribution`, …) of `quantity` 口罩 in 个.
  static func goods(
    _ kind: String, _ union: String, _ quantity: String, to: String? = nil,
    item: String = "口罩", unit: String = "个", date: String = "2020-05-02"
  ) -> [String: String] {
    var fields = [
      "kind": kind, "date": date, "union": union, "program": "covid", "item": item,
      "quantity": quantity, "unit": unit,
    ]
    fields["to"] = to
    return fields
  }
}

/// One entry of each goods kind, for the codec's every-kind test.
let goodsEntrySamples = [
  Entry(
    date: day("2020-05-09"),
    action: .goodsReceipt(
      GoodsReceipt(
        union: "a", program: "p",
        goods: GoodsLot(item: "口罩", quantity: 2000, unit: .item, value: fen(1_000_000)),
        counterparty: "某企业"))),
  Entry(
    date: day("2020-05-09"),
    action: .goodsDistribution(
      GoodsDistribution(
        union: "a", program: "p", goods: GoodsLot(item: "爱心包", quantity: 20, unit: .portion),
        beneficiaries: Beneficiaries(count: 20, unit: .household)))),
  Entry(
    date: day("2020-05-09"),
    action: .goodsAllocation(
      GoodsAllocation(
        union: "a", to: "b", program: "p",
        goods: GoodsLot(item: "农产品", quantity: 420, unit: .tonne)))),
]

/// The control and goods samples: the kinds beyond registrations, money and reversals.
let extraEntrySamples = controlEntrySamples + goodsEntrySamples
