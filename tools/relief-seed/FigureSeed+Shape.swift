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
    if (kind == .allocation) != (to != nil) {
      problem("to", kind == .allocation ? "is required for an allocation" : "is for allocations")
    }
    if kind == .receipt && fundedBy != nil {
      problem("funded_by", "is for outflows; give a receipt's source as its counterparty")
    }
    switch kind {
    case .refund:
      if count == nil { problem("count", "is required for a refund (businesses refunded)") }
      if category != nil { problem("category", "is not used by a refund") }
      if headcount != nil { problem("headcount", "is not used by a refund") }
      checkPeriod(fileName: fileName, issues: &issues)
    case .subsidy, .disbursement:
      if category == nil { problem("category", "is required for \(kindName)") }
      if kind == .disbursement && headcount == nil {
        problem("headcount", "is required for a disbursement (at least 1)")
      }
    case .receipt, .allocation:
      if category != nil { problem("category", "is not used by \(kindName)") }
    }
    if kind != .refund && period != nil { problem("period", "is for refunds") }
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
