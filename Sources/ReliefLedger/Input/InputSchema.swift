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

  /// Creates a schema from its known, required and integer field names.
  public init(knownFields: [String], requiredFields: [String], integerFields: Set<String>) {
    self.knownFields = knownFields
    self.requiredFields = requiredFields
    self.integerFields = integerFields
  }
}
