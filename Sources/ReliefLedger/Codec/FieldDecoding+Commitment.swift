import ReliefLog
import ReliefText

/// Members of version 2 of the format (docs/FORMAT.md): commitments, the payments that
/// name them, beneficiaries with units and receipt categories.
extension FieldDecoding {
  static func commitment(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Commitment {
    let account = try self.account(&cursor, withTo: false)
    let purpose = try cursor.string("purpose")
    try check("purpose", FieldRules.checkPurpose(purpose))
    let period = try cursor.optionalString("period").map { (text) throws(EntryDecodeError) in
      try monthPeriod("period", text)
    }
    return Commitment(
      union: account.union, program: account.program, amount: account.amount,
      purpose: purpose, period: period,
      beneficiaries: try beneficiaries(&cursor, headcountMinimum: nil))
  }

  /// Version 1's `headcount` (from `headcountMinimum`; nil: not accepted), or version 2's
  /// `beneficiaries` with its `beneficiary_unit`, or neither.
  static func beneficiaries(
    _ cursor: inout MemberCursor, headcountMinimum: Int64?
  ) throws(EntryDecodeError) -> Beneficiaries? {
    if let minimum = headcountMinimum, let count = try cursor.optionalInteger("headcount") {
      try check("headcount", FieldRules.checkHeadcount(count, minimum: minimum))
      return .headcount(count)
    }
    guard let count = try cursor.optionalInteger("beneficiaries") else { return nil }
    try check("beneficiaries", FieldRules.checkHeadcount(count, minimum: 1))
    let unitText = try cursor.string("beneficiary_unit")
    guard let unit = BeneficiaryUnit(rawValue: unitText) else {
      throw EntryDecodeError(
        member: "beneficiary_unit",
        reason: Text.current(.notOneOf, ["value": unitText, "known": BeneficiaryUnit.listed]))
    }
    return Beneficiaries(count: count, unit: unit)
  }

  /// A receipt's optional `category`.
  static func receiptCategory(
    _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> ReceiptCategory? {
    guard let text = try cursor.optionalString("category") else { return nil }
    guard let category = ReceiptCategory(rawValue: text) else {
      throw EntryDecodeError(
        member: "category", reason: Text.current(.decodeNotReceiptCategory, ["value": text]))
    }
    return category
  }

  /// The optional `commitment` member of a payment: the seq of the commitment it pays.
  static func commitmentLink(_ cursor: inout MemberCursor) throws(EntryDecodeError) -> Int64? {
    let seq = try cursor.optionalInteger("commitment")
    if let seq, seq < 0 {
      throw EntryDecodeError(member: "commitment", reason: Text.current(.decodeMustBeSeq))
    }
    return seq
  }

  /// A period as refunds write it: `YYYY-MM` or `YYYY-MM..YYYY-MM`, canonical.
  static func monthPeriod(
    _ member: String, _ text: String
  ) throws(EntryDecodeError) -> MonthPeriod {
    let period: MonthPeriod
    do {
      period = try MonthPeriod(parsing: text)
    } catch {
      throw EntryDecodeError(member: member, reason: error.description)
    }
    guard period.description == text else {
      throw EntryDecodeError(
        member: member, reason: Text.current(.decodePeriodNotCanonical, ["period": "\(period)"]))
    }
    return period
  }
}
