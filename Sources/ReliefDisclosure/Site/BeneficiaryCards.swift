import ReliefLedger

/// Who was reached, one card per unit: counts in different units are never added.
enum BeneficiaryCards {
  /// A card per unit with a count, such as `惠及（人次）` 2,408; nothing when none.
  static func html(_ counts: BeneficiaryCounts) -> String {
    var html = ""
    for (unit, count) in counts.nonZero {
      html += "<div class=\"card\"><span>惠及（\(unit.rawValue)）</span>"
      html += "<b>\(Money.groupedCount(count))</b></div>\n"
    }
    return html
  }
}
