import ReliefLog
import ReliefText

/// Member decoders shared by the entry kinds.
enum FieldDecoding {
  struct Account {
    var union: String
    var to: String?
    var program: String
    var amount: Money
  }

  static func check(_ member: String, _ problem: String?) throws(EntryDecodeError) {
    if let problem { throw EntryDecodeError(member: member, reason: problem) }
  }

  static func identifier(_ member: String, _ text: String) throws(EntryDecodeError) -> String {
    try check(member, FieldRules.checkIdentifier(text))
    return text
  }

  static func name(_ member: String, _ text: String) throws(EntryDecodeError) -> String {
    try check(member, FieldRules.checkName(text))
    return text
  }

  static func genesis(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Genesis {
    let format = try cursor.integer("format")
    guard format == Genesis.currentFormat else {
      throw EntryDecodeError(
        member: "format", reason: Text.current(.decodeFormat, ["format": "\(format)"]))
    }
    let origin = try cursor.string("origin")
    try check("origin", FieldRules.checkOrigin(origin))
    let adminKey = try verifierKey("admin_key", try cursor.string("admin_key"))
    return Genesis(format: format, origin: origin, adminKey: adminKey)
  }

  static func keyRegistration(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> KeyRegistration {
    let key = try verifierKey("key", try cursor.string("key"))
    let roleText = try cursor.string("role")
    guard let role = KeyRole(rawValue: roleText) else {
      throw EntryDecodeError(
        member: "role", reason: Text.current(.decodeNotKeyRole, ["value": roleText]))
    }
    let union = try cursor.optionalString("union").map { (text) throws(EntryDecodeError) in
      try identifier("union", text)
    }
    return KeyRegistration(key: key, role: role, union: union)
  }

  static func verifierKey(_ member: String, _ text: String) throws(EntryDecodeError) -> String {
    try check(member, FieldRules.checkVerifierKey(text))
    return text
  }

  static func date(_ text: String) throws(EntryDecodeError) -> BusinessDate {
    do {
      return try BusinessDate(parsing: text)
    } catch {
      throw EntryDecodeError(member: "date", reason: error.description)
    }
  }

  /// A month written `YYYY-MM` (the only spelling `YearMonth` reads, so it is canonical).
  static func month(
    _ member: String, _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> YearMonth {
    let text = try cursor.string(member)
    do {
      return try YearMonth(parsing: text)
    } catch {
      throw EntryDecodeError(member: member, reason: error.description)
    }
  }

  static func positiveMoney(_ member: String, _ fen: Int64) throws(EntryDecodeError) -> Money {
    guard fen > 0 else {
      throw EntryDecodeError(member: member, reason: Text.current(.decodePositiveFen))
    }
    return Money(fen: fen)
  }

  static func account(
    _ cursor: inout MemberCursor, withTo: Bool
  ) throws(EntryDecodeError) -> Account {
    let union = try identifier("union", try cursor.string("union"))
    let to = withTo ? try identifier("to", try cursor.string("to")) : nil
    let program = try identifier("program", try cursor.string("program"))
    let amount = try positiveMoney("amount_fen", try cursor.integer("amount_fen"))
    return Account(union: union, to: to, program: program, amount: amount)
  }

  static func counterparty(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> (String?, String?) {
    let name = try cursor.optionalString("counterparty")
    if let name { try check("counterparty", FieldRules.checkName(name)) }
    let id = try cursor.optionalString("counterparty_id")
    if let id {
      try check(
        "counterparty_id",
        FieldRules.checkToken(id, sizeBytesMax: FieldRules.counterpartyIDSizeBytesMax))
    }
    return (name, id)
  }

  static func refund(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Refund {
    let account = try self.account(&cursor, withTo: false)
    let business = try name("counterparty", try cursor.string("counterparty"))
    let codeText = try cursor.string("counterparty_id")
    let code: UnifiedSocialCreditCode
    do {
      code = try UnifiedSocialCreditCode(validating: codeText)
    } catch {
      throw EntryDecodeError(member: "counterparty_id", reason: error.description)
    }
    let period = try monthPeriod("period", try cursor.string("period"))
    let dues = try positiveMoney("dues_paid_fen", try cursor.integer("dues_paid_fen"))
    return Refund(
      union: account.union, program: account.program, amount: account.amount,
      business: business, code: code, period: period, duesPaid: dues,
      commitment: try commitmentLink(&cursor))
  }

  static func subsidy(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Subsidy {
    let account = try self.account(&cursor, withTo: false)
    let categoryText = try cursor.string("category")
    guard let category = SubsidyCategory(rawValue: categoryText) else {
      throw EntryDecodeError(
        member: "category", reason: Text.current(.decodeNotSubsidyCategory, ["value": categoryText])
      )
    }
    let (counterparty, counterpartyID) = try self.counterparty(&cursor)
    let beneficiaries = try self.beneficiaries(&cursor, headcountMinimum: 0)
    let payee = try self.payee(&cursor)
    if payee != nil && (counterparty != nil || counterpartyID != nil) {
      throw EntryDecodeError(member: "payee", reason: Text.current(.decodePayeeOrCounterparty))
    }
    return Subsidy(
      union: account.union, program: account.program, amount: account.amount,
      category: category, counterparty: counterparty, counterpartyID: counterpartyID,
      beneficiaries: beneficiaries, payee: payee, commitment: try commitmentLink(&cursor))
  }

  static func disbursement(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Disbursement {
    let account = try self.account(&cursor, withTo: false)
    let categoryText = try cursor.string("category")
    guard let category = DisbursementCategory(rawValue: categoryText) else {
      throw EntryDecodeError(
        member: "category",
        reason: Text.current(.decodeNotDisbursementCategory, ["value": categoryText]))
    }
    let beneficiaries = try self.beneficiaries(&cursor, headcountMinimum: 1)
    let (counterparty, counterpartyID) = try self.counterparty(&cursor)
    let payee = try self.payee(&cursor)
    if payee != nil && (counterparty != nil || counterpartyID != nil) {
      throw EntryDecodeError(member: "payee", reason: Text.current(.decodePayeeOrCounterparty))
    }
    return Disbursement(
      union: account.union, program: account.program, amount: account.amount,
      category: category, beneficiaries: beneficiaries, counterparty: counterparty,
      counterpartyID: counterpartyID, payee: payee, commitment: try commitmentLink(&cursor))
  }

  /// The optional `payee` with its `payee_commitment` (version 2).
  static func payee(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Payee? {
    guard let display = try cursor.optionalString("payee") else { return nil }
    let commitment = try cursor.string("payee_commitment")
    if let (member, reason) = Payee.problem(display: display, commitment: commitment) {
      throw EntryDecodeError(member: member, reason: reason)
    }
    return Payee(display: display, commitment: commitment)
  }

  /// The optional marks (version 2), in order: `amount_approx`, `beneficiaries_approx`,
  /// `quantity_approx`, `date_basis`.
  static func marks(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> EntryMarks {
    func approximation(_ member: String) throws(EntryDecodeError) -> Approximation? {
      guard let text = try cursor.optionalString(member) else { return nil }
      guard let mark = Approximation(rawValue: text) else {
        throw EntryDecodeError(
          member: member,
          reason: Text.current(.notOneOf, ["value": text, "known": Approximation.listed]))
      }
      return mark
    }
    let amount = try approximation("amount_approx")
    let beneficiaries = try approximation("beneficiaries_approx")
    let quantity = try approximation("quantity_approx")
    let basis = try cursor.optionalString("date_basis")
    if let basis, basis != EntryMarks.assumedDateBasis {
      throw EntryDecodeError(
        member: "date_basis",
        reason: Text.current(
          .decodeNotAssumed, ["value": basis, "expected": EntryMarks.assumedDateBasis]))
    }
    return EntryMarks(
      amount: amount, beneficiaries: beneficiaries, quantity: quantity,
      dateAssumed: basis != nil)
  }
}
