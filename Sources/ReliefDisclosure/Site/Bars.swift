import ReliefLedger

/// Horizontal bars drawn with HTML and CSS rather than SVG, so their text is page text:
/// it wraps and keeps its size on a phone instead of shrinking with a scaled drawing.
enum Bars {
  /// One part of a bar: a label, an amount in fen and a color.
  struct Part {
    let label: String
    let fen: Int64
    let color: String
  }

  /// A stacked bar `widthPercent` of the row wide, then a legend line per part (label,
  /// amount in yuan and its share of the bar).
  static func stacked(_ parts: [Part], widthPercent: Double = 100) -> String {
    let shown = parts.filter { $0.fen > 0 }
    let total = shown.reduce(Int64(0)) { $0 &+ $1.fen }
    guard total > 0 else { return "<p class=\"note\">（无）</p>\n" }
    var html = "<div class=\"bar\" style=\"width:\(percent(widthPercent))%\">"
    for part in shown {
      let share = 100 * Double(part.fen) / Double(total)
      html += "<span style=\"width:\(percent(share))%;background:\(part.color)\" "
      html += "title=\"\(HTML.escape(part.label)) \(Labels.yuan(part.fen)) 元\"></span>"
    }
    html += "</div>\n<ul class=\"legend\">"
    for part in shown {
      html += "<li><i style=\"background:\(part.color)\"></i>\(HTML.escape(part.label))"
      html += " <b>\(Labels.yuan(part.fen)) 元</b> \(shareText(part.fen, of: total))</li>"
    }
    return html + "</ul>\n"
  }

  /// `fen` as a share of `total` in HTML, such as `（12.5%）`, or `（&lt;0.1%）` for a sliver.
  static func shareText(_ fen: Int64, of total: Int64) -> String {
    guard total > 0 else { return "" }
    let tenths = (fen.magnitude * 1000 + total.magnitude / 2) / total.magnitude
    if tenths == 0 && fen > 0 { return "（&lt;0.1%）" }
    return "（\(tenths / 10).\(tenths % 10)%）"
  }

  /// The colors of a bar's parts, in order; the last repeats.
  static let colors = [
    "#2b6cb0", "#c0392b", "#2f855a", "#b7791f", "#6b46c1", "#0f766e", "#9c4221", "#b83280",
    "#2c7a7b", "#744210", "#553c9a", "#4a5568",
  ]

  /// The color of the part at `index`.
  static func color(_ index: Int) -> String { colors[min(index, colors.count - 1)] }

  private static func percent(_ value: Double) -> String {
    Charts.format(max(0, min(100, value)))
  }
}
