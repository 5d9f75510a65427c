import ReliefCrypto
import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads and writes the projection files of a ledger in the user's state directory
/// (`TrustedLocation`).
///
/// `projection.state` holds the head it was folded to and the state that reports read, and
/// ends with a checksum of everything before it. What only appends need is in base files
/// read a few pages at a time (`projection.refunds`: the refunds in force;
/// `projection.requests`: request-id fingerprints) and in `projection.rules`, the little
/// that changed since the bases were written. The state file names the size and checksum
/// of the rules file and the identity of both bases. Any mismatch with the journal or
/// damage means a rebuild.
public enum ProjectionStore {
  static let magic = Array("RELIEFPJ".utf8)
  static let baseMagic = Array("RELIEFRQ".utf8)
  static let rulesMagic = Array("RELIEFRU".utf8)
  static let version: UInt64 = 7

  /// The state file of the ledger in `directory`.
  public static func statePath(_ directory: String) -> String {
    directory + "/projection.state"
  }

  /// The file of what changed beside the bases, of the ledger in `directory`.
  public static func rulesPath(_ directory: String) -> String {
    directory + "/projection.rules"
  }

  /// The refund base file of the ledger in `directory`.
  public static func refundsPath(_ directory: String) -> String {
    directory + "/projection.refunds"
  }

  /// The request-id base file of the ledger in `directory`.
  public static func requestsPath(_ directory: String) -> String {
    directory + "/projection.requests"
  }

  /// The projection of the committed part of `snapshot`: the saved one if it matches a
  /// prefix of the journal, folded forward to the end, or else one folded from scratch;
  /// every line folded is checked as `relief verify` checks it.
  ///
  /// `changed` tells whether it differs from the saved one (then it is worth saving).
  ///
  /// `forReading` skips the refunds in force when no line needs folding: the projection is
  /// then for reading only (never saved nor appended to).
  ///
  /// - Throws: `LedgerInvalidError` or `LedgerChangedError` if the journal does not verify.
  static func load(
    _ snapshot: JournalSnapshot, location: TrustedLocation, forReading: Bool = false,
    cached: Projection? = nil,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws -> (projection: Projection, changed: Bool) {
    let committed = snapshot.committed
    var sources = foldSources(snapshot, location: location)
    sources.progress = progress
    if var cached, try matches(cached, snapshot) {
      if cached.endOffset == committed.endOffset { return (cached, false) }
      if (try? foldForward(&cached, snapshot, sources: sources)) != nil { return (cached, true) }
    }
    if let directory = location.projectionDirectory {
      if forReading, let saved = readSaved(directory, rules: false),
        saved.endOffset == committed.endOffset, saved.head == committed.head
      {
        return (saved, false)
      }
      if var saved = readSaved(directory), try matches(saved, snapshot) {
        saved.savedEndOffset = saved.endOffset
        if saved.endOffset == committed.endOffset { return (saved, false) }
        do {
          try foldForward(&saved, snapshot, sources: sources)
          return (saved, true)
        } catch is RequestBaseUnavailable {
          // Folded again from the start below.
        }
      }
    }
    return (try rebuild(snapshot, sources: sources), true)
  }

  private static func foldForward(
    _ projection: inout Projection, _ snapshot: JournalSnapshot, sources: FoldSources
  ) throws {
    let reader = LineReader(
      file: snapshot.file, startOffset: projection.endOffset,
      endOffset: snapshot.committed.endOffset)
    try projection.fold(reader, newHead: snapshot.committed.head, sources: sources)
  }

  /// Where a fold of `snapshot` reads earlier entries and the request-id base from.
  static func foldSources(_ snapshot: JournalSnapshot, location: TrustedLocation) -> FoldSources {
    FoldSources(
      earlierEntries: { seqs, verified in
        try AuthenticatedLines.entries(
          seqs, verified: verified, snapshot: snapshot, cachePath: location.merkleCachePath)
      },
      foldedEntries: { seqs in try LineFetcher.fetch(seqs, from: snapshot) })
  }

  /// Whether `saved` was folded from a prefix of the journal: its last line is in the
  /// journal at the same place, with the same hash (which covers every line before it).
  private static func matches(_ saved: Projection, _ snapshot: JournalSnapshot) throws -> Bool {
    let committed = snapshot.committed
    guard saved.endOffset <= committed.endOffset else { return false }
    if saved.endOffset == committed.endOffset { return saved.head == committed.head }
    let locator = LineLocator(file: snapshot.file, endOffset: committed.endOffset)
    guard let line = try locator.line(endingAt: saved.endOffset) else { return false }
    return SHA256.hash(line) == saved.head.lastHash
      && LineLocator.seqPrefix(line) == saved.head.nextSeq - 1
  }

  /// Writes `bytes` under a temporary name and renames it over `path`; no fsync, since a
  /// torn or lost file is detected and rebuilt.
  static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
    let temporary = path + ".new-\(getpid())"
    unlink(temporary)
    guard let file = try? OpenFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL),
      (try? file.writeAll(bytes)) != nil
    else {
      unlink(temporary)
      return false
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}

extension ProjectionStore {
  /// The projection folded from scratch from the committed part of `snapshot`, checking
  /// every line.
  static func rebuild(_ snapshot: JournalSnapshot, location: TrustedLocation) throws -> Projection {
    try rebuild(snapshot, sources: foldSources(snapshot, location: location))
  }

  /// The projection folded from scratch, reading through `sources`.
  static func rebuild(_ snapshot: JournalSnapshot, sources: FoldSources) throws -> Projection {
    var fresh = Projection()
    try fresh.fold(snapshot.committedLines, newHead: snapshot.committed.head, sources: sources)
    return fresh
  }
}
