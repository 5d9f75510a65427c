/// The sheet `relief template KIND` writes: Chinese column headers and one example row that
/// imports cleanly into a ledger holding what the row names.
///
/// The examples are a Nantong union's first weeks of April 2022: union `nantong` with the
/// district union `nantong-chongchuan`, programs `covid-2022` and `dues-refund`. Values are
/// in the journal's own forms, so the entry imported equals the row field by field.
public enum EntryTemplate {
  /// The kinds a template exists for: every kind `relief import` takes.
  public static let kinds = EntryKind.appendable

  /// The example verifier key of the key kinds (its private key was not kept).
  public static let exampleKey =
    "nantong-accountant+b0733e85+AcdojttcBcpf96R6e9ZqKfmZ3+ZEO4B3LmQfeqYq2tGY"

  /// The example row of `kind`: each field with its value, in column order.
  ///
  /// The kind and the category are written by their Chinese names (`ChineseValues`), as an
  /// accountant would type them.
  public static func example(for kind: EntryKind) -> [(field: String, value: String)] {
    let fields = body(of: kind).map { cell in
      cell.field == "category"
        ? (cell.field, ChineseValues.displayName(ofCategory: cell.value) ?? cell.value) : cell
    }
    let name = ChineseValues.displayName(of: kind) ?? kind.rawValue
    return [("kind", name)] + fields + [("request_id", requestID(of: kind))]
  }

  /// The sheet of `kind` as text: a header of each field's first Chinese column name, the
  /// example row, each line ended by CR LF as Excel writes them.
  public static func csv(for kind: EntryKind) -> String {
    let row = example(for: kind)
    let header = row.map { cell in
      EntryFields.chineseColumns.first { $0.field == cell.field }?.names.first ?? cell.field
    }
    return line(header) + line(row.map(\.value))
  }

  /// The sheet of `kind` as a file's bytes: UTF-8 after a byte-order mark (by which Excel
  /// tells UTF-8 from the system's code page), or GB18030; nil when the C library cannot
  /// convert to GB18030.
  public static func bytes(for kind: EntryKind, encoding: TextEncoding) -> [UInt8]? {
    let text = Array(csv(for: kind).utf8)
    switch encoding {
    case .utf8: return [0xEF, 0xBB, 0xBF] + text
    case .gb18030: return GB18030Conversion.gb18030(fromUTF8: text)
    }
  }

  private static func line(_ cells: [String]) -> String {
    cells.map(quoted).joined(separator: ",") + "\r\n"
  }

  /// `cell` as a CSV cell: quoted when it holds a comma, a quote or a line break.
  private static func quoted(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return cell
    }
    let doubled = cell.split(separator: "\"", omittingEmptySubsequences: false)
      .joined(separator: "\"\"")
    return "\"" + doubled + "\""
  }

  /// Each kind's request id, distinct so that the examples can share one ledger.
  private static func requestID(of kind: EntryKind) -> String {
    let number = (kinds.firstIndex(of: kind) ?? 0) + 1
    return "NT-2022-" + String(repeating: "0", count: number < 10 ? 3 : 2) + String(number)
  }

  private static let district = "nantong-chongchuan"

  /// The fields of `kind`'s example between `kind` and `request_id`.
  private static func body(of kind: EntryKind) -> [(field: String, value: String)] {
    let account = [("union", "nantong"), ("program", "covid-2022")]
    switch kind {
    case .genesis:
      return []
    case .union:
      return [
        ("date", "2022-04-01"), ("id", district), ("name", "南通市崇川区总工会"),
        ("parent", "nantong"),
      ]
    case .program:
      return [("date", "2022-04-01"), ("id", "covid-2022"), ("name", "2022年疫情防控专项资金")]
    case .receipt:
      return [("date", "2022-04-01")] + account + [
        ("amount", "500000.00"), ("category", "appropriation"), ("counterparty", "南通市财政局"),
        ("memo", "市财政拨付疫情防控专项资金"),
      ]
    case .allocation:
      return [
        ("date", "2022-04-02"), ("union", "nantong"), ("to", district),
        ("program", "covid-2022"), ("amount", "200000.00"), ("memo", "下拨崇川区总工会防疫资金"),
      ]
    case .refund:
      return [
        ("date", "2022-04-15"), ("union", "nantong"), ("program", "dues-refund"),
        ("amount", "2618.87"), ("counterparty", "南通某某制造有限公司"),
        ("counterparty_id", "91320600MA1N0A1B2G"), ("period", "2021-01..2021-12"),
        ("dues_paid", "2618.87"), ("memo", "小微企业工会经费全额返还"),
      ]
    case .subsidy:
      return [("date", "2022-04-20")] + account + [
        ("amount", "30000.00"), ("category", "interest"), ("counterparty", "南通某某餐饮有限公司"),
        ("beneficiaries", "25"), ("beneficiary_unit", "人"), ("memo", "小微企业贷款贴息"),
      ]
    case .disbursement:
      return [("date", "2022-04-18")] + account + [
        ("amount", "12000.00"), ("category", "consolation"), ("beneficiaries", "40"),
        ("beneficiary_unit", "人"), ("counterparty", "抗疫一线职工"), ("memo", "慰问抗疫一线职工"),
      ]
    case .commitment:
      return [("date", "2022-04-10")] + account + [
        ("amount", "100000.00"), ("purpose", "困难职工帮扶"), ("memo", "常委会决定"),
      ]
    case .reversal:
      return [
        ("date", "2022-04-21"), ("reverses_request", requestID(of: .receipt)), ("memo", "金额录入错误"),
      ]
    case .key:
      return [
        ("date", "2022-04-01"), ("key", exampleKey), ("role", "accountant"),
        ("union", "nantong"), ("memo", "南通市总工会会计"),
      ]
    case .keyRevoke:
      return [("date", "2022-04-30"), ("key", exampleKey), ("memo", "会计调岗")]
    case .close:
      return [("date", "2022-04-01"), ("period", "2022-03"), ("memo", "三月结账")]
    case .reviewThreshold:
      return [("date", "2022-04-01"), ("union", "nantong"), ("amount", "100000.00")]
    case .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return goodsBody(of: kind)
    }
  }

  /// The goods kinds' examples: masks received, handed out and passed to the district.
  private static func goodsBody(of kind: EntryKind) -> [(field: String, value: String)] {
    let account = [("union", "nantong"), ("program", "covid-2022")]
    let goods = [("item", "口罩"), ("unit", "个")]
    switch kind {
    case .goodsReceipt:
      return [("date", "2022-04-03")] + account + goods + [
        ("quantity", "20000"), ("value", "10000.00"), ("counterparty", "南通某某医药有限公司"),
        ("memo", "捐赠口罩"),
      ]
    case .goodsDistribution:
      return [("date", "2022-04-05")] + account + goods + [
        ("quantity", "5000"), ("beneficiaries", "500"), ("beneficiary_unit", "人"),
        ("counterparty", "一线防疫人员"), ("memo", "发放口罩"),
      ]
    case .goodsAllocation:
      return [
        ("date", "2022-04-04"), ("union", "nantong"), ("to", district),
        ("program", "covid-2022"),
      ] + goods + [("quantity", "8000"), ("memo", "调拨崇川区总工会")]
    default:
      // The other kinds' examples are in `body(of:)`.
      return []
    }
  }
}
