import ReliefText

/// How a report qualifies a number: the words that make a figure approximate.
///
/// The one list: input, the codec, the log and the site all take it from here.
public enum Approximation: String, CaseIterable, Sendable {
  /// 余: "and more", over the number given (2000余人).
  case over = "余"
  /// 多: "and more", like 余 (4万多元).
  case more = "多"
  /// 约: about the number given (约300万元).
  case about = "约"
  /// 近: nearly, a little under the number given (近百万元).
  case nearly = "近"

  /// The marks, as a list for messages.
  public static var listed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// What an entry says is not exact: an approximate amount, count or quantity, and a date
/// assumed rather than reported (format version 2).
///
/// The public sees these marks beside the figures (the log, the site); they change no sum.
public struct EntryMarks: Equatable, Sendable {
  /// The amount (or a goods valuation) is approximate: `amount_approx`.
  public var amount: Approximation?
  /// The beneficiaries' count is approximate: `beneficiaries_approx`.
  public var beneficiaries: Approximation?
  /// The goods quantity is approximate: `quantity_approx`.
  public var quantity: Approximation?
  /// The business date is assumed, not given by the source: `date_basis` `assumed`.
  public var dateAssumed: Bool

  /// The value `date_basis` takes when the date is assumed.
  public static let assumedDateBasis = "assumed"

  /// Marks on the parts named; none by default.
  public init(
    amount: Approximation? = nil, beneficiaries: Approximation? = nil,
    quantity: Approximation? = nil, dateAssumed: Bool = false
  ) {
    self.amount = amount
    self.beneficiaries = beneficiaries
    self.quantity = quantity
    self.dateAssumed = dateAssumed
  }

  /// True when nothing is marked.
  public var isEmpty: Bool {
    amount == nil && beneficiaries == nil && quantity == nil && !dateAssumed
  }

  /// Why these marks cannot stand on `action`, as (member, reason), or nil when they can:
  /// each mark needs the figure it qualifies, and only money, commitments and goods carry
  /// marks (a reversal's original keeps its own).
  public func problem(for action: Action) -> (String, String)? {
    guard !isEmpty else { return nil }
    let figures = Self.figures(of: action)
    guard figures.marked else {
      return (firstMember, Text.current(.fieldNotForKind, ["kind": action.kind.shownName]))
    }
    if amount != nil && !figures.amount {
      return ("amount_approx", Text.current(.marksNeedAmount))
    }
    if beneficiaries != nil && !figures.beneficiaries {
      return ("beneficiaries_approx", Text.current(.marksNeedBeneficiaries))
    }
    if quantity != nil && !figures.quantity {
      return ("quantity_approx", Text.current(.marksGoodsOnly))
    }
    return nil
  }

  private var firstMember: String {
    if amount != nil { return "amount_approx" }
    if beneficiaries != nil { return "beneficiaries_approx" }
    if quantity != nil { return "quantity_approx" }
    return "date_basis"
  }

  /// Which figures `action` states, and whether it may carry marks at all.
  private static func figures(
    of action: Action
  ) -> (marked: Bool, amount: Bool, beneficiaries: Bool, quantity: Bool) {
    switch action {
    case .genesis, .union, .program, .reversal, .key, .keyRevocation, .close, .reviewThreshold:
      return (false, false, false, false)
    case .receipt, .allocation, .refund:
      return (true, true, false, false)
    case .subsidy(let subsidy):
      return (true, true, subsidy.beneficiaries != nil, false)
    case .disbursement(let disbursement):
      return (true, true, disbursement.beneficiaries != nil, false)
    case .commitment(let commitment):
      return (true, true, commitment.beneficiaries != nil, false)
    case .goodsReceipt(let receipt):
      return (true, receipt.goods.value != nil, false, true)
    case .goodsDistribution(let distribution):
      return (true, distribution.goods.value != nil, distribution.beneficiaries != nil, true)
    case .goodsAllocation(let allocation):
      return (true, allocation.goods.value != nil, false, true)
    }
  }
}
