/// One input field as `relief append --help` describes it.
public struct EntryFieldHelp: Sendable {
  /// The field's name: the CSV column, the JSON Lines key, and (with `-` for `_`) the flag.
  public let name: String
  /// A placeholder for its value in the help, such as `YUAN`.
  public let value: String
  /// What it holds, in one or two short lines.
  public let text: String
}

extension EntryFields {
  /// Every input field in the order documented: the one list that `all`, the readers and
  /// `relief append --help` are made from.
  public static let described: [EntryFieldHelp] = [
    .init(name: "kind", value: "KIND", text: "the entry kind (the first argument of append)"),
    .init(
      name: "date", value: "YYYY-MM-DD", text: "business date (registrations default to today)"),
    .init(name: "union", value: "ID", text: "acting union (payer; receiver for a receipt)"),
    .init(name: "to", value: "ID", text: "receiving union of an allocation"),
    .init(name: "program", value: "ID", text: "the fund the money or goods belong to"),
    .init(
      name: "amount", value: "YUAN", text: "e.g. 1234.56, 1,234.56, 19.87万 (at most 0.01 yuan)"),
    .init(name: "item", value: "TEXT", text: "goods kinds: what the goods are, e.g. 口罩"),
    .init(name: "quantity", value: "N", text: "goods kinds: how many, a whole number (1 or more)"),
    .init(
      name: "unit", value: "UNIT", text: "goods kinds: what quantity counts: \(GoodsUnit.listed)"),
    .init(
      name: "value", value: "YUAN",
      text: "goods kinds: what the goods are worth, if stated\n(informational: moves no money)"),
    .init(name: "counterparty", value: "NAME", text: "donor, business or payee"),
    .init(
      name: "counterparty_id", value: "CODE",
      text: "refunds: unified social credit code (18 characters);\n"
        + "others: the counterparty's id, if any"),
    .init(
      name: "person_name", value: "NAME",
      text: "subsidy or disbursement to a person: full name\n"
        + "(roster only; the journal shows it masked)"),
    .init(
      name: "person_id", value: "ID", text: "the person's ID number (roster only; committed to)"),
    .init(name: "bank_card", value: "DIGITS", text: "the card paid, optional (roster only)"),
    .init(
      name: "category", value: "NAME",
      text: "receipt: \(list(ReceiptCategory.allCases.map(\.rawValue)));\n"
        + "subsidy: \(list(SubsidyCategory.allCases.map(\.rawValue)));\n"
        + "disbursement: \(list(DisbursementCategory.allCases.map(\.rawValue)))"),
    .init(
      name: "beneficiaries", value: "N",
      text:
        "subsidy, disbursement, goods distribution: how many\nwere reached; commitment: how many are to be"
    ),
    .init(
      name: "beneficiary_unit", value: "UNIT",
      text: "what beneficiaries counts: \(BeneficiaryUnit.listed)"),
    .init(
      name: "headcount", value: "N",
      text: "older sheets: read as beneficiaries in 人\n(a subsidy's 0: no count)"),
    .init(
      name: "period", value: "YYYY-MM[..YYYY-MM]",
      text: "refund period; the months a commitment covers;\nclose: the last month closed (YYYY-MM)"
    ),
    .init(
      name: "dues_paid", value: "YUAN", text: "refund: union dues the business paid for the period"),
    .init(name: "purpose", value: "TEXT", text: "commitment: what the money is for"),
    .init(
      name: "commitment", value: "SEQ",
      text: "refund, subsidy, disbursement: the commitment it pays against"),
    .init(
      name: "commitment_request", value: "ID",
      text: "the same, named by the commitment's request_id"),
    .init(name: "reverses", value: "SEQ", text: "reversal: the entry to negate"),
    .init(name: "reverses_request", value: "ID", text: "the same, named by its request_id"),
    .init(
      name: "amount_approx", value: "MARK",
      text: "the amount (goods: the value) is approximate,\n"
        + "as the source says: \(Approximation.listed)"),
    .init(
      name: "beneficiaries_approx", value: "MARK",
      text: "the beneficiaries count is approximate: \(Approximation.listed)"),
    .init(
      name: "quantity_approx", value: "MARK",
      text: "goods kinds: the quantity is approximate: \(Approximation.listed)"),
    .init(
      name: "date_basis", value: "assumed",
      text: "the date is assumed, not given by the source\n(shown as such to the public)"),
    .init(name: "memo", value: "TEXT", text: "a note"),
    .init(
      name: "request_id", value: "ID",
      text: "unique per ledger; a repeated request id is skipped as a duplicate"),
    .init(name: "id", value: "ID", text: "union and program registration: the new id"),
    .init(name: "name", value: "NAME", text: "union and program registration: the display name"),
    .init(name: "parent", value: "ID", text: "union registration: the parent union"),
    .init(name: "key", value: "KEY", text: "key entries: the verifier key"),
    .init(
      name: "role", value: "ROLE", text: "key entries: \(list(KeyRole.allCases.map(\.rawValue)))"),
  ]

  /// The fields part of `relief append --help`: one flag per field after `kind`.
  public static var helpText: String {
    var text = ""
    for field in described where field.name != "kind" {
      let flag = "  --" + field.name.replacingUnderscores() + " " + field.value
      let lines = field.text.split(separator: "\n").map(String.init)
      let pad = String(repeating: " ", count: max(1, 30 - flag.count))
      text += flag + pad + (lines.first ?? "") + "\n"
      for line in lines.dropFirst() { text += String(repeating: " ", count: 30) + line + "\n" }
      if let chinese = chineseNames(of: field.name) {
        text += String(repeating: " ", count: 30) + "CSV 列名也可写作: " + chinese + "\n"
      }
    }
    return text
  }

  private static func list(_ names: [String]) -> String { names.joined(separator: ", ") }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(unicodeScalars.map { $0 == "_" ? "-" : Character($0) })
  }
}
