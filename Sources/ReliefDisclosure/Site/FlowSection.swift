import ReliefLedger

/// "Where the money came from and where it went": for each program, its sources and its
/// uses over the whole ledger, as bars with their amounts written out.
enum FlowSection {
  /// How many sources a program's bar names before grouping the rest as `其他来源`.
  static let sourcesShown = 5

  static func html(_ model: SiteModel) -> String {
    var html = "<h2>资金从哪里来、用到了哪里</h2>\n"
    html += "<p class=\"note\">按资金项目汇总全部工会：上方为来源（收到的资金），下方为去向"
    html += "（返还、补贴、支出，以及尚未用出的结余）。工会之间的下拨在系统内部相互抵消，不计入。</p>\n"
    var programs: [(id: String, totals: AccountTotals)] = []
    for program in model.state.programOrder {
      let totals = model.totals(union: nil, program: program)
      if totals.received.fen != 0 || spent(totals) != 0 { programs.append((program, totals)) }
    }
    programs.sort { left, right in
      let a = left.totals.received.fen
      let b = right.totals.received.fen
      return a == b ? left.id < right.id : a > b
    }
    for (program, totals) in programs {
      let flows = model.flows[program] ?? ProgramFlows()
      html += "<div class=\"flow\"><h3>\(HTML.escape(model.programName(program)))"
      html += "：收到 \(Labels.yuan(totals.received.fen)) 元</h3>\n"
      html += "<h4>来源</h4>\n" + Bars.stacked(sourceParts(flows.sources))
      html += "<h4>去向</h4>\n" + Bars.stacked(useParts(flows.uses, balanceFen: totals.balance.fen))
      html += "</div>\n"
    }
    return html
  }

  /// The sources and uses of `union` and every union below it: receipts by source and
  /// allocations in from unions outside the subtree; spending by category, allocations out
  /// of the subtree, and the subtree's balance.
  static func subtreeHTML(_ model: SiteModel, union: String, members: Set<String>) -> String {
    var flows = ProgramFlows()
    var allocatedInFen: Int64 = 0
    var allocatedOutFen: Int64 = 0
    for member in members {
      let own = model.unionFlows[member] ?? ProgramFlows()
      flows.sources.merge(own.sources, uniquingKeysWith: &+)
      flows.uses.merge(own.uses, uniquingKeysWith: &+)
      for (from, fen) in model.allocations[member] ?? [:] where !members.contains(from) {
        allocatedInFen &+= fen
      }
    }
    for (to, froms) in model.allocations where !members.contains(to) {
      for (from, fen) in froms where members.contains(from) { allocatedOutFen &+= fen }
    }
    if allocatedInFen != 0 { flows.sources["上级拨入", default: 0] &+= allocatedInFen }
    if allocatedOutFen != 0 { flows.uses["拨给其他工会", default: 0] &+= allocatedOutFen }
    let balanceFen = members.reduce(Int64(0)) {
      $0 &+ model.totals(union: $1, program: nil).balance.fen
    }
    let title = members.count > 1 ? "本级及下级工会：资金从哪里来、用到了哪里" : "资金从哪里来、用到了哪里"
    var html = "<h2>\(title)</h2>\n<div class=\"flow\">"
    html += "<h4>来源</h4>\n" + Bars.stacked(sourceParts(flows.sources))
    html += "<h4>去向</h4>\n" + Bars.stacked(useParts(flows.uses, balanceFen: balanceFen))
    return html + "</div>\n"
  }

  static func spent(_ totals: AccountTotals) -> Int64 {
    totals.refunded.fen &+ totals.subsidized.fen &+ totals.disbursed.fen
  }

  private static func sourceParts(_ sources: [String: Int64]) -> [Bars.Part] {
    let sorted = sources.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
    var parts = sorted.prefix(sourcesShown).enumerated().map { index, source in
      Bars.Part(label: source.key, fen: source.value, color: Bars.color(index))
    }
    let rest = sorted.dropFirst(sourcesShown).reduce(Int64(0)) { $0 &+ $1.value }
    if rest != 0 {
      parts.append(
        Bars.Part(
          label: "其他\(sorted.count - sourcesShown)个来源", fen: rest, color: Bars.colors.last ?? ""))
    }
    return parts
  }

  private static func useParts(_ uses: [String: Int64], balanceFen: Int64) -> [Bars.Part] {
    let sorted = uses.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
    var parts = sorted.enumerated().map { index, use in
      Bars.Part(label: use.key, fen: use.value, color: Bars.color(index + 1))
    }
    parts.append(Bars.Part(label: "结余（尚未用出）", fen: balanceFen, color: "#a0aec0"))
    return parts
  }
}
