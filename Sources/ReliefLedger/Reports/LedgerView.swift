import ReliefLog

/// The committed ledger folded into its state, with the head it was folded up to.
///
/// What the reports read; it trusts the chain (run the verifier for that).
public struct LedgerView: Sendable {
  /// The state folded from the committed lines.
  public let state: LedgerState
  /// The chain head after the last committed line folded.
  public let head: ChainHead

  /// Folds the committed part of `journal` as it is now.
  public static func load(_ journal: Journal) throws -> LedgerView {
    let snapshot = try journal.openSnapshot()
    let state = try LedgerState.load(from: snapshot.committedLines)
    return LedgerView(state: state, head: snapshot.committed.head)
  }
}
