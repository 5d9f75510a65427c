import ReliefCrypto
import ReliefLog

/// The commit lines before a line, counted again from the bytes: what a pass that had
/// stopped at that line would have reported as its batches and committed head.
///
/// Needed when an out-of-core check finds a failure before the line the pass stopped at
/// (the pass went on past it); every line before it passed the chain checks.
struct CommitsBefore {
  /// Commit lines before the line.
  var count: Int64 = 0
  /// The head after the last of them.
  var head: ChainHead = .empty

  /// The commits among the lines of `reader` before offset `limit`.
  init(in reader: LineReader, before limit: Int64) throws {
    var found = CommitsBefore()
    do {
      _ = try reader.forEachLine { line, offset, _ in
        guard offset < limit else { throw Done() }
        guard let header = try? LineHeader.parse(line), header.isCommit else { return }
        found.count += 1
        found.head = ChainHead(
          nextSeq: header.seq + 1, lastHash: SHA256.hash(line), lastTimeMillis: header.timeMillis)
      }
    } catch is Done {}
    self = found
  }

  private init() {}

  private struct Done: Error {}
}
