/// An RFC 4180 reader for the tests, independent of the writer: rows of cells, a leading
/// UTF-8 byte-order mark skipped.
enum CSVTestReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)
    if characters.first == "\u{FEFF}" { characters.removeFirst() }
    var index = 0
    while index < characters.count {
      let scalar = characters[index]
      index += 1
      if quoted {
        if scalar == "\"" {
          if index < characters.count && characters[index] == "\"" {
            cell.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(cell)
        cell = ""
      case "\n":
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      default: cell.unicodeScalars.append(scalar)
      }
    }
    if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
    return rows
  }
}
