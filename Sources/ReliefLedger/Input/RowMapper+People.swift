import ReliefText

/// Payments to people and the screen that keeps people's identifiers out of public fields.
extension RowMapper {
  /// Input fields that never reach the journal (they go to the roster), or that hold only a
  /// fixed format (amounts, dates, seqs, keys, list values), where the screen does not look.
  static let unscreenedFields: Set<String> = [
    "kind", "date", "amount", "dues_paid", "headcount", "beneficiaries", "beneficiary_unit",
    "category", "period", "reverses", "commitment", "key", "role",
    "person_name", "person_id", "bank_card", "quantity", "unit", "value",
    "amount_approx", "beneficiaries_approx", "quantity_approx", "date_basis",
  ]

  /// The fields the screen looks at, in the order of `EntryFields.all`; worked out once,
  /// since every row is screened.
  static let screenedFields = EntryFields.all.filter { !unscreenedFields.contains($0) }

  /// The screened fields as a set.
  private static let screenedFieldSet = Set(screenedFields)

  /// Whether the screen refuses `field`: a screened field holding an identifier, other than
  /// a valid credit code in `counterparty_id`.
  private static func isRefused(_ field: (key: String, value: String)) -> Bool {
    guard IdentifierScreen.mayHoldIdentifier(field.value), screenedFieldSet.contains(field.key),
      IdentifierScreen.find(in: field.value) != nil
    else { return false }
    return field.key != "counterparty_id"
      || (try? UnifiedSocialCreditCode(validating: field.value)) == nil
  }

  /// `person_name`, `person_id` and `bank_card`, as bits.
  static let payeeBits = EntryFields.bits(of: ["person_name", "person_id", "bank_card"])

  /// The reason given for an identifier found in a public field.
  static func identifierReason(_ finding: IdentifierScreen.Finding) -> String {
    Text.current(.peopleIdentifierInPublicField, ["masked": finding.masked])
  }

  /// Refuses every public field that holds what looks like a person's identifier, except a
  /// valid credit code in `counterparty_id` (a business's, public registry data).
  mutating func screenPublicFields() {
    // Most rows hold no identifier anywhere: one pass over the row's own fields, in no
    // particular order, settles that; only a row with a finding is screened in field order.
    guard fields.contains(where: Self.isRefused) else { return }
    problems += Self.screenInFieldOrder(fields)
  }

  /// The problems `screenPublicFields()` records for `fields`, one screened field after
  /// another in the order of `EntryFields.all`.
  static func screenInFieldOrder(_ fields: [String: String]) -> [FieldProblem] {
    var problems: [FieldProblem] = []
    for name in screenedFields {
      guard let value = fields[name], let finding = IdentifierScreen.find(in: value) else {
        continue
      }
      if name == "counterparty_id" && (try? UnifiedSocialCreditCode(validating: value)) != nil {
        continue
      }
      problems.append(FieldProblem(field: name, reason: identifierReason(finding)))
    }
    return problems
  }

  /// Whether `screenPublicFields()` records a problem for `fields` (tests compare it with
  /// `screenInFieldOrder(_:)`).
  static func screenRefuses(_ fields: [String: String]) -> Bool {
    fields.contains(where: isRefused)
  }

  /// A subsidy's or disbursement's payee from `person_name`, `person_id` and `bank_card`.
  ///
  /// `.some(nil)` when the row pays no person, nil (with a problem) when the fields are wrong. The
  /// identity and its salt are kept in `personPayment`, for the roster.
  mutating func payeeFields() -> Payee?? {
    guard mayHave(Self.payeeBits) else { return .some(nil) }
    let given = ["person_name", "person_id", "bank_card"].filter { fields[$0] != nil }
    guard !given.isEmpty else { return .some(nil) }
    for name in ["person_name", "person_id"] where fields[name] == nil {
      problems.append(FieldProblem(field: name, reason: Text.current(.peopleRequiredToPay)))
    }
    for name in ["counterparty", "counterparty_id"] where fields[name] != nil {
      problems.append(
        FieldProblem(
          field: name,
          reason: Text.current(.peopleNotForPersonPayment)))
    }
    let name = text("person_name", FieldRules.checkName)
    let idNumber = personField("person_id", PersonIdentity.idNumber)
    let card = personField("bank_card", PersonIdentity.bankCard)
    guard let name, let idNumber, fields["bank_card"] == nil || card != nil,
      fields["counterparty"] == nil, fields["counterparty_id"] == nil
    else { return nil }
    let salt: [UInt8]
    do {
      salt = try PayeeCommitment.freshSalt()
    } catch {
      problems.append(
        FieldProblem(field: "person_id", reason: Text.current(.peopleNoSalt, ["error": "\(error)"]))
      )
      return nil
    }
    let person = PersonIdentity(name: name, idNumber: idNumber, bankCard: card)
    personPayment = PersonPayment(salt: salt, person: person)
    return .some(
      Payee(
        display: PersonName.masked(name),
        commitment: PayeeCommitment.hex(salt: salt, name: name, idNumber: idNumber)))
  }

  private mutating func personField(
    _ name: String, _ parse: (String) -> Result<String, FieldProblem>
  ) -> String? {
    guard let value = fields[name] else { return nil }
    switch parse(value) {
    case .success(let canonical): return canonical
    case .failure(let problem):
      problems.append(FieldProblem(field: name, reason: problem.reason))
      return nil
    }
  }
}

/// Who a row's payment pays and the salt of its commitment: the roster's record once the
/// payment has a seq.
public struct PersonPayment: Equatable, Sendable {
  /// The commitment's random bytes.
  public let salt: [UInt8]
  /// Who is paid.
  public let person: PersonIdentity

  /// The roster record of this payment at `seq`.
  public func record(seq: Int64) -> RosterRecord {
    RosterRecord(seq: seq, salt: salt, person: person)
  }
}
