import Foundation
import ReliefLedger
import ReliefText

/// Compares a disclosure site's totals (`data/balances.json`, when SOURCE is a site that
/// also carries the log's tiles) with the monitor's own fold of the log.
enum DisclosureCheck {
  /// The members compared, with how the fold gives each.
  private static let amounts: [(String, @Sendable (AccountTotals) -> Int64)] = [
    ("received_fen", { $0.received.fen }), ("allocated_in_fen", { $0.allocatedIn.fen }),
    ("allocated_out_fen", { $0.allocatedOut.fen }), ("refunded_fen", { $0.refunded.fen }),
    ("subsidized_fen", { $0.subsidized.fen }), ("disbursed_fen", { $0.disbursed.fen }),
    ("balance_fen", { $0.balance.fen }),
  ]

  /// A line for the report, or a refusal (exit 1) naming the first total that differs;
  /// nil when SOURCE has no site data.
  static func check(_ source: TileSource, view: LedgerView) throws(CommandFailure) -> String? {
    guard let bytes = try? source.fetch("data/balances.json") else { return nil }
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let head = object["head"] as? [String: Any], let seq = (head["seq"] as? NSNumber)?.int64Value,
      let rows = object["balances"] as? [[String: Any]]
    else {
      throw CommandFailure(
        code: .invalid, message: Text.current(.monitorSiteFormat))
    }
    guard seq == view.head.lastSeq else {
      return Text.current(.monitorSiteOtherSeq, ["seq": "\(seq)"]) + "\n"
    }
    var compared = 0
    for row in rows {
      guard let union = row["union"] as? String, let program = row["program"] as? String else {
        continue
      }
      let totals = view.state.totals(union: union, program: program)
      for (name, value) in amounts {
        let shown = (row[name] as? NSNumber)?.int64Value
        guard shown == value(totals) else {
          throw CommandFailure(
            code: .invalid,
            message: Text.current(
              .monitorSiteDiffers,
              [
                "field": name,
                "shown": shown.map(String.init) ?? Text.current(.monitorSiteNothing),
                "account": "\(union)/\(program)", "value": "\(value(totals))",
              ]))
        }
      }
      compared += 1
    }
    return Text.current(.monitorSiteAgrees, ["count": "\(compared)"]) + "\n"
  }
}
