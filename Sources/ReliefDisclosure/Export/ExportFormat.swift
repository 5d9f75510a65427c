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
  ///
  /// `progress`, if given, is called now and then with the lines, bytes and total bytes.
  public func export(
    _ journal: Journal, verified view: LedgerView, to out: inout some TextOutputStream,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws {
    var reader = VerifiedLines(try journal.openSnapshot(), view: view)
    reader.progress = progress
    switch self {
    case .ledger: try LedgerExporter.export(reader, to: &out)
    case .beancount: try BeancountExporter.export(reader, to: &out)
    case .csv:
      try CSVExporter.export(reader, policy: DisclosurePolicy(state: view.state), to: &out)
    }
  }
}
