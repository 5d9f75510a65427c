import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// A committed journal line that could not be read while disclosing or exporting.
public struct DisclosureReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public let message: String
  /// Whether the journal's lines are not the verified ones (rather than unreadable).
  public var isVerification = false

  /// An error with `message`.
  public init(message: String, isVerification: Bool = false) {
    self.message = message
    self.isVerification = isVerification
  }

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
  /// The journal line itself, without its newline.
  public let line: [UInt8]
}

/// The committed lines of a journal from its first line, and the head a verifying fold
/// reached at their end: what may be streamed out.
public struct VerifiedLines {
  /// The lines, from the journal's first line to where the verified head ends.
  public let reader: LineReader
  /// The head after the last verified line.
  public let head: ChainHead
  /// Called now and then while streaming with the lines read, the bytes read up to and the
  /// end (for a progress meter).
  public var progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)?

  /// The lines of `view` (a verified ledger) in the journal `snapshot` was opened on.
  public init(_ snapshot: JournalSnapshot, view: LedgerView) {
    reader = LineReader(file: snapshot.file, startOffset: 0, endOffset: view.endOffset)
    head = view.head
  }
}

/// Reads the committed entry lines of a journal in order, one at a time, handing on only
/// lines shown to be the verified ones.
public enum JournalStream {
  /// Calls `body` with each committed entry of `lines` (commit lines are skipped).
  ///
  /// Each line's hash must be the next line's `prev`, and the last line's hash that of
  /// `verified` (the head a verifying fold reached): every entry handed on is then byte
  /// for byte a line that passed verification. An entry is handed on only once the line
  /// after it has confirmed it, so nothing unconfirmed is ever written out.
  public static func forEachEntry(
    _ lines: VerifiedLines, _ body: (StreamedEntry) throws -> Void
  ) throws {
    let verified = lines.head
    var previousHash = ChainHead.empty.lastHash
    var pending: StreamedEntry?
    var count: Int64 = 0
    let progress = lines.progress
    let end = lines.reader.endOffset
    let remainder = try lines.reader.forEachLine { line, offset, index in
      if index & 0xFFFF == 0, let progress { progress(index, offset, end) }
      let header: LineHeader
      do {
        header = try LineHeader.parse(line)
      } catch {
        throw DisclosureReadError(
          message: Text.current(
            .discloseLineUnreadable, ["line": "\(index + 1)", "reason": "\(error)"]))
      }
      guard header.prev == previousHash, header.seq == index else {
        throw changed(line: index + 1)
      }
      if let confirmed = pending { try body(confirmed) }
      pending = nil
      previousHash = SHA256.hash(line)
      count = index + 1
      if header.isCommit { return }
      let decoded: DecodedLine
      do {
        decoded = try EntryDecoder.decode(line)
      } catch {
        throw DisclosureReadError(
          message: Text.current(
            .discloseLineUnreadable, ["line": "\(index + 1)", "reason": "\(error)"]))
      }
      let entry = decoded.entry
      pending = StreamedEntry(
        seq: header.seq, entry: entry, event: LedgerEvent(entry.action), line: Array(line))
    }
    if let remainder {
      throw DisclosureReadError(
        message: Text.current(.discloseLineCutShort, ["line": "\(remainder.lineIndex + 1)"]))
    }
    guard count == verified.nextSeq, previousHash == verified.lastHash else {
      throw changed(line: count)
    }
    if let confirmed = pending { try body(confirmed) }
  }

  private static func changed(line: Int64) -> DisclosureReadError {
    DisclosureReadError(
      message: Text.current(.discloseLineChanged, ["line": "\(line)"]),
      isVerification: true)
  }
}
