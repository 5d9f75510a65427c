import ReliefText

/// The Chinese names a sheet (or `relief append`) may give for a kind or a category.
///
/// They stand beside the journal's own names: the one table that input reads and the site
/// shows (the first name of each is the one displayed). docs/FORMAT.md, "Chinese names".
public enum ChineseValues {
  /// Each kind's Chinese names, the displayed one first.
  public static let kinds: [(kind: EntryKind, names: [String])] = [
    (.union, ["工会登记", "登记工会"]),
    (.program, ["资金项目登记", "登记资金项目"]),
    (.receipt, ["收入", "收款", "收到资金"]),
    (.allocation, ["下拨", "拨付下级"]),
    (.refund, ["返还经费", "经费返还", "返还"]),
    (.subsidy, ["补贴", "补助"]),
    (.disbursement, ["支出", "付款"]),
    (.reversal, ["冲销", "冲正"]),
    (.commitment, ["承诺", "计划"]),
    (.key, ["登记公钥"]),
    (.keyRevoke, ["撤销公钥"]),
    (.close, ["结账"]),
    (.reviewThreshold, ["复核门槛"]),
    (.goodsReceipt, ["物资收入", "收到物资"]),
    (.goodsDistribution, ["物资发放", "发放物资"]),
    (.goodsAllocation, ["物资下拨", "下拨物资"]),
  ]

  /// Each category's Chinese names (by the category's journal name, shared by receipts,
  /// subsidies and disbursements), the displayed one first.
  public static let categories: [(category: String, names: [String])] = [
    ("appropriation", ["拨款", "财政拨款"]),
    ("donation", ["捐赠", "捐款"]),
    ("interest", ["贴息"]),
    ("purchase", ["采购补贴"]),
    ("employment", ["就业补贴"]),
    ("consolation", ["慰问", "慰问金"]),
    ("supplies", ["物资"]),
    ("insurance", ["保险"]),
    ("legal-aid", ["法律援助"]),
    ("other", ["其他"]),
  ]

  /// The kind named `name` in Chinese, if any.
  public static func kind(named name: String) -> EntryKind? {
    kinds.first { $0.names.contains(name) }?.kind
  }

  /// The journal name of the category named `name` in Chinese, if any.
  public static func category(named name: String) -> String? {
    categoryByName[name]
  }

  /// Each Chinese category name's journal name, the first category in the table to give a
  /// name keeping it; worked out once, since input looks categories up for every row.
  private static let categoryByName: [String: String] = {
    var names: [String: String] = [:]
    for (category, chinese) in categories {
      for name in chinese where names[name] == nil { names[name] = category }
    }
    return names
  }()

  /// The displayed Chinese name of `category` (a journal name), if it has one.
  public static func displayName(ofCategory category: String) -> String? {
    categories.first { $0.category == category }?.names.first
  }

  /// A category (a journal name) as a message shows it: its Chinese name in Chinese.
  public static func shown(category: String) -> String {
    Text.current.language == .zh ? displayName(ofCategory: category) ?? category : category
  }

  /// The displayed Chinese name of `kind`, if it has one.
  public static func displayName(of kind: EntryKind) -> String? {
    kinds.first { $0.kind == kind }?.names.first
  }
}

extension RawRepresentable where Self: CaseIterable, RawValue == String {
  /// The value an input names by its journal name or a Chinese name (`ChineseValues`).
  init?(inputName: String) {
    guard
      let value = Self(rawValue: inputName)
        ?? ChineseValues.category(named: inputName)
        .flatMap(Self.init(rawValue:))
    else { return nil }
    self = value
  }

  /// The names input takes, for messages: `interest (贴息), purchase (采购补贴), …`.
  static var inputNames: String {
    allCases.map { value in
      ChineseValues.displayName(ofCategory: value.rawValue).map { "\(value.rawValue) (\($0))" }
        ?? value.rawValue
    }.joined(separator: ", ")
  }
}
