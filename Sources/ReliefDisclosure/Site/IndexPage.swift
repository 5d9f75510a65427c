import ReliefLedger

/// The overview page, `index.html`.
enum IndexPage {
  static func html(_ model: SiteModel) -> String {
    let all = model.totals(union: nil, program: nil)
    var body = "<h1>工会救助资金收支公开</h1>\n"
    body += "<p class=\"note\">账本来源：\(HTML.escape(model.state.origin ?? "")) · "
    body += "共 \(model.state.unions.count) 个工会、\(model.state.programs.count) 项资金</p>\n"
    body += "<section class=\"cards\">\n"
    for (label, fen) in summary(all) {
      body += "<div class=\"card\"><span>\(label)</span><b>\(Labels.wan(fen))</b>"
      body += "<span>\(Labels.yuan(fen)) 元</span></div>\n"
    }
    body += "<div class=\"card\"><span>受益小微企业（家）</span><b>\(model.businessesRefunded)</b></div>\n"
    body += BeneficiaryCards.html(all.beneficiaries)
    body += CommitmentSection.cards(all)
    body += "</section>\n<h2>分项资金</h2>\n" + programTable(model)
    body += CommitmentSection.unionTable(model)
    body += GoodsSection.unionTable(model)
    body += "<h2>资金沿工会层级的流向</h2>\n"
    body += "<p class=\"note\">每行是一个工会本级账户：蓝色为下拨下级，红色为本级支出，绿色为结余；"
    body += "条长为本级收到的资金（含上级下拨）。点击名称查看明细。</p>\n"
    body += hierarchyChart(model)
    body += "<h2>支出分类</h2>\n" + categoryChart(model)
    body += head(model)
    if let checkpoint = model.checkpoint { body += CheckpointSection.html(checkpoint) }
    body += "<p><a href=\"data/balances.csv\">余额表（CSV）</a> · "
    body += "<a href=\"data/balances.json\">余额表（JSON）</a> · "
    body += "<a href=\"data/summary.json\">汇总（JSON）</a> · "
    body += "<a href=\"data/categories.csv\">支出分类（CSV）</a> · "
    body += "<a href=\"data/goods.csv\">物资收发与库存（CSV）</a>"
    if model.checkpoint != nil {
      body += " · <a href=\"\(CheckpointSection.fileName)\">签名检查点（文本）</a>"
    }
    body += "</p>\n"
    return HTML.page(title: "工会救助资金收支公开", root: "", body: body)
  }

  static func summary(_ totals: AccountTotals) -> [(String, Int64)] {
    [
      ("收到资金", totals.received.fen), ("工会间下拨", totals.allocatedOut.fen),
      ("返还小微企业经费", totals.refunded.fen), ("补贴", totals.subsidized.fen),
      ("慰问及其他支出", totals.disbursed.fen), ("结余", totals.balance.fen),
    ]
  }

  static let totalsHeaders = ["收到", "下拨", "返还经费", "补贴", "支出", "结余"]

  static func totalsCells(_ totals: AccountTotals) -> [HTML.Cell] {
    summary(totals).map { HTML.Cell.money($0.1) }
  }

  private static func programTable(_ model: SiteModel) -> String {
    var rows: [[HTML.Cell]] = []
    for program in model.state.programOrder {
      let totals = model.totals(union: nil, program: program)
      rows.append([.text(model.programName(program)), .text(program)] + totalsCells(totals))
    }
    rows.append(
      [.text("合计"), .text("")] + totalsCells(model.totals(union: nil, program: nil)))
    return HTML.table(
      caption: "各项资金收支（元）", headers: ["资金", "编号"] + totalsHeaders, rows: rows)
  }

  private static func hierarchyChart(_ model: SiteModel) -> String {
    let rows = model.tree.map { node -> Charts.Row in
      let totals = model.totals(union: node.id, program: nil)
      let spent = totals.refunded.fen &+ totals.subsidized.fen &+ totals.disbursed.fen
      return Charts.Row(
        label: model.name(of: node.id), link: "unions/\(node.id).html", depth: node.depth,
        segments: [
          .init(fen: totals.allocatedOut.fen, color: Palette.allocated, label: "下拨下级"),
          .init(fen: spent, color: Palette.spent, label: "本级支出"),
          .init(fen: totals.balance.fen, color: Palette.remaining, label: "结余"),
        ])
    }
    return Charts.bars(title: "资金沿工会层级的流向", rows: rows)
  }

  private static func categoryChart(_ model: SiteModel) -> String {
    let items = model.categories.filter { $0.value != 0 }.sorted { $0.value > $1.value }
    let rows = items.map { item in
      Charts.Row(
        label: Labels.categoryKey(item.key), link: nil, depth: 0,
        segments: [.init(fen: item.value, color: Palette.category, label: "金额")])
    }
    return Charts.bars(title: "支出分类", rows: rows)
  }

  private static func head(_ model: SiteModel) -> String {
    let seq = model.head.lastSeq.map(String.init) ?? "-"
    return """
      <h2>账本指纹（如何核对）</h2>
      <p>本页根据账本生成，截至第 <b>\(seq)</b> 行（seq），该行的 SHA-256 指纹为：</p>
      <p><code>\(model.head.lastHash.hex)</code></p>
      <p class="note">核对方法：取得同一账本目录后运行 <code>relief verify --ledger 账本目录</code>，
      确认结果为有效，再运行 <code>relief balances --ledger 账本目录 --json</code>，
      比较输出中的 head（seq 与 hash）是否与上面一致。一致即说明本页数据来自未被改动的同一账本；
      任何一行被修改、删除或重排，指纹都会改变。</p>

      """
  }
}
