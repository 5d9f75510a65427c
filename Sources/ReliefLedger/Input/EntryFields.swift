/// The input field names, the same in CSV columns, JSON Lines keys and `append` flags, and
/// which of them each kind takes.
public enum EntryFields {
  /// Every field name input may use, in the order documented.
  public static let all = described.map(\.name)

  /// Fields JSON Lines input may give as JSON integers.
  public static let integerFields: Set<String> = [
    "headcount", "beneficiaries", "reverses", "commitment", "quantity",
  ]

  /// The schema the input readers check files against.
  public static let schema = InputSchema(
    knownFields: all, requiredFields: ["kind"], integerFields: integerFields,
    columnAliases: columnAliases)

  /// For each kind, the fields it requires and the fields it does not accept (in the order
  /// of `all`), worked out once rather than per row.
  static let fieldSets: [EntryKind: (required: [String], disallowed: [String])] = {
    var sets: [EntryKind: (required: [String], disallowed: [String])] = [:]
    for kind in EntryKind.allCases {
      let (required, optional) = fields(for: kind)
      let allowed = Set(required + optional + ["kind"])
      sets[kind] = (required, all.filter { !allowed.contains($0) })
    }
    return sets
  }()

  /// The fields of `fields` as bits (`bits(of:)`) when every one is a field `kind` takes (or
  /// `kind`) and every field it requires is there, the row's field set then having no
  /// problem; nil otherwise.
  ///
  /// One look at each of the row's fields, where naming the problems looks up every field
  /// the kind knows; nearly every row of a sheet has none.
  static func presentBits(_ fields: [String: String], for kind: EntryKind) -> UInt64? {
    guard let (roles, requiredCount) = rolesByKind[kind] else { return nil }
    var (requiredPresent, present): (Int, UInt64) = (0, 0)
    for name in fields.keys {
      guard let role = roles[name] else { return nil }
      if role.required { requiredPresent += 1 }
      present |= role.bit
    }
    return requiredPresent == requiredCount ? present : nil
  }

  /// The bits standing for `names` in `presentBits(_:for:)`: one per field of `all`, by
  /// its position.
  static func bits(of names: [String]) -> UInt64 {
    var bits: UInt64 = 0
    for (index, name) in all.enumerated() where names.contains(name) {
      bits |= 1 << UInt64(index)
    }
    return bits
  }

  /// For each kind, whether each field it takes is required and its bit, `kind` itself
  /// counting as optional; and how many fields it requires.
  private static let rolesByKind:
    [EntryKind: (roles: [String: (required: Bool, bit: UInt64)], requiredCount: Int)] = {
      var roles: [EntryKind: (roles: [String: (required: Bool, bit: UInt64)], requiredCount: Int)] =
        [:]
      for kind in EntryKind.allCases {
        let (required, optional) = fields(for: kind)
        var byName: [String: (required: Bool, bit: UInt64)] = [:]
        for name in ["kind"] + optional { byName[name] = (false, bits(of: [name])) }
        for name in required { byName[name] = (true, bits(of: [name])) }
        roles[kind] = (byName, Set(required).count)
      }
      return roles
    }()

  /// The fields `kind` accepts but does not require.
  static func optionalFields(for kind: EntryKind) -> [String] { optionalByKind[kind] ?? [] }

  private static let optionalByKind: [EntryKind: [String]] = {
    var sets: [EntryKind: [String]] = [:]
    for kind in EntryKind.allCases { sets[kind] = fields(for: kind).optional }
    return sets
  }()

  private static let common = ["memo", "request_id"]
  private static let paying = ["commitment", "commitment_request"]
  private static let reached = ["beneficiaries", "beneficiary_unit"]
  private static let people = ["person_name", "person_id", "bank_card"]
  private static let goods = ["item", "quantity", "unit"]
  /// The marks of an amount and a date; with a count; of goods (see `EntryMarks`).
  private static let money = ["amount_approx", "date_basis"]
  private static let counted = ["amount_approx", "beneficiaries_approx", "date_basis"]
  private static let goodsMarks = ["amount_approx", "quantity_approx", "date_basis"]

  /// Fields `kind` requires, and fields it also accepts.
  public static func fields(for kind: EntryKind) -> (required: [String], optional: [String]) {
    switch kind {
    case .genesis:
      return ([], [])
    case .union:
      return (["id", "name"], ["parent", "date"] + common)
    case .program:
      return (["id", "name"], ["date"] + common)
    case .receipt:
      return (
        ["date", "union", "program", "amount"],
        ["category", "counterparty", "counterparty_id"] + money + common
      )
    case .allocation:
      return (["date", "union", "to", "program", "amount"], money + common)
    case .refund:
      return (
        [
          "date", "union", "program", "amount", "counterparty", "counterparty_id", "period",
          "dues_paid",
        ], paying + money + common
      )
    case .subsidy:
      return (
        ["date", "union", "program", "amount", "category"],
        ["counterparty", "counterparty_id", "headcount"] + reached + people + paying + counted
          + common
      )
    case .disbursement:
      return (
        ["date", "union", "program", "amount", "category"],
        ["headcount"] + reached + ["counterparty", "counterparty_id"] + people + paying
          + counted + common
      )
    case .commitment:
      return (
        ["date", "union", "program", "amount", "purpose"], ["period"] + reached + counted + common
      )
    case .reversal:
      return (["date"], ["reverses", "reverses_request"] + common)
    case .key:
      return (["key", "role"], ["union", "date"] + common)
    case .keyRevoke:
      return (["key"], ["date"] + common)
    case .close:
      return (["period"], ["date"] + common)
    case .reviewThreshold:
      return (["union", "amount"], ["date"] + common)
    case .goodsReceipt:
      return (
        ["date", "union", "program"] + goods,
        ["value", "counterparty", "counterparty_id"] + goodsMarks + common
      )
    case .goodsDistribution:
      return (
        ["date", "union", "program"] + goods,
        ["value"] + reached + ["counterparty", "counterparty_id", "beneficiaries_approx"]
          + goodsMarks + common
      )
    case .goodsAllocation:
      return (["date", "union", "to", "program"] + goods, ["value"] + goodsMarks + common)
    }
  }
}
