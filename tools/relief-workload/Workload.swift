/// Everything fixed before the rows are generated, shared by the writers: the union tree,
/// the businesses and the date table.
struct Workload {
  let tree: UnionTree
  let businesses: Businesses
  let dates: DateTable

  /// Appends the request id of row `number`.
  static func appendRequestID(_ number: Int, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "w"))
    ByteFormat.appendUnsigned(UInt64(number), width: 1, to: &out)
  }

  /// Appends the payer named by a receipt into `union`: its synthetic finance department.
  func appendReceiptSource(_ union: Int, to out: inout [UInt8]) {
    out += tree.places[union]
    ByteFormat.appendText("财政(合成)", to: &out)
  }
}
