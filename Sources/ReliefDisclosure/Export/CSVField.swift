/// RFC 4180 fields and rows, with no cell a spreadsheet would evaluate.
///
/// Every CSV relief writes goes through `row` (docs/DISCLOSURE.md, "Spreadsheet safety").
public enum CSVField {
  /// Characters that make a spreadsheet read a cell as a formula when they come first
  /// (OWASP's list, and the full-width forms some spreadsheets accept as the same).
  static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// `text` made safe: a cell that is a plain decimal number (`-1234.56`) is left alone; a
  /// cell whose first character, after any spaces and invisible characters, starts a formula
  /// gets a leading `'`, which spreadsheets show as text.
  public static func neutralized(_ text: String) -> String {
    if isPlainNumber(text) { return text }
    for scalar in text.unicodeScalars {
      if formulaStarts.contains(scalar) { return "'" + text }
      if scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}"
        || scalar.properties.generalCategory == .format
      {
        continue
      }
      break
    }
    return text
  }

  /// `text` neutralized, then quoted when it holds a comma, a quote, or a line break.
  public static func quoted(_ text: String) -> String {
    let safe = neutralized(text)
    guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return safe
    }
    return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
  }

  /// One row ending in a newline.
  public static func row(_ cells: [String]) -> String {
    cells.map(quoted).joined(separator: ",") + "\n"
  }

  /// Whether `text` is `-`? digits (`.` digits)?, in ASCII.
  static func isPlainNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
  }
}
