import ReliefLedger

/// What unions committed (decided or pledged) beside what they paid against it.
///
/// A commitment moves no money: it is shown here only, never as an outflow or in a balance.
enum CommitmentSection {
  /// The labels of committed, paid against commitments, and remaining.
  static let labels = ["承诺/计划金额", "已支付", "剩余"]

  /// Committed, paid against commitments, and remaining, in fen.
  static func amounts(_ totals: AccountTotals) -> [Int64] {
    [totals.committed.fen, totals.committedPaid.fen, totals.committedRemaining.fen]
  }

  /// Three cards, or nothing when nothing was ever committed.
  static func cards(_ totals: AccountTotals) -> String {
    guard totals.committed.fen != 0 || totals.committedPaid.fen != 0 else { return "" }
    var html = ""
    for (label, fen) in zip(labels, amounts(totals)) { html += IndexPage.card(label, fen) }
    return html
  }

  /// A table of committed, paid and remaining per union (over all programs), or nothing
  /// when no union committed anything.
  static func unionTable(_ model: SiteModel) -> String {
    var rows: [[HTML.Cell]] = []
    for (id, _) in model.tree {
      let totals = model.totals(union: id, program: nil)
      guard totals.committed.fen != 0 || totals.committedPaid.fen != 0 else { continue }
      let link = "<a href=\"unions/\(HTML.escape(id)).html\">\(HTML.escape(model.name(of: id)))</a>"
      rows.append([.raw(link, sortKey: model.name(of: id))] + amounts(totals).map(HTML.Cell.money))
    }
    guard !rows.isEmpty else { return "" }
    return "<h2>承诺与兑现</h2>\n"
      + "<p class=\"note\">承诺（决定或计划）不动用资金，不计入支出和结余；已支付为注明所兑现承诺的支出。</p>\n"
      + HTML.table(caption: "各工会本级承诺与兑现（元）", headers: ["工会"] + labels, rows: rows)
  }

  /// A table of committed, paid and remaining per program of one union, or nothing.
  static func programTable(_ model: SiteModel, union id: String) -> String {
    var rows: [[HTML.Cell]] = []
    for program in model.state.programOrder {
      let totals = model.state.totals(union: id, program: program)
      guard totals.committed.fen != 0 || totals.committedPaid.fen != 0 else { continue }
      rows.append([.text(model.programName(program))] + amounts(totals).map(HTML.Cell.money))
    }
    guard !rows.isEmpty else { return "" }
    return "<h2>承诺与兑现（本级）</h2>\n"
      + HTML.table(caption: "承诺不动用资金，不计入支出（元）", headers: ["资金"] + labels, rows: rows)
  }
}
