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

  /// Creates an entry for `action` on `date`.
  public init(date: BusinessDate, action: Action, memo: String? = nil, requestID: String? = nil) {
    self.date = date
    self.action = action
    self.memo = memo
    self.requestID = requestID
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
    case .reversal(let reversal): return reversal.original.action.actingUnion
    }
  }

  /// The money the entry moves, positive (a reversal moves its original's amount); zero for
  /// entries that move none.
  public var movedAmount: Money {
    switch self {
    // A commitment decides, it moves no money: it never counts towards a review threshold.
    case .genesis, .union, .program, .commitment, .key, .keyRevocation, .close, .reviewThreshold:
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

  /// Kinds an accountant may append (genesis is written by `init` only).
  public static let appendable: [EntryKind] = allCases.filter { $0 != .genesis }

  /// The kind an input row or `relief append` names: its journal name, or for
  /// `review.threshold` also `review-threshold`.
  public init?(inputName: String) {
    if inputName == "review-threshold" {
      self = .reviewThreshold
      return
    }
    self.init(rawValue: inputName)
  }
}
