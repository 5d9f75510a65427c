import ReliefCrypto
import ReliefLog

/// The committed ledger folded into its state, with the head it was folded up to.
///
/// What the reports read: folded only from lines that passed every check of `relief
/// verify`, forward from the point this user's own saved projection vouches for.
public struct LedgerView: Sendable {
  /// The state folded from the committed lines.
  public let state: LedgerState
  /// The chain head after the last committed line folded.
  public let head: ChainHead
  /// The Merkle tree's right edge over the committed lines: its root is the root of the
  /// verified journal.
  public let frontier: MerkleFrontier
  /// Where the committed lines folded end, as a byte offset.
  public let endOffset: Int64

  /// The committed part of `journal` as it is now, every new line checked.
  ///
  /// It comes from this user's saved projection folded forward (or folded from scratch if
  /// there is none that matches); `stateDirectory` is the user's state directory (nil:
  /// none). `progress`, if
  /// given, is called now and then with the lines folded, the bytes read up to and the end.
  ///
  /// - Throws: `LedgerInvalidError` or `LedgerChangedError` if the journal does not verify,
  ///   `JournalError` if it cannot be read.
  public static func load(
    _ journal: Journal, stateDirectory: String?,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws -> LedgerView {
    let location = TrustedLocation(
      ledgerDirectory: journal.directory, stateDirectory: stateDirectory)
    let snapshot = try journal.openSnapshot()
    var (projection, changed) = try ProjectionStore.load(
      snapshot, location: location, forReading: true, progress: progress)
    // Saving is best effort: without a state directory every run folds from the start.
    if changed { ProjectionStore.save(&projection, location: location) }
    return LedgerView(
      state: projection.state, head: projection.head, frontier: projection.frontier,
      endOffset: projection.endOffset)
  }
}
