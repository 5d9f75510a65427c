import ReliefText

/// The money kinds and the commitments they pay against.
extension RowMapper {
  mutating func refund() -> Refund? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let business = text("counterparty", FieldRules.checkName)
    let code = parse("counterparty_id") { try UnifiedSocialCreditCode(validating: $0) }
    let period = parse("period") { try MonthPeriod(parsing: InputForms.period($0)) }
    let dues = money("dues_paid")
    guard let union, let program, let amount, let business, let code, let period, let dues
    else { return nil }
    return Refund(
      union: union, program: program, amount: amount, business: business, code: code,
      period: period, duesPaid: dues)
  }

  mutating func subsidy() -> Subsidy? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let category = parse("category") { (text: String) throws in
      guard let category = SubsidyCategory(inputName: text) else {
        throw FieldProblem(
          field: nil,
          reason: Text.current(.notOneOf, ["value": text, "known": SubsidyCategory.inputNames]))
      }
      return category
    }
    let (counterparty, counterpartyID) = counterpartyFields()
    let reached = beneficiaryFields(headcountMinimum: 0)
    let payee = payeeFields()
    guard let union, let program, let amount, let category, let reached, let payee else {
      return nil
    }
    return Subsidy(
      union: union, program: program, amount: amount, category: category,
      counterparty: counterparty, counterpartyID: counterpartyID, beneficiaries: reached,
      payee: payee)
  }

  mutating func disbursement() -> Disbursement? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let category = parse("category") { (text: String) throws in
      guard let category = DisbursementCategory(inputName: text) else {
        throw FieldProblem(
          field: nil,
          reason: Text.current(
            .notOneOf, ["value": text, "known": DisbursementCategory.inputNames]))
      }
      return category
    }
    let reached = beneficiaryFields(headcountMinimum: 1)
    let (counterparty, counterpartyID) = counterpartyFields()
    let payee = payeeFields()
    guard let union, let program, let amount, let category, let reached, let payee else {
      return nil
    }
    return Disbursement(
      union: union, program: program, amount: amount, category: category,
      beneficiaries: reached, counterparty: counterparty, counterpartyID: counterpartyID,
      payee: payee)
  }

  mutating func receipt() -> Receipt? {
    let category = parse("category") { (text: String) throws in
      guard let category = ReceiptCategory(inputName: text) else {
        throw FieldProblem(
          field: nil,
          reason: Text.current(.notOneOf, ["value": text, "known": ReceiptCategory.inputNames]))
      }
      return category
    }
    let (counterparty, counterpartyID) = counterpartyFields()
    guard let union = identifier("union"), let program = identifier("program"),
      let amount = money("amount")
    else { return nil }
    if fields["category"] != nil && category == nil { return nil }
    return Receipt(
      union: union, program: program, amount: amount, category: category,
      counterparty: counterparty, counterpartyID: counterpartyID)
  }

  mutating func commitment() -> Commitment? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let purpose = text("purpose", FieldRules.checkPurpose)
    let period = parse("period") { try MonthPeriod(parsing: InputForms.period($0)) }
    let target = beneficiaryFields(headcountMinimum: nil)
    guard let union, let program, let amount, let purpose, let target else { return nil }
    if fields["period"] != nil && period == nil { return nil }
    return Commitment(
      union: union, program: program, amount: amount, purpose: purpose, period: period,
      beneficiaries: target)
  }

  /// Who a row says was reached.
  ///
  /// `beneficiaries` with `beneficiary_unit`, or an old sheet's `headcount` read as that
  /// many people (人; a subsidy's 0 as no count), or neither (`.some(nil)`); nil, with a
  /// problem, when they are wrong. `headcountMinimum` nil: `headcount` is not accepted.
  mutating func beneficiaryFields(headcountMinimum: Int64?) -> Beneficiaries?? {
    let (countText, unitText) = (fields["beneficiaries"], fields["beneficiary_unit"])
    if let minimum = headcountMinimum, fields["headcount"] != nil {
      guard countText == nil, unitText == nil else {
        let given = countText != nil ? "beneficiaries" : "beneficiary_unit"
        problems.append(
          FieldProblem(
            field: "headcount",
            reason: Text.current(.rowHeadcountAndBeneficiaries, ["given": given])))
        return nil
      }
      guard let count = count("headcount", minimum: minimum) else { return nil }
      return .some(count == 0 ? nil : Beneficiaries(count: count, unit: .person))
    }
    switch (countText, unitText) {
    case (nil, nil):
      return .some(nil)
    case (.some, nil):
      problems.append(
        FieldProblem(field: "beneficiary_unit", reason: Text.current(.rowUnitNeedsBeneficiaries)))
      return nil
    case (nil, .some):
      problems.append(
        FieldProblem(field: "beneficiaries", reason: Text.current(.rowBeneficiariesNeedUnit)))
      return nil
    case (.some, .some(let unitText)):
      let count = count("beneficiaries", minimum: 1)
      guard let unit = BeneficiaryUnit(rawValue: unitText) else {
        problems.append(
          FieldProblem(
            field: "beneficiary_unit",
            reason: Text.current(.notOneOf, ["value": unitText, "known": BeneficiaryUnit.listed])))
        return nil
      }
      return count.map { .some(Beneficiaries(count: $0, unit: unit)) }
    }
  }

  /// How a payment names the commitment it pays: `.none` when it names none, nil (with a
  /// problem) when the fields are wrong.
  mutating func commitmentLink() -> CommitmentLink? {
    guard mayHave(Self.linkBits) else { return CommitmentLink.none }
    switch (fields["commitment"], fields["commitment_request"]) {
    case (nil, nil):
      return CommitmentLink.none
    case (.some, .some):
      problems.append(
        FieldProblem(field: "commitment", reason: Text.current(.rowCommitmentBoth)))
      return nil
    case (.some, nil):
      return count("commitment", minimum: 0).map { .seq($0) }
    case (nil, .some):
      return text("commitment_request") {
        FieldRules.checkToken($0, sizeBytesMax: FieldRules.requestIDSizeBytesMax)
      }.map { .requestID($0) }
    }
  }
}

extension RowMapper {
  /// `commitment` and `commitment_request`, as bits.
  static let linkBits = EntryFields.bits(of: ["commitment", "commitment_request"])
}

/// Which commitment an input row's payment names, if any.
enum CommitmentLink {
  case none
  case seq(Int64)
  case requestID(String)
}

extension Entry {
  /// The same entry with `action` in place of its own.
  func with(_ action: Action) -> Entry {
    Entry(date: date, action: action, memo: memo, requestID: requestID, marks: marks)
  }
}
