import ReliefLedger
import ReliefLog

/// A committed journal line that could not be read while disclosing or exporting.
public struct DisclosureReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public let message: String

  /// The message for people.
  public var description: String { message }
}

/// One entry of the journal, as streamed: its seq, its entry and what it means.
public struct StreamedEntry: Sendable {
  /// The entry's seq.
  public let seq: Int64
  /// The decoded entry.
  public let entry: Entry
  /// The entry classified for disclosure.
  public let event: LedgerEvent
}

/// Reads the committed entry lines of a journal in order, one at a time.
public enum JournalStream {
  /// Calls `body` with each committed entry of `reader` (commit lines are skipped).
  public static func forEachEntry(
    _ reader: LineReader, _ body: (StreamedEntry) throws -> Void
  ) throws {
    let remainder = try reader.forEachLine { line, _, index in
      let header: LineHeader
      let decoded: DecodedLine
      do {
        header = try LineHeader.parse(line)
        if header.isCommit { return }
        decoded = try EntryDecoder.decode(line)
      } catch {
        throw DisclosureReadError(
          message: "journal line \(index + 1) cannot be read: \(error); run 'relief verify'")
      }
      let entry = decoded.entry
      try body(StreamedEntry(seq: header.seq, entry: entry, event: LedgerEvent(entry.action)))
    }
    if let remainder {
      throw DisclosureReadError(message: "journal line \(remainder.lineIndex + 1) is cut short")
    }
  }
}
