import ReliefLedger

/// HTML text helpers: escaping, tables and the page frame.
public enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe in content and attribute values.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A table cell of a table: the shown text (already escaped) and a sort key.
  public struct Cell: Sendable {
    /// The cell's HTML.
    public let html: String
    /// The value sorted by (a number for amounts), or nil to sort by the text.
    public let sortKey: String?
    /// Whether the cell holds a number (right-aligned).
    public let numeric: Bool
    /// Whether the cell holds running text that wraps (a source, a memo).
    public var wraps = false

    /// A text cell; `text` is escaped.
    public static func text(_ text: String) -> Cell {
      Cell(html: escape(text), sortKey: nil, numeric: false)
    }

    /// A money cell showing yuan with separators, sorted by fen.
    public static func money(_ fen: Int64) -> Cell {
      Cell(html: Labels.yuan(fen), sortKey: String(fen), numeric: true)
    }

    /// A money cell followed by `mark`, ready HTML (an approximation badge), sorted by fen.
    public static func money(_ fen: Int64, mark: String) -> Cell {
      Cell(html: mark + Labels.yuan(fen), sortKey: String(fen), numeric: true)
    }

    /// A count cell.
    public static func count(_ value: Int64) -> Cell {
      Cell(html: Money.groupedCount(value), sortKey: String(value), numeric: true)
    }

    /// A sequence number (an identifier: no separators).
    public static func seq(_ value: Int64) -> Cell {
      Cell(html: String(value), sortKey: String(value), numeric: true)
    }

    /// A cell of running text, ready HTML, that wraps rather than widening the table.
    public static func prose(_ html: String) -> Cell {
      var cell = Cell(html: html, sortKey: nil, numeric: false)
      cell.wraps = true
      return cell
    }

    /// A cell of ready HTML.
    public static func raw(_ html: String, sortKey: String? = nil) -> Cell {
      Cell(html: html, sortKey: sortKey, numeric: false)
    }
  }

  /// A sortable table with a caption.
  public static func table(caption: String, headers: [String], rows: [[Cell]]) -> String {
    var html = "<div class=\"scroll\"><table class=\"sortable stack\">\n"
    html += "<caption>\(escape(caption))</caption>\n<thead><tr>"
    for header in headers { html += "<th scope=\"col\">\(escape(header))</th>" }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (column, cell) in row.enumerated() {
        let sort = cell.sortKey.map { " data-v=\"\(escape($0))\"" } ?? ""
        let align = cell.numeric ? " class=\"n\"" : cell.wraps ? " class=\"w\"" : ""
        let label = column < headers.count ? " data-label=\"\(escape(headers[column]))\"" : ""
        html += "<td\(align)\(label)\(sort)>\(cell.html)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n"
  }

  /// A whole page: `title` and `body` (HTML) inside the shared frame; `root` is the relative
  /// path to the site's root (`""` or `"../"`).
  public static func page(title: String, root: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>\(SiteStyle.css)</style>
    </head>
    <body>
    <header><a href="\(root)index.html">工会救助资金公开</a></header>
    <main>
    \(body)
    </main>
    <footer>本页由 relief 根据账本生成，可离线阅读。金额单位：元（人民币）。</footer>
    <script>\(SiteStyle.sortScript)</script>
    </body>
    </html>

    """
  }
}
