import ReliefLog

/// Reads chosen entry lines back from the journal by seq, in one pass: the originals that
/// reversals copy, and the entries whose request ids an import repeats.
enum LineFetcher {
  /// The decoded entries at `seqs`; a seq that is a commit line or beyond the end is absent.
  static func fetch(_ seqs: Set<Int64>, from reader: LineReader) throws -> [Int64: Entry] {
    guard let last = seqs.max() else { return [:] }
    var found: [Int64: Entry] = [:]
    do {
      _ = try reader.forEachLine { line, _, index in
        // Lines past the last wanted seq are never needed: stop reading there.
        if index > last { throw PastLastSeq() }
        guard seqs.contains(index) else { return }
        guard let header = try? LineHeader.parse(line), !header.isCommit else { return }
        found[index] = try EntryDecoder.decode(line).entry
      }
    } catch is PastLastSeq {
      return found
    }
    return found
  }

  /// Ends the scan once every wanted seq has been passed.
  private struct PastLastSeq: Error {}
}
