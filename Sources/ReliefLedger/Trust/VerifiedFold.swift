import ReliefCrypto
import ReliefLog
import ReliefText

/// What a fold needs besides the lines it folds: committed entries from before its first
/// line (the originals that reversals copy, the entries whose request ids may repeat),
/// each authenticated against the root of what was verified before.
struct FoldSources {
  /// The committed entries at `seqs`, all below the fold's first seq, each shown to be the
  /// line that was verified (a seq holding a commit line is absent).
  var earlierEntries: (_ seqs: Set<Int64>, _ verified: MerkleFrontier) throws -> [Int64: Entry]
  /// The entries at `seqs` among the lines this fold read (read again from the journal).
  var foldedEntries: (_ seqs: Set<Int64>) throws -> [Int64: Entry]
  /// Called now and then with the lines folded so far, the bytes read up to and the
  /// reader's end offset (for a progress meter).
  var progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)?
}

extension Projection {
  /// Folds the committed lines of `reader`, checking each exactly as `relief verify` does.
  ///
  /// The checks: chain, canonical form, signatures and entitlement, rules, reversals
  /// against their originals, request ids used once. The reader starts at `endOffset` and
  /// must end at the commit line whose head is `newHead`.
  ///
  /// - Throws: `LedgerInvalidError` at the first line that fails (the projection is then
  ///   unchanged), or the reading error.
  mutating func fold(_ reader: LineReader, newHead: ChainHead, sources: FoldSources) throws {
    let firstSeq = head.nextSeq
    let targets = try ReversalTargets.collect(from: reader)
    var originals = try sources.earlierEntries(targets.filter { $0 < firstSeq }, frontier)
    var resumed = state
    // A state whose refunds are on disk reads those of the businesses these lines name.
    if resumed.refundsOnDisk != nil, !resumed.loadRefunds(of: try RefundCodes.collect(from: reader))
    {
      throw RequestBaseUnavailable()
    }
    var verifier = LineVerifier(resuming: resumed, after: head)
    var requests = self.requests
    // From the first line, every id is gathered and settled at the end, as verify does.
    var gathered: GatheredRequestIDs? =
      firstSeq == 0 && requests.baseCount == 0 && requests.recentCount == 0
      ? GatheredRequestIDs() : nil
    var frontier = self.frontier
    let progress = sources.progress
    let remainder: LineReader.Remainder?
    do {
      let ahead = DecodeAhead()
      remainder = try reader.forEachPreparedLine(
        merkleLeavesFrom: frontier.size, prepare: ahead.preparer
      ) { line, offset, index, hash, subtree, slot, indexInChunk in
        if index & 0xFFFF == 0, let progress { progress(index, offset, reader.endOffset) }
        do {
          let checked = try verifier.check(
            line, hash: hash, committed: true,
            prepared: ahead.take(slot: slot, index: indexInChunk), original: { originals[$0] })
          // The leaves come in aligned subtrees, each with its last line.
          if let subtree { frontier.append(subtree) }
          guard case .entry(let entry, let seq) = checked else { return }
          if let id = entry.requestID, gathered != nil {
            gathered?.add(id, seq: seq)
          } else if let id = entry.requestID {
            if let earlier = try Self.earlierUse(
              of: id, in: requests, before: firstSeq, sources: sources, verified: self.frontier)
            {
              throw LineFailure(.requestIDAlreadyUsed(id, seq: earlier), seq: seq)
            }
            requests.insert(id, seq: seq)
          }
          if targets.contains(seq) { originals[seq] = entry }
        } catch let lineFailure as LineFailure {
          throw LedgerInvalidError(line: firstSeq + index + 1, offset: offset, failure: lineFailure)
        }
      }
    } catch let invalid as LedgerInvalidError {
      // A reused id before the line that failed is the first failure.
      throw try gathered?.firstReuse(in: reader, before: invalid.offset) ?? invalid
    }
    if var gathered {
      if let reuse = try gathered.firstReuse(in: reader, before: reader.endOffset) { throw reuse }
      requests = gathered.index()
    }
    if let remainder {
      throw LedgerReadError(line: remainder.lineIndex + 1, reason: Text.current(.stateLineCutShort))
    }
    guard verifier.chain.head == newHead, verifier.chain.entriesSinceCommit == 0 else {
      throw LedgerReadError(
        line: verifier.chain.head.nextSeq + 1,
        reason: Text.current(.stateJournalChanged))
    }
    self.state = verifier.state
    self.requests = requests
    self.frontier = frontier
    self.head = newHead
    self.endOffset = reader.endOffset
  }

  /// The seq of an earlier entry that carries `id`, if any: fingerprint candidates are
  /// confirmed by reading the entry itself (authenticated if it lies before the fold).
  private static func earlierUse(
    of id: String, in requests: RequestIDIndex, before firstSeq: Int64,
    sources: FoldSources, verified: MerkleFrontier
  ) throws -> Int64? {
    guard let candidates = requests.candidates(id) else { throw RequestBaseUnavailable() }
    guard !candidates.isEmpty else { return nil }
    let earlier = Set(candidates.filter { $0 < firstSeq })
    var entries = try sources.earlierEntries(earlier, verified)
    entries.merge(try sources.foldedEntries(Set(candidates).subtracting(earlier))) { a, _ in a }
    return candidates.sorted().first { entries[$0]?.requestID == id }
  }
}

/// A base file a saved projection names (request ids or refunds) could not be read: the
/// projection must be folded again from the start.
struct RequestBaseUnavailable: Error {}
