/// The bounds every input file must stay within, so that no input can exhaust memory or
/// time.
public enum InputLimits {
  /// The largest field value, in UTF-8 bytes after decoding (64 KiB).
  public static let fieldSizeBytesMax = 64 * 1024
  /// The most cells one CSV record may hold; more are counted but not kept.
  public static let cellCountMax = 1024
  /// The most rows (records after a CSV header) one file may hold.
  public static let rowCountMax = 10_000_000
  /// The largest input file, in bytes (4 GiB).
  public static let fileSizeBytesMax = 4 * 1024 * 1024 * 1024
  /// The longest JSON Lines line, in bytes without its line ending (1 MiB).
  public static let jsonLineSizeBytesMax = 1024 * 1024
  /// The most issues reported individually; the rest are counted in one final issue.
  public static let issueCountMax = 1000
  /// The deepest nesting of JSON arrays and objects skipped inside a rejected value.
  public static let jsonDepthMax = 64
}

/// The limits one read applies; tests shrink them to reach the bounds cheaply.
struct ReadLimits: Sendable {
  var fieldSizeBytesMax = InputLimits.fieldSizeBytesMax
  var cellCountMax = InputLimits.cellCountMax
  var rowCountMax = InputLimits.rowCountMax
  var fileSizeBytesMax = InputLimits.fileSizeBytesMax
  var jsonLineSizeBytesMax = InputLimits.jsonLineSizeBytesMax
  var issueCountMax = InputLimits.issueCountMax
  var jsonDepthMax = InputLimits.jsonDepthMax

  /// The limits of ``InputLimits``.
  static let standard = ReadLimits()
}
