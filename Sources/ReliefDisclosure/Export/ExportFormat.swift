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

  /// Streams the committed part of `journal` in this format to `out`.
  public func export(_ journal: Journal, to out: inout some TextOutputStream) throws {
    let snapshot = try journal.openSnapshot()
    let reader = snapshot.committedLines
    switch self {
    case .ledger: try LedgerExporter.export(reader, to: &out)
    case .beancount: try BeancountExporter.export(reader, to: &out)
    case .csv: try CSVExporter.export(reader, to: &out)
    }
  }
}
