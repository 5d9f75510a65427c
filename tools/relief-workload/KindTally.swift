/// Counts the generated rows by kind, for the summary printed at the end.
struct KindTally {
  private var counts: [String: Int] = [:]
  private var total = 0

  mutating func count(_ step: Step) {
    total += 1
    switch step {
    case .union: counts["union", default: 0] += 1
    case .program: counts["program", default: 0] += 1
    case .reversal: counts["reversal", default: 0] += 1
    case .money(let row): counts["\(row.kind)", default: 0] += 1
    }
  }

  /// One line per kind, then the totals.
  func summary(chunks: Int, businesses: Int) -> String {
    let kinds = [
      "union", "program", "receipt", "allocation", "refund", "subsidy", "disbursement",
      "reversal",
    ]
    var text = ""
    for kind in kinds {
      text += "\(kind): \(counts[kind, default: 0])\n"
    }
    text += "rows: \(total), CSV chunks: \(chunks), synthetic businesses: \(businesses)\n"
    return text
  }
}
