import ReliefCrypto

/// A journal line that passed the chain rules.
public struct CheckedLine: Sendable {
  /// The line's parsed header.
  public let header: LineHeader
  /// SHA-256 of the line's bytes: what the next line must name as `prev`.
  public let hash: SHA256Digest
  /// The decoded commit, when the line is a commit line.
  public let commit: CommitLine?
}

/// Checks lines one after another against the chain rules: canonical header, contiguous
/// seq, `prev` equal to the hash of the line before, append times that never decrease and
/// are the same throughout a batch, and commits that close exactly the entries since the
/// previous commit.
public struct ChainChecker: Sendable {
  /// Where the next line must attach: the head after the lines checked so far.
  public private(set) var head: ChainHead = .empty
  /// Entry lines seen since the last commit line.
  public private(set) var entriesSinceCommit: Int64 = 0

  /// Creates a checker that expects the first line of a journal.
  public init() {}

  /// Creates a checker that expects the line after a commit line whose head is `head`:
  /// lines already checked up to there are not checked again.
  public init(afterCommit head: ChainHead) {
    self.head = head
  }

  /// Checks `line` (without its newline) and advances the head past it.
  public mutating func check(_ line: UnsafeRawBufferPointer) throws(ChainFault) -> CheckedLine {
    try check(line, hash: SHA256.hash(line))
  }

  /// Checks `line` whose SHA-256 is `hash` (computed ahead, perhaps on another thread).
  public mutating func check(
    _ line: UnsafeRawBufferPointer, hash: SHA256Digest
  ) throws(ChainFault) -> CheckedLine {
    let header: LineHeader
    do {
      header = try LineHeader.parse(line)
    } catch {
      throw .malformedLine(error)
    }
    return try check(line, hash: hash, header: header)
  }

  /// Checks `line` whose SHA-256 is `hash` and whose header, as `LineHeader.parse` gives
  /// it, is `header` (both computed ahead, perhaps on another thread).
  public mutating func check(
    _ line: UnsafeRawBufferPointer, hash: SHA256Digest, header: LineHeader
  ) throws(ChainFault) -> CheckedLine {
    guard header.seq == head.nextSeq else {
      throw .seqMismatch(expected: head.nextSeq, found: header.seq)
    }
    guard header.prev == head.lastHash else {
      throw .previousHashMismatch(expected: head.lastHash, found: header.prev)
    }
    guard header.timeMillis >= head.lastTimeMillis else {
      throw .timeWentBackwards(previousMillis: head.lastTimeMillis, foundMillis: header.timeMillis)
    }
    // All lines of one batch carry the same time (docs/FORMAT.md); without this check the
    // time of a journal's last line, which no later `prev` covers, could be raised unseen.
    guard entriesSinceCommit == 0 || header.timeMillis == head.lastTimeMillis else {
      throw .timeChangedInBatch(batchMillis: head.lastTimeMillis, foundMillis: header.timeMillis)
    }
    var commit: CommitLine?
    if header.isCommit {
      do {
        commit = try CommitLine.decode(line, header: header)
      } catch {
        throw .malformedLine(error)
      }
      if let commit, commit.entryCount != entriesSinceCommit {
        throw .commitCountMismatch(expected: entriesSinceCommit, found: commit.entryCount)
      }
      entriesSinceCommit = 0
    } else {
      entriesSinceCommit += 1
    }
    head = ChainHead(nextSeq: header.seq + 1, lastHash: hash, lastTimeMillis: header.timeMillis)
    return CheckedLine(header: header, hash: hash, commit: commit)
  }
}
