/// A plain-text table with left-aligned text columns and right-aligned number columns.
struct TextTable {
  let headers: [String]
  /// Columns (by index) aligned to the right.
  let rightAligned: Set<Int>
  var rows: [[String]] = []

  /// The table as lines, columns separated by two spaces.
  var text: String {
    var widths = headers.map(displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], displayWidth(cell))
      }
    }
    var out = ""
    for row in [headers] + rows {
      var cells: [String] = []
      for (index, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - displayWidth(cell)))
        cells.append(rightAligned.contains(index) ? padding + cell : cell + padding)
      }
      var line = cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}

/// Terminal columns `text` takes: CJK and full-width characters take two.
func displayWidth(_ text: String) -> Int {
  text.unicodeScalars.reduce(0) { width, scalar in
    let value = scalar.value
    let wide =
      (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    return width + (wide ? 2 : 1)
  }
}
