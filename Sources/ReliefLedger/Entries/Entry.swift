/// One ledger entry as the accountant states it: a business date, what happened, an
/// optional memo and an optional request id that makes re-imports idempotent.
public struct Entry: Equatable, Sendable {
  /// The business date: when it happened, not when it was appended.
  public var date: BusinessDate
  /// What happened.
  public var action: Action
  /// A free-text note, if any.
  public var memo: String?
  /// The id that makes re-imports idempotent: no two entries of a ledger share one.
  public var requestID: String?
  /// Which of its figures the entry states approximately, and whether its date is assumed.
  public var marks: EntryMarks

  /// Creates an entry for `action` on `date`.
  public init(
    date: BusinessDate, action: Action, memo: String? = nil, requestID: String? = nil,
    marks: EntryMarks = EntryMarks()
  ) {
    self.date = date
    self.action = action
    self.memo = memo
    self.requestID = requestID
    self.marks = marks
  }

  /// The kind of the entry's line, given by its action.
  public var kind: EntryKind { action.kind }
}

/// What an entry does.
///
/// Every `switch` over it is exhaustive, so a new kind cannot be forgotten by the codec, the
/// rules or the reports.
public enum Action: Equatable, Sendable {
  case genesis(Genesis)
  case union(UnionRegistration)
  case program(ProgramRegistration)
  case receipt(Receipt)
  case allocation(Allocation)
  case refund(Refund)
  case subsidy(Subsidy)
  case disbursement(Disbursement)
  /// A decision or pledge to pay; moves no money.
  case commitment(Commitment)
  indirect case reversal(Reversal)
  /// A key joins the ledger with a role.
  case key(KeyRegistration)
  /// A registered key stops being valid.
  case keyRevocation(KeyRevocation)
  /// The books are closed up to a month.
  case close(PeriodClose)
  /// Batches above an amount in a union's subtree need a reviewer.
  case reviewThreshold(ReviewThreshold)
  /// Goods received into a union's stock; moves no money.
  case goodsReceipt(GoodsReceipt)
  /// Goods handed out of a union's stock; moves no money.
  case goodsDistribution(GoodsDistribution)
  /// Goods moved from one union's stock to another's; moves no money.
  case goodsAllocation(GoodsAllocation)

  /// The kind of entry line that records this action.
  public var kind: EntryKind {
    switch self {
    case .genesis: return .genesis
    case .union: return .union
    case .program: return .program
    case .receipt: return .receipt
    case .allocation: return .allocation
    case .refund: return .refund
    case .subsidy: return .subsidy
    case .disbursement: return .disbursement
    case .commitment: return .commitment
    case .reversal: return .reversal
    case .key: return .key
    case .keyRevocation: return .keyRevoke
    case .close: return .close
    case .reviewThreshold: return .reviewThreshold
    case .goodsReceipt: return .goodsReceipt
    case .goodsDistribution: return .goodsDistribution
    case .goodsAllocation: return .goodsAllocation
    }
  }

  /// The union on whose behalf the entry is made, if any: the paying union for outflows,
  /// the receiving union for receipts, the parent for a union registration.
  public var actingUnion: String? {
    switch self {
    case .genesis, .program, .key, .keyRevocation, .close: return nil
    case .reviewThreshold(let threshold): return threshold.union
    case .union(let registration): return registration.parent
    case .receipt(let receipt): return receipt.union
    case .allocation(let allocation): return allocation.union
    case .refund(let refund): return refund.union
    case .subsidy(let subsidy): return subsidy.union
    case .disbursement(let disbursement): return disbursement.union
    case .commitment(let commitment): return commitment.union
    case .goodsReceipt(let receipt): return receipt.union
    case .goodsDistribution(let distribution): return distribution.union
    case .goodsAllocation(let allocation): return allocation.union
    case .reversal(let reversal): return reversal.original.action.actingUnion
    }
  }

  /// The money the entry moves, positive (a reversal moves its original's amount); zero for
  /// entries that move none.
  public var movedAmount: Money {
    switch self {
    // A commitment decides, it moves no money, and goods are not money (their valuation is
    // informational): neither counts towards a review threshold.
    case .genesis, .union, .program, .commitment, .key, .keyRevocation, .close, .reviewThreshold,
      .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return Money(fen: 0)
    case .receipt(let receipt): return receipt.amount
    case .allocation(let allocation): return allocation.amount
    case .refund(let refund): return refund.amount
    case .subsidy(let subsidy): return subsidy.amount
    case .disbursement(let disbursement): return disbursement.amount
    case .reversal(let reversal): return reversal.original.action.movedAmount
    }
  }
}

/// The kinds of entry line, by the name they carry in the journal's `kind` member.
public enum EntryKind: String, CaseIterable, Sendable {
  case genesis, union, program, receipt, allocation, refund, subsidy, disbursement, reversal
  case commitment
  case key
  case keyRevoke = "key.revoke"
  case close
  // Kinds in the journal are lowercase letters and dots; input also takes the spelling
  // with a hyphen (`EntryKind(inputName:)`).
  case reviewThreshold = "review.threshold"
  case goodsReceipt = "goods.receipt"
  case goodsDistribution = "goods.distribution"
  case goodsAllocation = "goods.allocation"

  /// Kinds an accountant may append (genesis is written by `init` only).
  public static let appendable: [EntryKind] = allCases.filter { $0 != .genesis }

  /// The kinds input also names with a hyphen for the dot (`review-threshold`,
  /// `goods-receipt`, `goods-distribution`, `goods-allocation`).
  static let hyphenated: [EntryKind] = [
    .reviewThreshold, .goodsReceipt, .goodsDistribution, .goodsAllocation,
  ]

  /// The kind an input row or `relief append` names: its journal name, for the kinds in
  /// `hyphenated` also the spelling with a hyphen for the dot, or a Chinese name
  /// (`ChineseValues.kinds`).
  public init?(inputName: String) {
    guard let kind = Self.byInputName[inputName] else { return nil }
    self = kind
  }

  /// Every name `init(inputName:)` takes, worked out once: it runs for every input row.
  ///
  /// The first spelling to claim a name keeps it, in the order the lookup used to try them:
  /// the hyphenated spellings, the journal names, then the Chinese names in table order.
  static let byInputName: [String: EntryKind] = {
    var names: [String: EntryKind] = [:]
    let spellings =
      hyphenated.map { ($0.inputSpelling, $0) } + allCases.map { ($0.rawValue, $0) }
      + ChineseValues.kinds.flatMap { entry in entry.names.map { ($0, entry.kind) } }
    for (name, kind) in spellings where names[name] == nil {
      names[name] = kind
    }
    return names
  }()

  /// `kinds` as messages list them: each journal name with its Chinese name, such as
  /// `refund (返还经费), subsidy (补贴), …`.
  public static func listed(_ kinds: [EntryKind]) -> String {
    kinds.map { kind in
      ChineseValues.displayName(of: kind).map { "\(kind.rawValue) (\($0))" } ?? kind.rawValue
    }.joined(separator: ", ")
  }

  /// The name with a hyphen for the dot, for the kinds in `hyphenated`.
  var inputSpelling: String {
    String(rawValue.unicodeScalars.map { $0 == "." ? "-" : Character($0) })
  }
}
