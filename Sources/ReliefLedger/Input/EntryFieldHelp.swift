import ReliefText

/// One input field as `relief append --help` describes it.
public struct EntryFieldHelp: Sendable {
  /// The field's name: the CSV column, the JSON Lines key, and (with `-` for `_`) the flag.
  public let name: String
  /// A placeholder for its value in the help, such as `YUAN`.
  public let value: String
  /// What it holds, in one or two short lines, from the catalogue (its placeholders are
  /// filled by the help, `HelpList.fieldValues`).
  public let text: MessageID
}

extension EntryFields {
  /// Every input field in the order documented: the one list that `all`, the readers and
  /// `relief append --help` are made from.
  public static let described: [EntryFieldHelp] = [
    .init(name: "kind", value: "KIND", text: .optionFieldKind),
    .init(name: "date", value: "YYYY-MM-DD", text: .optionFieldDate),
    .init(name: "union", value: "ID", text: .optionFieldUnion),
    .init(name: "to", value: "ID", text: .optionFieldTo),
    .init(name: "program", value: "ID", text: .optionFieldProgram),
    .init(name: "amount", value: "YUAN", text: .optionFieldAmount),
    .init(name: "item", value: "TEXT", text: .optionFieldItem),
    .init(name: "quantity", value: "N", text: .optionFieldQuantity),
    .init(name: "unit", value: "UNIT", text: .optionFieldUnit),
    .init(name: "value", value: "YUAN", text: .optionFieldValue),
    .init(name: "counterparty", value: "NAME", text: .optionFieldCounterparty),
    .init(name: "counterparty_id", value: "CODE", text: .optionFieldCounterpartyId),
    .init(name: "person_name", value: "NAME", text: .optionFieldPersonName),
    .init(name: "person_id", value: "ID", text: .optionFieldPersonId),
    .init(name: "bank_card", value: "DIGITS", text: .optionFieldBankCard),
    .init(name: "category", value: "NAME", text: .optionFieldCategory),
    .init(name: "beneficiaries", value: "N", text: .optionFieldBeneficiaries),
    .init(name: "beneficiary_unit", value: "UNIT", text: .optionFieldBeneficiaryUnit),
    .init(name: "headcount", value: "N", text: .optionFieldHeadcount),
    .init(name: "period", value: "YYYY-MM[..YYYY-MM]", text: .optionFieldPeriod),
    .init(name: "dues_paid", value: "YUAN", text: .optionFieldDuesPaid),
    .init(name: "purpose", value: "TEXT", text: .optionFieldPurpose),
    .init(name: "commitment", value: "SEQ", text: .optionFieldCommitment),
    .init(name: "commitment_request", value: "ID", text: .optionFieldCommitmentRequest),
    .init(name: "reverses", value: "SEQ", text: .optionFieldReverses),
    .init(name: "reverses_request", value: "ID", text: .optionFieldReversesRequest),
    .init(name: "amount_approx", value: "MARK", text: .optionFieldAmountApprox),
    .init(name: "beneficiaries_approx", value: "MARK", text: .optionFieldBeneficiariesApprox),
    .init(name: "quantity_approx", value: "MARK", text: .optionFieldQuantityApprox),
    .init(name: "date_basis", value: "assumed", text: .optionFieldDateBasis),
    .init(name: "memo", value: "TEXT", text: .optionFieldMemo),
    .init(name: "request_id", value: "ID", text: .optionFieldRequestId),
    .init(name: "id", value: "ID", text: .optionFieldId),
    .init(name: "name", value: "NAME", text: .optionFieldName),
    .init(name: "parent", value: "ID", text: .optionFieldParent),
    .init(name: "key", value: "KEY", text: .optionFieldKey),
    .init(name: "role", value: "ROLE", text: .optionFieldRole),
  ]
}
