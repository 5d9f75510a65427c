/// The three programs (special funds) of the workload.
///
/// Refunds come from the dues-refund program; subsidies and disbursements from either of the
/// other two.
enum Programs {
  static let all: [(id: String, name: String)] = [
    ("covid-relief", "疫情防控专项资金"),
    ("dues-refund", "小微企业工会经费返还"),
    ("hardship-aid", "困难职工帮扶资金"),
  ]
  static let count = all.count
  static let duesRefund = 1
  /// Programs subsidies and disbursements draw on.
  static let relief = [0, 2]
  static let ids = all.map { Array($0.id.utf8) }
  static let names = all.map { Array($0.name.utf8) }
}
