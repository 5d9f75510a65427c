import ReliefLog

/// Reads chosen entry lines back from the journal by seq: the originals that reversals
/// copy, and the entries whose request ids an import repeats.
enum LineFetcher {
  /// Above this many seqs one sequential pass beats a binary search per seq.
  static let searchLimit = 512

  /// The decoded entries at `seqs` among the committed lines of `snapshot`; a seq that is a
  /// commit line or beyond the end is absent.
  static func fetch(_ seqs: Set<Int64>, from snapshot: JournalSnapshot) throws -> [Int64: Entry] {
    guard seqs.count > searchLimit else {
      let locator = LineLocator(file: snapshot.file, endOffset: snapshot.committed.endOffset)
      var found: [Int64: Entry] = [:]
      for seq in seqs {
        guard let (bytes, _) = try locator.line(seq: seq) else { continue }
        let entry = try bytes.withUnsafeBytes { line -> Entry? in
          guard let header = try? LineHeader.parse(line), !header.isCommit else { return nil }
          return try EntryDecoder.decode(line, header: header).entry
        }
        if let entry { found[seq] = entry }
      }
      return found
    }
    return try scan(seqs, from: snapshot.committedLines)
  }

  /// The same, by reading the lines in order up to the last wanted seq.
  static func scan(_ seqs: Set<Int64>, from reader: LineReader) throws -> [Int64: Entry] {
    guard let last = seqs.max() else { return [:] }
    var found: [Int64: Entry] = [:]
    do {
      _ = try reader.forEachLine { line, _, index in
        // Lines past the last wanted seq are never needed: stop reading there.
        if index > last { throw PastLastSeq() }
        guard seqs.contains(index) else { return }
        guard let header = try? LineHeader.parse(line), !header.isCommit else { return }
        found[index] = try EntryDecoder.decode(line, header: header).entry
      }
    } catch is PastLastSeq {
      return found
    }
    return found
  }

  /// Ends the scan once every wanted seq has been passed.
  private struct PastLastSeq: Error {}
}
