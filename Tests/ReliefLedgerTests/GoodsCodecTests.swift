import XCTest

@testable import ReliefLedger

/// The goods kinds' members in canonical order, and their checks on decoding.
extension EntryCodecTests {
  func testGoodsKindsEncodeTheirMembersInOrder() throws {
    try assertCodec(
      goodsEntrySamples[0],
      head() + #"goods.receipt","date":"2020-05-09","union":"a","program":"p","item":"口罩","#
        + #""quantity":2000,"unit":"个","value_fen":1000000,"counterparty":"某企业"}"#)
    try assertCodec(
      goodsEntrySamples[2],
      head() + #"goods.allocation","date":"2020-05-09","union":"a","to":"b","program":"p","#
        + #""item":"农产品","quantity":420,"unit":"吨"}"#)
    assertRejects(
      head() + #"goods.receipt","date":"2020-05-09","union":"a","program":"p","item":"口罩","#
        + #""quantity":0,"unit":"个"}"#,
      member: "quantity", "must be a whole number from 1 to 1000000000000, not 0")
    assertRejects(
      head() + #"goods.receipt","date":"2020-05-09","union":"a","program":"p","item":"口罩","#
        + #""quantity":5,"unit":"斤"}"#,
      member: "unit", "'斤' is not one of: 件, 个, 只, 份, 箱, 袋, 千克, 吨, 副, 桶, 盒, 批")
  }
}
