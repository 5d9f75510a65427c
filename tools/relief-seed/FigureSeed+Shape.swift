import ReliefLedger

extension FigureSeed {
  /// Records a problem for every field this figure's kind requires and lacks, or forbids.
  ///
  /// Values the ledger checks itself (category names) are left to `relief import`.
  func checkShape(fileName: String, issues: inout SeedIssues) {
    func problem(_ field: String, _ reason: String) {
      issues.add(file: fileName, line: line, field: field, reason)
    }
    let kindName = "a " + kind.rawValue
    if kind.isGoods != (item != nil && quantity != nil && goodsUnit != nil) {
      problem(
        "item",
        kind.isGoods
          ? "item, quantity and unit are required for goods"
          : "item, quantity and unit are for goods")
    }
    if quantityApprox != nil && quantity == nil {
      problem("quantity_approx", "qualifies quantity, which is not given")
    }
    if (kind == .allocation) != (to != nil) {
      problem("to", kind == .allocation ? "is required for an allocation" : "is for allocations")
    }
    if !kind.isOutflow && kind != .goodsDistribution && fundedBy != nil {
      problem("funded_by", "is for outflows; give a receipt's source as its counterparty")
    }
    if fundedByCategory != nil && fundedBy == nil {
      problem("funded_by_category", "is the category of funded_by, which is not given")
    }
    if (kind == .commitment) != (purpose != nil) {
      problem(
        "purpose", kind == .commitment ? "is required for a commitment" : "is for commitments")
    }
    if pays != nil && !kind.isPayment {
      problem("pays", "is for refunds, subsidies and disbursements")
    }
    switch kind {
    case .refund:
      if count == nil || unit != .business {
        problem("beneficiaries", "is required for a refund (businesses refunded, in 家企业)")
      }
      if category != nil { problem("category", "is not used by a refund") }
      checkPeriod(fileName: fileName, issues: &issues)
    case .subsidy, .disbursement:
      if category == nil { problem("category", "is required for \(kindName)") }
    case .commitment:
      if category != nil { problem("category", "is not used by a commitment") }
      if period != nil { checkPeriod(fileName: fileName, issues: &issues) }
    case .allocation:
      if category != nil { problem("category", "is not used by \(kindName)") }
      if count != nil { problem("beneficiaries", "is not used by \(kindName)") }
    case .goodsReceipt, .goodsDistribution:
      if category != nil { problem("category", "is not used by goods") }
      if kind == .goodsReceipt && count != nil {
        problem("beneficiaries", "is not used by \(kindName)")
      }
      if !includes.isEmpty { problem("includes", "is not used by goods") }
    case .receipt:
      if count != nil { problem("beneficiaries", "is not used by \(kindName)") }
    }
    if kind != .refund && kind != .commitment && period != nil {
      problem("period", "is for refunds and commitments")
    }
  }

  private func checkPeriod(fileName: String, issues: inout SeedIssues) {
    guard let period else {
      issues.add(file: fileName, line: line, field: "period", "is required for a refund")
      return
    }
    do {
      _ = try MonthPeriod(parsing: period)
    } catch {
      issues.add(file: fileName, line: line, field: "period", "\(error)")
    }
  }
}
