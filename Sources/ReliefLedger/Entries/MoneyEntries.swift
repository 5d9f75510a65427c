/// Where received money comes from, when the entry says so.
public enum ReceiptCategory: String, CaseIterable, Sendable {
  /// A donation (捐赠) received.
  case donation
  /// An appropriation: government or a higher union's funds.
  case appropriation
  case other
}

/// Money received into a union's program: a donation or an appropriation.
public struct Receipt: Equatable, Sendable {
  /// The id of the union receiving the money.
  public var union: String
  /// The id of the program the money is received into.
  public var program: String
  /// The amount received.
  public var amount: Money
  /// Where it comes from, if stated (format version 2).
  public var category: ReceiptCategory?
  /// The name of the giver, if recorded.
  public var counterparty: String?
  /// An identifier of the giver, if recorded.
  public var counterpartyID: String?

  /// Creates a receipt of `amount` into `union`'s account in `program`.
  public init(
    union: String, program: String, amount: Money, category: ReceiptCategory? = nil,
    counterparty: String? = nil, counterpartyID: String? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.category = category
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
  }
}

/// Money moved from one union to another within the same program.
public struct Allocation: Equatable, Sendable {
  /// The id of the union the money leaves.
  public var union: String
  /// The id of the union the money goes to.
  public var to: String
  /// The id of the program both accounts belong to.
  public var program: String
  /// The amount moved.
  public var amount: Money

  /// Creates an allocation of `amount` in `program` from `union` to `to`.
  public init(union: String, to: String, program: String, amount: Money) {
    self.union = union
    self.to = to
    self.program = program
    self.amount = amount
  }
}

/// Union dues refunded to a small or micro business for a period of months.
public struct Refund: Equatable, Sendable {
  /// The id of the union paying the refund.
  public var union: String
  /// The id of the program the refund is paid from.
  public var program: String
  /// The amount refunded; at most `duesPaid`.
  public var amount: Money
  /// The business's name (the journal's `counterparty`).
  public var business: String
  /// The business's unified social credit code (the journal's `counterparty_id`).
  public var code: UnifiedSocialCreditCode
  /// The months of dues the refund covers.
  public var period: MonthPeriod
  /// The dues the business paid for `period`.
  public var duesPaid: Money
  /// The seq of the commitment this refund pays against, if any.
  public var commitment: Int64?

  /// Creates a refund of `amount` to `business` for the dues it paid over `period`.
  public init(
    union: String, program: String, amount: Money, business: String,
    code: UnifiedSocialCreditCode, period: MonthPeriod, duesPaid: Money, commitment: Int64? = nil
  ) {
    self.union = union
    self.program = program
    self.amount = amount
    self.business = business
    self.code = code
    self.period = period
    self.duesPaid = duesPaid
    self.commitment = commitment
  }
}

/// What a subsidy pays for.
public enum SubsidyCategory: String, CaseIterable, Sendable {
  case interest, purchase, employment, other
}

/// A subsidy paid out of a union's program.
public struct Subsidy: Equatable, Sendable {
  /// The id of the union paying the subsidy.
  public var union: String
  /// The id of the program the subsidy is paid from.
  public var program: String
  /// The amount paid.
  public var amount: Money
  /// What the subsidy pays for.
  public var category: SubsidyCategory
  /// The name of the recipient, if recorded.
  public var counterparty: String?
  /// An identifier of the recipient, if recorded.
  public var counterpartyID: String?
  /// Who the subsidy reaches, if recorded.
  public var beneficiaries: Beneficiaries?
  /// The person paid, masked and committed to (version 2); never with a counterparty.
  public var payee: Payee?
  /// The seq of the commitment this subsidy pays against, if any.
  public var commitment: Int64?

  /// Creates a subsidy of `amount` out of `union`'s account in `program`.
  public init(
    union: String, program: String, amount: Money, category: SubsidyCategory,
    counterparty: String? = nil, counterpartyID: String? = nil,
    beneficiaries: Beneficiaries? = nil, payee: Payee? = nil, commitment: Int64? = nil
  ) {
    self.payee = payee
    self.union = union
    self.program = program
    self.amount = amount
    self.category = category
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
    self.beneficiaries = beneficiaries
    self.commitment = commitment
  }
}

/// What a disbursement pays for.
public enum DisbursementCategory: String, CaseIterable, Sendable {
  case consolation, supplies, insurance
  case legalAid = "legal-aid"
  /// A donation given (捐款) to another organisation or a cause.
  case donation
  case other
}

/// A payment to people: consolation money, supplies, insurance premiums, legal aid.
public struct Disbursement: Equatable, Sendable {
  /// The id of the union paying.
  public var union: String
  /// The id of the program the payment comes from.
  public var program: String
  /// The amount paid.
  public var amount: Money
  /// What the disbursement pays for.
  public var category: DisbursementCategory
  /// Who was paid, if recorded.
  public var beneficiaries: Beneficiaries?
  /// The name of the recipient, if recorded.
  public var counterparty: String?
  /// An identifier of the recipient, if recorded.
  public var counterpartyID: String?
  /// The person paid, masked and committed to (version 2); never with a counterparty.
  public var payee: Payee?
  /// The seq of the commitment this disbursement pays against, if any.
  public var commitment: Int64?

  /// Creates a disbursement of `amount` out of `union`'s account in `program`.
  public init(
    union: String, program: String, amount: Money, category: DisbursementCategory,
    beneficiaries: Beneficiaries? = nil, counterparty: String? = nil,
    counterpartyID: String? = nil, payee: Payee? = nil, commitment: Int64? = nil
  ) {
    self.payee = payee
    self.union = union
    self.program = program
    self.amount = amount
    self.category = category
    self.beneficiaries = beneficiaries
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
    self.commitment = commitment
  }
}

/// A red-ink correction: the exact negation of the entry at `reverses`, a copy of which it
/// carries so that the line alone says what it undoes.
public struct Reversal: Equatable, Sendable {
  /// The seq of the entry this reversal negates.
  public var reverses: Int64
  /// A copy of the entry at `reverses`.
  public var original: Entry

  /// Creates a reversal of `original`, the entry at seq `reverses`.
  public init(reverses: Int64, original: Entry) {
    self.reverses = reverses
    self.original = original
  }
}
