import ReliefLedger

/// One union's page, `unions/<id>.html`.
enum UnionPage {
  /// The fewest months with entries for which the page draws the monthly chart.
  static let chartMonthsMin = 3

  /// The union tree and every union's subtree totals, computed once for all pages.
  struct Hierarchy {
    let tree: [(id: String, depth: Int)]
    let positions: [String: Int]
    let subtrees: [String: HierarchyTable.Subtree]

    init(_ model: SiteModel) {
      tree = model.tree
      positions = Dictionary(
        tree.enumerated().map { ($0.element.id, $0.offset) },
        uniquingKeysWith: { first, _ in first })
      subtrees = HierarchyTable.subtrees(model, tree: tree)
    }

    /// `id` and every union below it: in tree order, the run after `id` of deeper unions.
    func members(of id: String) -> Set<String> {
      guard let start = positions[id] else { return [id] }
      let depth = tree[start].depth
      return Set([id] + tree[(start + 1)...].prefix { $0.depth > depth }.map(\.id))
    }
  }

  static func html(
    _ model: SiteModel, union id: String, children: [String], hierarchy: Hierarchy
  ) -> String {
    let name = model.name(of: id)
    let stats = model.unions[id] ?? UnionStats()
    let all = model.totals(union: id, program: nil)
    var body = "<nav class=\"links\"><a href=\"../index.html\">返回总览</a>"
    if let parent = model.state.unions[id]?.parent {
      body +=
        "<a href=\"\(HTML.escape(parent)).html\">上级：\(HTML.escape(model.name(of: parent)))</a>"
    }
    body += "</nav>\n<h1>\(HTML.escape(name))</h1>\n<p class=\"note\">编号 \(HTML.escape(id))</p>\n"
    body += "<p class=\"note\">本级账户（不含下级工会），金额单位：元</p>\n"
    body += "<section class=\"cards\">\n"
    body += IndexPage.card("上级拨入", all.allocatedIn.fen)
    for (label, fen) in IndexPage.summary(all) {
      body += IndexPage.card(label == "工会间下拨" ? "下拨下级" : label, fen)
    }
    body += "<div class=\"card\"><span>受益小微企业（家）</span>"
    body += "<b>\(Money.groupedCount(Int64(stats.businessCodes.count)))</b></div>\n"
    body += BeneficiaryCards.html(all.beneficiaries)
    body += CommitmentSection.cards(all)
    body += "</section>\n"
    if !children.isEmpty, let subtree = hierarchy.subtrees[id] {
      body += "<h2>含下级工会合计</h2>\n<section class=\"cards\">\n"
      body += IndexPage.card("收到（含上级拨入）", subtree.netInFen)
      body += IndexPage.card("支出", subtree.spentFen) + IndexPage.card("结余", subtree.balanceFen)
      body += "<div class=\"card\"><span>工会（个）</span>"
      body += "<b>\(Money.groupedCount(Int64(subtree.unions)))</b></div>\n</section>\n"
    }
    body += FlowSection.subtreeHTML(model, union: id, members: hierarchy.members(of: id))
    body += "<h2>分项资金余额（本级）</h2>\n" + programTable(model, id)
    body += CommitmentSection.programTable(model, union: id)
    body += GoodsSection.programTable(model, union: id)
    let months = stats.months.values.sorted { $0.month < $1.month }
    body += "<h2>按月收支</h2>\n"
    // A line needs a few points to show a trend: with fewer months the table says it all.
    if months.count >= Self.chartMonthsMin {
      body += Charts.monthly(title: name + " 按月收支", months: months)
    }
    body += monthTable(months)
    body += "<h2>最大的\(SiteFolder.topCount)笔支出</h2>\n" + outflowTable(model, stats.topOutflows)
    if !children.isEmpty {
      body += "<h2>下级工会</h2>\n<ul>\n"
      for child in children {
        body +=
          "<li><a href=\"\(HTML.escape(child)).html\">\(HTML.escape(model.name(of: child)))</a></li>\n"
      }
      body += "</ul>\n"
    }
    body += "<p><a href=\"../data/unions/\(HTML.escape(id)).json\">本页数据（JSON）</a></p>\n"
    return HTML.page(title: name + " · 救助资金公开", root: "../", body: body)
  }

  private static func programTable(_ model: SiteModel, _ id: String) -> String {
    var rows: [[HTML.Cell]] = []
    for program in model.state.programOrder
    where model.state.accounts[AccountKey(union: id, program: program)] != nil {
      let totals = model.state.totals(union: id, program: program)
      rows.append(
        [.text(model.programName(program))] + [HTML.Cell.money(totals.allocatedIn.fen)]
          + IndexPage.totalsCells(totals))
    }
    return HTML.table(
      caption: "本级账户（元）", headers: ["资金", "上级拨入"] + IndexPage.totalsHeaders, rows: rows)
  }

  private static func monthTable(_ months: [MonthFlow]) -> String {
    let rows = months.map { month -> [HTML.Cell] in
      [
        .text(month.month.description), .money(month.inflowFen), .money(month.outflowFen),
        .count(Int64(month.entries)),
      ]
    }
    return HTML.table(
      caption: "按业务日期所在月份；冲销记在冲销当月（元）",
      headers: ["月份", "收入（含上级下拨）", "支出（含下拨下级）", "笔数"], rows: rows)
  }

  private static func outflowTable(_ model: SiteModel, _ items: [OutflowItem]) -> String {
    let rows = items.map { item -> [HTML.Cell] in
      var what = Labels.flow(item.flow)
      if let category = item.category { what += "·" + (Labels.categories[category] ?? category) }
      var who = item.counterpartyWithheld ? "（不公开）" : HTML.escape(item.counterparty ?? "")
      if let to = item.to {
        who = "<a href=\"\(HTML.escape(to)).html\">\(HTML.escape(model.name(of: to)))</a>"
      }
      if let code = item.code { who += " <code>\(HTML.escape(code))</code>" }
      return [
        .seq(item.seq), .raw(HTML.escape(item.date.description) + Labels.dateMark(item.marks)),
        .text(what), .text(model.programName(item.program)),
        .money(item.amount.fen, mark: Labels.approxMark(item.marks.amount, of: "金额")),
        .prose(who),
        .raw(
          HTML.escape(item.beneficiaries?.description ?? "")
            + Labels.approxMark(item.marks.beneficiaries, of: "人数")),
        .prose(note(model, item)),
      ]
    }
    return HTML.table(
      caption: "未被冲销的支出与下拨，按金额排序（元）；“约”为报道给出的约数，“推定”为报道未给出的日期",
      headers: ["序号", "日期", "类别", "资金", "金额", "对象", "惠及", "来源或备注"], rows: rows)
  }

  /// The entry's source (the report's title and words, marked when synthetic) or its memo.
  static func note(_ model: SiteModel, _ item: OutflowItem) -> String {
    guard let source = item.source else {
      return HTML.escape(item.memoWithheld ? "（不公开）" : item.memo ?? "")
    }
    var html = ""
    if source.isSynthetic {
      html += "<span class=\"mark\" title=\"按报道中的总数推算构造的明细，不是真实账目\">合成</span>"
    }
    let title = model.sources.titles[source.report].map { "《\($0)》" } ?? "示例报道"
    html += "来源：" + HTML.escape(title)
    if let quote = model.sources.quotes[source.figure] {
      html += "：“" + HTML.escape(quote) + "”"
    }
    return html + "（\(HTML.escape(source.figure))）"
  }
}
