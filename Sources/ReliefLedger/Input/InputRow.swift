/// One record of an input file, as named string fields.
public struct InputRow: Sendable, Equatable {
  /// The 1-based line of the file where the record starts (a CSV header is line 1).
  public let line: Int
  /// The record's values by field name; empty and null values are absent.
  public let fields: [String: String]

  /// Creates a row starting at `line` with the given non-empty `fields`.
  public init(line: Int, fields: [String: String]) {
    self.line = line
    self.fields = fields
  }
}
