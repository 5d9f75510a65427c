/// The rows read from one input file, and the encoding its text was found to be in.
public struct InputFile: Sendable, Equatable {
  /// The records in file order; header and blank lines are not rows.
  public let rows: [InputRow]
  /// The encoding the file was decoded from.
  public let encoding: TextEncoding

  /// Creates a file result from its rows and encoding.
  public init(rows: [InputRow], encoding: TextEncoding) {
    self.rows = rows
    self.encoding = encoding
  }
}
