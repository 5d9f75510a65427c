/// The layout of an input file: how its bytes are split into records and fields.
public enum InputFormat: Sendable, Equatable {
  /// Comma-separated values (RFC 4180 plus what spreadsheet programs emit); the first
  /// record names the columns.
  case csv
  /// JSON Lines: one JSON object per line, always UTF-8.
  case jsonLines
}
