/// Category names and payee groups, as the rules spell them.
enum Categories {
  static let subsidy = ["interest", "purchase", "employment", "other"].map { Array($0.utf8) }
  static let disbursement = ["consolation", "supplies", "insurance", "legal-aid", "other"]
    .map { Array($0.utf8) }
  /// Payee groups of disbursements (no counterparty id).
  static let groups = [
    "困难职工", "货车司机", "一线医护人员", "快递员", "环卫工人", "农民工", "新就业形态劳动者",
  ].map { Array($0.utf8) }
  /// Subsidy category index of `other`, which names no business.
  static let subsidyOther = 3
  /// Subsidy category index of `employment`, which gives a headcount.
  static let subsidyEmployment = 2
}
