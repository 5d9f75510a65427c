/// Money received into a union's program: a donation or an appropriation.
public struct Receipt: Equatable, Sendable {
  public var union: String
  public var program: String
  public var amount: Money
  public var counterparty: String?
  public var counterpartyID: String?

  public init(
    union: String, program: String, amount: Money, counterparty: String? = nil,
    counterpartyID: String? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
  }
}

/// Money moved from one union to another within the same program.
public struct Allocation: Equatable, Sendable {
  public var union: String
  public var to: String
  public var program: String
  public var amount: Money

  public init(union: String, to: String, program: String, amount: Money) {
    self.union = union
    self.to = to
    self.program = program
    self.amount = amount
  }
}

/// Union dues refunded to a small or micro business for a period of months.
public struct Refund: Equatable, Sendable {
  public var union: String
  public var program: String
  public var amount: Money
  public var business: String
  public var code: UnifiedSocialCreditCode
  public var period: MonthPeriod
  public var duesPaid: Money

  public init(
    union: String, program: String, amount: Money, business: String,
    code: UnifiedSocialCreditCode, period: MonthPeriod, duesPaid: Money
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.business = business
    self.code = code
    self.period = period
    self.duesPaid = duesPaid
  }
}

/// What a subsidy pays for.
public enum SubsidyCategory: String, CaseIterable, Sendable {
  case interest, purchase, employment, other
}

/// A subsidy paid out of a union's program.
public struct Subsidy: Equatable, Sendable {
  public var union: String
  public var program: String
  public var amount: Money
  public var category: SubsidyCategory
  public var counterparty: String?
  public var counterpartyID: String?
  public var headcount: Int64?

  public init(
    union: String, program: String, amount: Money, category: SubsidyCategory,
    counterparty: String? = nil, counterpartyID: String? = nil, headcount: Int64? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.category = category
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
    self.headcount = headcount
  }
}

/// What a disbursement pays for.
public enum DisbursementCategory: String, CaseIterable, Sendable {
  case consolation, supplies, insurance
  case legalAid = "legal-aid"
  case other
}

/// A payment to people: consolation money, supplies, insurance premiums, legal aid.
public struct Disbursement: Equatable, Sendable {
  public var union: String
  public var program: String
  public var amount: Money
  public var category: DisbursementCategory
  public var headcount: Int64
  public var counterparty: String?
  public var counterpartyID: String?

  public init(
    union: String, program: String, amount: Money, category: DisbursementCategory,
    headcount: Int64, counterparty: String? = nil, counterpartyID: String? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.category = category
    self.headcount = headcount
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
  }
}

/// A red-ink correction: the exact negation of the entry at `reverses`, a copy of which it
/// carries so that the line alone says what it undoes.
public struct Reversal: Equatable, Sendable {
  public var reverses: Int64
  public var original: Entry

  public init(reverses: Int64, original: Entry) {
    self.reverses = reverses
    self.original = original
  }
}
