import ReliefText

/// One problem found in an input file, located as precisely as the problem allows.
public struct InputIssue: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name as given to the reader.
  public let file: String
  /// The 1-based line of the problem, or nil when it concerns the whole file.
  public let line: Int?
  /// The column or key concerned, or nil when the problem is not about one field.
  public let field: String?
  /// What is wrong, and where useful how to fix it.
  public let reason: String

  /// Creates an issue.
  public init(file: String, line: Int?, field: String?, reason: String) {
    self.file = file
    self.line = line
    self.field = field
    self.reason = reason
  }

  /// `FILE:LINE: field 'F': REASON`, leaving out the parts that are nil.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    guard let field else { return text + reason }
    // In Chinese the field is named by its column heading, with the field's own name.
    let shown =
      Text.current.language == .zh
      ? EntryFields.chineseColumns.first { $0.field == field }?.names.first.map {
        "\($0)（\(field)）"
      } ?? field : field
    return text + Text.current(.issueField, ["field": shown, "reason": reason])
  }
}
