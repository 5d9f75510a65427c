import ReliefLog

/// The ledger state folded up to a point of the journal, with what it takes to fold on
/// from there: the chain head and the offset where the folded part ends.
///
/// Kept beside the journal as a cache (`projection.state`, `projection.requests`); it is
/// never trusted by the verifier and is rebuilt whenever it does not match the journal.
public struct Projection: Sendable {
  /// The state folded from the journal's lines before `endOffset`.
  public internal(set) var state: LedgerState
  /// The chain head after the last folded line.
  public internal(set) var head: ChainHead
  /// The offset just past the last folded line (the end of a commit line).
  public internal(set) var endOffset: Int64
  var requests: RequestIDIndex
  /// Where the saved projection this one was loaded from ends, or nil if it was folded
  /// from scratch.
  var savedEndOffset: Int64?

  /// The size of the saved projection files this one was read from or written to (0 if
  /// none): writing them again costs about as much as folding a quarter as many journal
  /// bytes.
  var savedSizeBytes: Int64 = 0

  /// The size and checksum the rules file must have to belong to this projection.
  var rulesReference: (sizeBytes: Int64, checksum: UInt64) = (0, 0)

  /// Whether it holds more than the saved projection.
  var isAheadOfSaved: Bool { savedEndOffset != endOffset || requests.isBaseDirty }

  /// The projection of an empty journal.
  init() {
    var state = LedgerState()
    state.tracksRequestIDs = false
    self.state = state
    self.head = .empty
    self.endOffset = 0
    self.requests = RequestIDIndex()
  }

  init(state: LedgerState, head: ChainHead, endOffset: Int64, requests: RequestIDIndex) {
    self.state = state
    self.head = head
    self.endOffset = endOffset
    self.requests = requests
  }

  /// Folds the committed lines of `reader` (which starts at `endOffset`) into the
  /// projection; the reader must end at a commit line whose head is `newHead`.
  mutating func fold(_ reader: LineReader, newHead: ChainHead) throws {
    var state = self.state
    var requests = self.requests
    let firstSeq = head.nextSeq
    let remainder = try reader.forEachLine { line, _, index in
      let header: LineHeader
      do {
        header = try LineHeader.parse(line)
      } catch {
        throw LedgerReadError(line: firstSeq + index + 1, reason: "\(error)")
      }
      if header.isCommit { return }
      let lineNumber = header.seq + 1
      let entry: Entry
      do {
        entry = try EntryDecoder.decode(line, header: header).entry
        try state.apply(entry, seq: header.seq, timeMillis: header.timeMillis)
      } catch {
        throw LedgerReadError(line: lineNumber, reason: "\(error)")
      }
      if let requestID = entry.requestID { requests.insert(requestID, seq: header.seq) }
    }
    if let remainder {
      throw LedgerReadError(line: remainder.lineIndex + 1, reason: "the line is cut short")
    }
    self.state = state
    self.requests = requests
    self.head = newHead
    self.endOffset = reader.endOffset
  }
}

extension Projection {
  /// Moves the projection past a batch about to be appended: `state` after it, the head
  /// after its commit line, where that line ends, and the request ids it adds.
  mutating func advance(
    to state: LedgerState, head: ChainHead, endOffset: Int64, requestIDs: [String: Int64]
  ) {
    self.state = state
    self.head = head
    self.endOffset = endOffset
    for (id, seq) in requestIDs.sorted(by: { $0.value < $1.value }) {
      requests.insert(id, seq: seq)
    }
  }
}
