/// The money kinds and the commitments they pay against.
extension RowMapper {
  mutating func refund() -> Refund? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let business = text("counterparty", FieldRules.checkName)
    let code = parse("counterparty_id") { try UnifiedSocialCreditCode(validating: $0) }
    let period = parse("period") { try MonthPeriod(parsing: $0) }
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
      guard let category = SubsidyCategory(rawValue: text) else {
        let known = SubsidyCategory.allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldProblem(field: nil, reason: "'\(text)' is not one of: \(known)")
      }
      return category
    }
    let (counterparty, counterpartyID) = counterpartyFields()
    let headcount = fields["headcount"] == nil ? nil : count("headcount", minimum: 0)
    guard let union, let program, let amount, let category else { return nil }
    if fields["headcount"] != nil && headcount == nil { return nil }
    return Subsidy(
      union: union, program: program, amount: amount, category: category,
      counterparty: counterparty, counterpartyID: counterpartyID, headcount: headcount)
  }

  mutating func disbursement() -> Disbursement? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let category = parse("category") { (text: String) throws in
      guard let category = DisbursementCategory(rawValue: text) else {
        let known = DisbursementCategory.allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldProblem(field: nil, reason: "'\(text)' is not one of: \(known)")
      }
      return category
    }
    let headcount = count("headcount", minimum: 1)
    let (counterparty, counterpartyID) = counterpartyFields()
    guard let union, let program, let amount, let category, let headcount else { return nil }
    return Disbursement(
      union: union, program: program, amount: amount, category: category, headcount: headcount,
      counterparty: counterparty, counterpartyID: counterpartyID)
  }

  mutating func commitment() -> Commitment? {
    let union = identifier("union")
    let program = identifier("program")
    let amount = money("amount")
    let purpose = text("purpose", FieldRules.checkPurpose)
    let period = parse("period") { try MonthPeriod(parsing: $0) }
    guard let union, let program, let amount, let purpose else { return nil }
    if fields["period"] != nil && period == nil { return nil }
    return Commitment(
      union: union, program: program, amount: amount, purpose: purpose, period: period)
  }

  /// How a payment names the commitment it pays: `.none` when it names none, nil (with a
  /// problem) when the fields are wrong.
  mutating func commitmentLink() -> CommitmentLink? {
    switch (fields["commitment"], fields["commitment_request"]) {
    case (nil, nil):
      return CommitmentLink.none
    case (.some, .some):
      problems.append(
        FieldProblem(field: "commitment", reason: "and commitment_request cannot both be given"))
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

/// Which commitment an input row's payment names, if any.
enum CommitmentLink {
  case none
  case seq(Int64)
  case requestID(String)
}

extension Entry {
  /// The same entry with `action` in place of its own.
  func with(_ action: Action) -> Entry {
    Entry(date: date, action: action, memo: memo, requestID: requestID)
  }
}
