import ReliefLedger
import ReliefLog

/// The formats `relief export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// ledger-cli and hledger journal syntax.
  case ledger
  /// Beancount syntax.
  case beancount
  /// One CSV row per entry.
  case csv

  /// Streams the committed part of `journal` that `view` verified in this format to `out`.
  public func export(
    _ journal: Journal, verified view: LedgerView, to out: inout some TextOutputStream
  ) throws {
    let reader = VerifiedLines(try journal.openSnapshot(), view: view)
    switch self {
    case .ledger: try LedgerExporter.export(reader, to: &out)
    case .beancount: try BeancountExporter.export(reader, to: &out)
    case .csv:
      try CSVExporter.export(reader, policy: DisclosurePolicy(state: view.state), to: &out)
    }
  }
}
