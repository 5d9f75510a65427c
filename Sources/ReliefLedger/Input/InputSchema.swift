/// The field names an input file may use, which of them must appear, and which may be
/// written as JSON integers.
public struct InputSchema: Sendable, Equatable {
  /// Every column (CSV) or key (JSON Lines) name that is allowed, in the order they are
  /// listed to the user when an unknown name is found.
  public var knownFields: [String]
  /// Names that must be present as a CSV column or as a key of every JSON object; a
  /// present name may still have an empty value.
  public var requiredFields: [String]
  /// Names whose JSON Lines values may be JSON integers as well as strings; the integer's
  /// decimal text becomes the field value.
  public var integerFields: Set<String>
  /// Other names a CSV column may have for a field (Chinese headers), by name.
  public var columnAliases: [String: String]

  /// Creates a schema from its known, required and integer field names, and the other
  /// names CSV columns may have.
  public init(
    knownFields: [String], requiredFields: [String], integerFields: Set<String>,
    columnAliases: [String: String] = [:]
  ) {
    self.knownFields = knownFields
    self.requiredFields = requiredFields
    self.integerFields = integerFields
    self.columnAliases = columnAliases
  }

  /// The field a CSV column named `name` fills: its own name, or the field it is another
  /// name for; nil when unknown.
  func field(forColumn name: String) -> String? {
    knownFields.contains(name) ? name : columnAliases[name]
  }
}
