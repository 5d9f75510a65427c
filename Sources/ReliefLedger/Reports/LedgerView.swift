import ReliefLog

/// The committed ledger folded into its state, with the head it was folded up to.
///
/// What the reports read; it trusts the chain (run the verifier for that).
public struct LedgerView: Sendable {
  /// The state folded from the committed lines.
  public let state: LedgerState
  /// The chain head after the last committed line folded.
  public let head: ChainHead

  /// The committed part of `journal` as it is now, from the saved projection folded
  /// forward (or folded from scratch if there is none that matches).
  public static func load(_ journal: Journal) throws -> LedgerView {
    let snapshot = try journal.openSnapshot()
    var (projection, changed) = try ProjectionStore.load(
      snapshot, directory: journal.directory, forReading: true)
    // Saving is best effort: a read-only ledger is still readable, just folded each time.
    if changed { ProjectionStore.save(&projection, directory: journal.directory) }
    return LedgerView(state: projection.state, head: projection.head)
  }
}
