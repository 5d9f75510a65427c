/// What reading an input file found: the rows that read cleanly and every problem.
public struct InputReading: Sendable, Equatable {
  /// The records without a problem, in file order; empty when the whole file is in error.
  public let rows: [InputRow]
  /// The encoding the text was decoded from; nil when it could not be decoded.
  public let encoding: TextEncoding?
  /// Every problem found, in file order; nil when there is none.
  public let issues: InputIssues?

  /// Creates a reading from its rows, encoding and problems.
  public init(rows: [InputRow], encoding: TextEncoding?, issues: InputIssues?) {
    self.rows = rows
    self.encoding = encoding
    self.issues = issues
  }
}
