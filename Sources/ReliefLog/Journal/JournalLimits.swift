/// Limits on the journal's shape; a line over the limit is refused on write and reported as
/// damage on read.
public enum JournalLimits {
  /// The longest line, newline excluded.
  public static let lineSizeBytesMax = 256 * 1024
  /// Bytes read from disk per system call while streaming.
  public static let readChunkSizeBytes = 4 * 1024 * 1024
}
