/// The money entry kinds the generator writes.
enum MoneyKind: UInt8 {
  case receipt, allocation, refund, subsidy, disbursement
}

/// One generated money entry: everything both writers need to spell it.
struct MoneyRow {
  var kind: MoneyKind
  /// 1-based row number in the workload; the request id is `w<number>`.
  var number: Int
  /// Day index into the date table.
  var day: Int
  var union: Int
  /// Receiving union of an allocation, else -1.
  var to: Int = -1
  var program: Int
  var amountFen: Int64
  /// Category index (subsidy or disbursement), else -1.
  var category: Int = -1
  /// Headcount, or -1 when the row gives none.
  var headcount: Int64 = -1
  /// Business index (refunds, most subsidies), else -1.
  var business: Int = -1
  /// Payee group index (disbursements), else -1.
  var group: Int = -1
  /// Refund period quarter, else -1.
  var quarter: Int = -1
  /// Dues paid for the refund period, in fen.
  var duesPaidFen: Int64 = 0
}

/// One generated row.
enum Step {
  case union(index: Int, number: Int)
  case program(index: Int, number: Int)
  case money(MoneyRow)
  /// A reversal (row `number` on `day`) of the earlier row `original`.
  case reversal(number: Int, day: Int, original: MoneyRow)
}
