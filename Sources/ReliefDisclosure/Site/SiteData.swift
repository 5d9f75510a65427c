import ReliefLedger
import ReliefLog

/// The site's JSON files: the same tables as the pages, amounts in fen (the CSV files, for
/// spreadsheets, are `SiteCSV`).
enum SiteData {
  /// The totals' names: amounts, then one count per beneficiary unit (never one sum).
  static let totalsNames =
    [
      "received_fen", "allocated_in_fen", "allocated_out_fen", "refunded_fen",
      "subsidized_fen", "disbursed_fen", "balance_fen", "committed_fen", "committed_paid_fen",
      "committed_remaining_fen",
    ] + BeneficiaryUnit.allCases.map { "beneficiaries_" + $0.code }

  static func amounts(_ totals: AccountTotals) -> [Int64] {
    [
      totals.received.fen, totals.allocatedIn.fen, totals.allocatedOut.fen, totals.refunded.fen,
      totals.subsidized.fen, totals.disbursed.fen, totals.balance.fen,
    ] + CommitmentSection.amounts(totals) + totals.beneficiaries.counts
  }

  /// `data/balances.json`: the head and one object per union account.
  static func balancesJSON(_ model: SiteModel) -> String {
    let json = "{\"head\":" + head(model) + ",\"balances\":["
    let rows = BalanceReport.rows(model.state, subtree: false).map { row in
      "{\"union\":\(string(row.union)),\"program\":\(string(row.program)),"
        + totalsFields(row.totals) + "}"
    }
    return json + rows.joined(separator: ",") + "]}\n"
  }

  /// `data/summary.json`: totals over all unions, per program and overall.
  static func summaryJSON(_ model: SiteModel) -> String {
    var json = "{\"head\":" + head(model) + ",\"businesses_refunded\":\(model.businessesRefunded)"
    json += ",\"total\":{" + totalsFields(model.totals(union: nil, program: nil)) + "}"
    let programs = model.state.programOrder.map { program in
      "{\"program\":\(string(program)),\"name\":\(string(model.programName(program))),"
        + totalsFields(model.totals(union: nil, program: program)) + "}"
    }
    return json + ",\"programs\":[" + programs.joined(separator: ",") + "]}\n"
  }

  /// `data/unions/<id>.json`: a union page's tables.
  static func unionJSON(_ model: SiteModel, union id: String) -> String {
    let stats = model.unions[id] ?? UnionStats()
    var json = "{\"union\":\(string(id)),\"name\":\(string(model.name(of: id)))"
    json += ",\"parent\":" + (model.state.unions[id]?.parent.map(string) ?? "null")
    json += ",\"businesses_refunded\":\(stats.businessCodes.count),\"accounts\":["
    json += model.state.programOrder.compactMap { program -> String? in
      guard let totals = model.state.accounts[AccountKey(union: id, program: program)] else {
        return nil
      }
      return "{\"program\":\(string(program)),\(totalsFields(totals))}"
    }.joined(separator: ",")
    json += "],\"months\":["
    json += stats.months.values.sorted { $0.month < $1.month }.map { month in
      "{\"month\":\"\(month.month)\",\"inflow_fen\":\(month.inflowFen),"
        + "\"outflow_fen\":\(month.outflowFen),\"entries\":\(month.entries)}"
    }.joined(separator: ",")
    json += "],\"top_outflows\":[" + stats.topOutflows.map(outflow).joined(separator: ",")
    return json + "]}\n"
  }

  private static func outflow(_ item: OutflowItem) -> String {
    var fields = [
      "\"seq\":\(item.seq)", "\"date\":\"\(item.date)\"", "\"flow\":\(string(item.flow.rawValue))",
      "\"program\":\(string(item.program))", "\"amount_fen\":\(item.amount.fen)",
    ]
    let optional: [(String, String?)] = [
      ("category", item.category), ("to", item.to), ("counterparty", item.counterparty),
      ("code", item.code), ("memo", item.memo),
    ]
    for (name, value) in optional { if let value { fields.append("\"\(name)\":\(string(value))") } }
    if item.memoWithheld { fields.append("\"memo_withheld\":true") }
    if item.counterpartyWithheld { fields.append("\"counterparty_withheld\":true") }
    if let reached = item.beneficiaries {
      fields.append("\"beneficiaries\":\(reached.count)")
      fields.append("\"beneficiary_unit\":\(string(reached.unit.rawValue))")
    }
    // The marks under the journal's own member names.
    let marks: [(String, String?)] = [
      ("amount_approx", item.marks.amount?.rawValue),
      ("beneficiaries_approx", item.marks.beneficiaries?.rawValue),
      ("date_basis", item.marks.dateAssumed ? EntryMarks.assumedDateBasis : nil),
    ]
    for (name, value) in marks { if let value { fields.append("\"\(name)\":\(string(value))") } }
    if item.source?.isSynthetic == true { fields.append("\"synthetic\":true") }
    return "{" + fields.joined(separator: ",") + "}"
  }

  private static func totalsFields(_ totals: AccountTotals) -> String {
    zip(totalsNames, amounts(totals)).map { "\"\($0)\":\($1)" }.joined(separator: ",")
  }

  private static func head(_ model: SiteModel) -> String {
    "{\"seq\":\(model.head.lastSeq ?? -1),\"hash\":\"\(model.head.lastHash.hex)\"}"
  }

  /// `text` as a JSON string (the journal's escaping).
  static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    CanonicalEncoder.appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
