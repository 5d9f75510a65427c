/// The input field names, the same in CSV columns, JSON Lines keys and `append` flags, and
/// which of them each kind takes.
public enum EntryFields {
  /// Every field name input may use, in the order documented.
  public static let all = [
    "kind", "date", "union", "to", "program", "amount", "counterparty", "counterparty_id",
    "category", "headcount", "period", "dues_paid", "reverses", "reverses_request", "memo",
    "request_id", "id", "name", "parent", "key", "role",
  ]

  /// Fields JSON Lines input may give as JSON integers.
  public static let integerFields: Set<String> = ["headcount", "reverses"]

  /// The schema the input readers check files against.
  public static let schema = InputSchema(
    knownFields: all, requiredFields: ["kind"], integerFields: integerFields)

  /// Fields `kind` requires, and fields it also accepts.
  public static func fields(for kind: EntryKind) -> (required: [String], optional: [String]) {
    let common = ["memo", "request_id"]
    switch kind {
    case .genesis:
      return ([], [])
    case .union:
      return (["id", "name"], ["parent", "date"] + common)
    case .program:
      return (["id", "name"], ["date"] + common)
    case .receipt:
      return (
        ["date", "union", "program", "amount"], ["counterparty", "counterparty_id"] + common
      )
    case .allocation:
      return (["date", "union", "to", "program", "amount"], common)
    case .refund:
      return (
        [
          "date", "union", "program", "amount", "counterparty", "counterparty_id", "period",
          "dues_paid",
        ], common
      )
    case .subsidy:
      return (
        ["date", "union", "program", "amount", "category"],
        ["counterparty", "counterparty_id", "headcount"] + common
      )
    case .disbursement:
      return (
        ["date", "union", "program", "amount", "category", "headcount"],
        ["counterparty", "counterparty_id"] + common
      )
    case .reversal:
      return (["date"], ["reverses", "reverses_request"] + common)
    case .key:
      return (["key", "role"], ["union", "date"] + common)
    case .keyRevoke:
      return (["key"], ["date"] + common)
    }
  }
}
