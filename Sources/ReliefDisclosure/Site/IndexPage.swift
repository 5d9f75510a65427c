import ReliefLedger

/// The overview page, `index.html`.
enum IndexPage {
  static func html(_ model: SiteModel) -> String {
    let all = model.totals(union: nil, program: nil)
    var body = "<h1>工会救助资金收支公开</h1>\n"
    body += "<p class=\"note\">账本来源：\(HTML.escape(model.state.origin ?? "")) · "
    body += "共 \(Money.groupedCount(Int64(model.state.unions.count))) 个工会、"
    body += "\(Money.groupedCount(Int64(model.state.programs.count))) 项资金 · 金额单位：元</p>\n"
    body += syntheticNotice(model, all)
    body += "<p><a href=\"lookup.html\"><b>企业查询</b></a>：输入统一社会信用代码，查看本单位获得的"
    body += "每一笔返还或补贴，并在浏览器中核验。</p>\n"
    body += "<section class=\"cards\">\n"
    for (label, fen) in summary(all) { body += card(label, fen) }
    body += "<div class=\"card\"><span>受益小微企业（家）</span>"
    body += "<b>\(Money.groupedCount(Int64(model.businessesRefunded)))</b></div>\n"
    body += BeneficiaryCards.html(all.beneficiaries)
    body += CommitmentSection.cards(all)
    body += "</section>\n" + FlowSection.html(model)
    body += "<h2>分项资金</h2>\n" + programTable(model)
    body += "<h2>各级工会</h2>\n" + HierarchyTable.html(model, root: "")
    body += CommitmentSection.unionTable(model)
    body += GoodsSection.unionTable(model)
    body += "<h2>支出分类</h2>\n" + categoryBars(model)
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

  /// A summary card: the label and the amount in yuan.
  static func card(_ label: String, _ fen: Int64) -> String {
    "<div class=\"card\"><span>\(label)</span><b>\(Labels.yuan(fen)) 元</b></div>\n"
  }

  /// The notice that the site holds synthetic entries, with their share of the money.
  static func syntheticNotice(_ model: SiteModel, _ all: AccountTotals) -> String {
    let share = model.synthetic
    guard share.entries > 0 else { return "" }
    let spent = FlowSection.spent(all)
    var html = "<p class=\"synthetic\"><b>示例数据，非真实账目。</b>本站的数字取自公开报道；"
    html += "报道只给出总数的地方，明细是按总数推算构造的<b>合成</b>数据"
    html += "（共 \(Money.groupedCount(Int64(share.entries))) 笔，明细中标“合成”）："
    html +=
      "收到资金中 \(Labels.yuan(share.receivedFen)) 元\(Bars.shareText(share.receivedFen, of: all.received.fen))、"
    html +=
      "支出中 \(Labels.yuan(share.spentFen)) 元\(Bars.shareText(share.spentFen, of: spent))为合成。</p>\n"
    return html
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

  private static func categoryBars(_ model: SiteModel) -> String {
    let items = model.categories.filter { $0.value != 0 }.sorted {
      $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value
    }
    let largest = items.first?.value ?? 0
    var html = "<div class=\"flow\">"
    for item in items {
      let width = largest > 0 ? 100 * Double(max(item.value, 0)) / Double(largest) : 0
      html += "<h4>\(HTML.escape(Labels.categoryKey(item.key)))：\(Labels.yuan(item.value)) 元</h4>"
      html += "<div class=\"bar\" style=\"width:\(Charts.format(width))%\"><span "
      html += "style=\"width:100%;background:\(Palette.category)\"></span></div>\n"
    }
    return html + "</div>\n"
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
