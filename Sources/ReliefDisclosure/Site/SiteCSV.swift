import ReliefLedger

/// The site's CSV files, made for spreadsheets: UTF-8 with a byte-order mark (so that Excel
/// on Chinese Windows reads them right), Chinese headers, amounts in yuan with two decimals.
///
/// The JSON files keep the machine forms (fen, ids, English keys); `data/datapackage.json`
/// describes both from the same column lists.
enum SiteCSV {
  /// A column: its header, its Frictionless type and what it holds.
  struct Column {
    let name: String
    let type: String
    let description: String
  }

  /// A CSV file of the site, under `data/`.
  struct Table {
    let file: String
    let title: String
    let columns: [Column]
  }

  static let byteOrderMark = "\u{FEFF}"

  private static func yuan(_ name: String, _ description: String) -> Column {
    Column(name: name + "（元）", type: "number", description: description + "，单位元，两位小数")
  }

  private static let unionColumns = [
    Column(name: "工会编号", type: "string", description: "工会在账本中的编号（id）"),
    Column(name: "工会名称", type: "string", description: "工会名称"),
    Column(name: "资金编号", type: "string", description: "资金（program）在账本中的编号"),
  ]

  static let balances = Table(
    file: "balances.csv", title: "各工会本级账户余额",
    columns: unionColumns + [
      yuan("收到", "收到的资金"), yuan("上级下拨", "上级工会下拨"), yuan("下拨下级", "下拨给下级工会"),
      yuan("返还经费", "返还小微企业工会经费"), yuan("补贴", "补贴支出"), yuan("支出", "慰问及其他支出"),
      yuan("结余", "结余"), yuan("承诺/计划金额", "承诺（不动用资金）"),
      yuan("已支付", "注明所兑现承诺的支出"), yuan("剩余", "承诺尚未支付的部分"),
    ]
      + BeneficiaryUnit.allCases.map { unit in
        Column(
          name: "惠及（\(unit.rawValue)）", type: "integer",
          description: "惠及人数或单位数，按单位\(unit.rawValue)计，不同单位不相加")
      })

  static let categories = Table(
    file: "categories.csv", title: "支出分类",
    columns: [
      Column(name: "类别编号", type: "string", description: "流向与类别，如 subsidy:interest"),
      Column(name: "类别", type: "string", description: "类别的中文名称"),
      yuan("金额", "扣除冲销后的支出"),
    ])

  static let goods = Table(
    file: "goods.csv", title: "物资收发与库存",
    columns: unionColumns + [
      Column(name: "物资", type: "string", description: "物资名称"),
      Column(name: "单位", type: "string", description: "计量单位"),
      Column(name: "收到数量", type: "integer", description: "收到的数量"),
      Column(name: "上级下拨", type: "integer", description: "上级工会下拨的数量"),
      Column(name: "下拨下级", type: "integer", description: "下拨给下级工会的数量"),
      Column(name: "发放数量", type: "integer", description: "发放的数量"),
      Column(name: "库存数量", type: "integer", description: "库存的数量"),
      yuan("估值", "收到物资的估值（仅供参考，不计入资金）"),
    ])

  static let tables = [balances, categories, goods]

  /// `data/balances.csv`: one row per union account.
  static func balancesCSV(_ model: SiteModel) -> String {
    var text = byteOrderMark + CSVField.row(balances.columns.map(\.name))
    for row in BalanceReport.rows(model.state, subtree: false) {
      let amounts = SiteData.amounts(row.totals)
      let moneyCount = amounts.count - BeneficiaryUnit.allCases.count
      text += CSVField.row(
        [row.union, model.name(of: row.union), row.program]
          + amounts.prefix(moneyCount).map { Money(fen: $0).yuanString }
          + amounts.dropFirst(moneyCount).map(String.init))
    }
    return text
  }

  /// `data/categories.csv`: net outflows by category.
  static func categoriesCSV(_ model: SiteModel) -> String {
    var text = byteOrderMark + CSVField.row(categories.columns.map(\.name))
    for (key, fen) in model.categories.sorted(by: { $0.key < $1.key }) {
      text += CSVField.row([key, Labels.categoryKey(key), Money(fen: fen).yuanString])
    }
    return text
  }

  /// `data/goods.csv`: one row per union's own stock, quantities in their unit.
  static func goodsCSV(_ model: SiteModel) -> String {
    var text = byteOrderMark + CSVField.row(goods.columns.map(\.name))
    for row in GoodsReport.rows(model.state, subtree: false) {
      text += CSVField.row(
        [row.union, model.name(of: row.union), row.program, row.item, row.unit.rawValue]
          + row.totals.quantities.map(String.init) + [row.totals.receivedValue.yuanString])
    }
    return text
  }
}
