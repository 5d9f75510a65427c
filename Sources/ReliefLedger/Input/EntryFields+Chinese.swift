/// The Chinese column names of the input fields.
extension EntryFields {
  /// The Chinese column names a CSV sheet may use for each input field.
  ///
  /// As accountants head their sheets: the one table that the CSV reader and `relief append
  /// --help` take. A name here is only another column name: values are read as for the field.
  public static let chineseColumns: [(field: String, names: [String])] = [
    ("kind", ["类型", "记录类型"]),
    ("date", ["日期", "业务日期"]),
    ("union", ["单位", "工会"]),
    ("to", ["拨入单位", "接收单位"]),
    ("program", ["资金", "资金项目"]),
    ("amount", ["金额", "金额（元）", "金额(元)"]),
    ("item", ["物资", "品名"]),
    ("quantity", ["数量"]),
    ("unit", ["计量单位"]),
    ("value", ["估值", "价值（元）"]),
    ("counterparty", ["对象", "收付款方"]),
    ("counterparty_id", ["统一社会信用代码", "信用代码"]),
    ("person_name", ["姓名"]),
    ("person_id", ["身份证号", "身份证号码"]),
    ("bank_card", ["银行卡号"]),
    ("category", ["类别"]),
    ("beneficiaries", ["受益数", "惠及数"]),
    ("beneficiary_unit", ["受益计量"]),
    ("headcount", ["人数"]),
    ("period", ["所属期", "期间"]),
    ("dues_paid", ["已缴经费"]),
    ("purpose", ["用途"]),
    ("commitment", ["承诺序号"]),
    ("commitment_request", ["承诺请求号"]),
    ("reverses", ["冲销序号"]),
    ("reverses_request", ["冲销请求号"]),
    ("amount_approx", ["金额约数"]),
    ("beneficiaries_approx", ["受益数约数"]),
    ("quantity_approx", ["数量约数"]),
    ("date_basis", ["日期依据"]),
    ("memo", ["备注", "摘要"]),
    ("request_id", ["请求号", "业务编号"]),
    ("id", ["编号"]),
    ("name", ["名称"]),
    ("parent", ["上级"]),
    ("key", ["公钥"]),
    ("role", ["角色"]),
  ]

  /// Each Chinese column name with the field it fills.
  static let columnAliases: [String: String] = {
    var aliases: [String: String] = [:]
    for (field, names) in chineseColumns {
      for name in names { aliases[name] = field }
    }
    return aliases
  }()

  /// The Chinese column names of `field`, joined for the help.
  public static func chineseNames(of field: String) -> String? {
    chineseColumns.first { $0.field == field }.map { $0.names.joined(separator: "/") }
  }
}
