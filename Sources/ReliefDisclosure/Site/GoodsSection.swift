import ReliefLedger

/// Goods in kind (物资) received, allocated, distributed and in stock per union.
///
/// Goods move no money: they are shown here only, never in a balance or as an outflow; a
/// valuation is informational. Quantities in different units are never added.
enum GoodsSection {
  /// The column headers after the union (on the overview) or none (on a union's page).
  static let headers = [
    "资金", "物资", "单位", "收到数量", "上级下拨", "下拨下级", "发放数量", "库存数量", "估值（元）",
  ]

  /// A table of every union's own stock rows, or nothing when no goods were recorded.
  static func unionTable(_ model: SiteModel) -> String {
    let rows = GoodsReport.rows(model.state, subtree: false)
    guard !rows.isEmpty else { return "" }
    let cells = rows.map { row -> [HTML.Cell] in
      let link =
        "<a href=\"unions/\(HTML.escape(row.union)).html\">\(HTML.escape(model.name(of: row.union)))</a>"
      return [.raw(link, sortKey: model.name(of: row.union))] + rowCells(model, row)
    }
    return "<h2>物资（实物）</h2>\n"
      + "<p class=\"note\">实物物资按工会、资金、物资和单位分别计数，不计入资金收支和结余；估值仅供参考。</p>\n"
      + HTML.table(caption: "各工会本级物资收发与库存", headers: ["工会"] + headers, rows: cells)
  }

  /// A table of one union's own stock rows, or nothing.
  static func programTable(_ model: SiteModel, union id: String) -> String {
    let rows = GoodsReport.rows(model.state, subtree: false).filter { $0.union == id }
    guard !rows.isEmpty else { return "" }
    return "<h2>物资（本级）</h2>\n"
      + HTML.table(
        caption: "实物物资不计入资金收支（数量按单位计）", headers: headers,
        rows: rows.map { rowCells(model, $0) })
  }

  private static func rowCells(_ model: SiteModel, _ row: GoodsRow) -> [HTML.Cell] {
    let value: HTML.Cell =
      row.totals.receivedValue.fen == 0 ? .text("") : .money(row.totals.receivedValue.fen)
    return [.text(model.programName(row.program)), .text(row.item), .text(row.unit.rawValue)]
      + row.totals.quantities.map(HTML.Cell.count) + [value]
  }
}
