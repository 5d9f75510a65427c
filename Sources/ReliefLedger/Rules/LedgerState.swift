/// A registered union.
public struct UnionInfo: Equatable, Sendable {
  /// The union's id.
  public let id: String
  /// The union's display name.
  public let name: String
  /// The id of the parent union, if any.
  public let parent: String?
  /// The seq of the entry that registered the union.
  public let seq: Int64
}

/// A registered program.
public struct ProgramInfo: Equatable, Sendable {
  /// The program's id.
  public let id: String
  /// The program's display name.
  public let name: String
  /// The seq of the entry that registered the program.
  public let seq: Int64
}

/// A refund still in force (not reversed), kept to refuse overlapping refunds.
struct RefundRecord: Equatable, Sendable {
  let seq: Int64
  let period: MonthPeriod
}

/// The state folded from the journal: the one rule book.
///
/// Appends validate against it, the verifier replays it, and the reports read it. Memory
/// grows with unions, programs, accounts, businesses, reversals and request ids, not with
/// the number of entries.
public struct LedgerState: Sendable {
  /// The origin name from the genesis entry, or nil before it is applied.
  public internal(set) var origin: String?
  /// The registered unions by id.
  public internal(set) var unions: [String: UnionInfo] = [:]
  /// Union ids in registration order.
  public internal(set) var unionOrder: [String] = []
  /// The registered programs by id.
  public internal(set) var programs: [String: ProgramInfo] = [:]
  /// Program ids in registration order.
  public internal(set) var programOrder: [String] = []
  /// The totals of every (union, program) account that money has touched.
  public internal(set) var accounts: [AccountKey: AccountTotals] = [:]
  /// The stock of every (union, program, item, unit) that goods have touched.
  public internal(set) var goods: [GoodsKey: GoodsTotals] = [:]
  /// Seq of each reversed entry → seq of the reversal.
  public internal(set) var reversedBy: [Int64: Int64] = [:]
  /// Request id → seq of the entry that carries it (empty unless `tracksRequestIDs`).
  public internal(set) var requestIDs: [String: Int64] = [:]
  /// Whether `apply` checks and records request ids itself.
  ///
  /// A state loaded from a projection snapshot leaves them to a `RequestIDIndex`, which
  /// keeps them on disk instead of in memory.
  public internal(set) var tracksRequestIDs = true
  /// Whether `apply` checks a new refund's period against the refunds in force of its
  /// business, and keeps those in `refunds`.
  ///
  /// The verifier turns it off and checks the periods out of core instead: `apply` then
  /// leaves in `refundAtOverlapCheck` each refund that reached that check.
  var checksRefundOverlaps = true
  /// The code and period of the last refund that reached the overlap check while
  /// `checksRefundOverlaps` is off, for the caller to take (and clear) after `apply`.
  var refundAtOverlapCheck: (code: UnifiedSocialCreditCode, period: MonthPeriod)?
  /// Entry lines applied (commit lines are not entries).
  public internal(set) var entryCount: Int64 = 0
  /// The highest seq applied, or -1.
  public internal(set) var lastSeq: Int64 = -1
  /// Registered keys (revoked ones too), by id `<name>+<hash>`.
  public internal(set) var keys: [String: RegisteredKey] = [:]
  /// The last month closed (结账): no entry may be dated in it or before it.
  public internal(set) var closedThrough: YearMonth?
  /// Review thresholds in force, by the union whose subtree each covers.
  public internal(set) var reviewThresholds: [String: Money] = [:]
  /// The maker signatures of committed batches: none may be committed twice.
  public internal(set) var usedMakerSignatures: Set<String> = []
  var refunds: [UnifiedSocialCreditCode: [RefundRecord]] = [:]
  /// Every commitment by seq, reversed ones too (`reversedBy` tells them).
  var commitments: [Int64: CommitmentRecord] = [:]
  /// Set when a report loaded the state without its refunds (they are only needed to check
  /// new refunds); such a state is never applied to nor saved.
  var refundsOmitted: (businessesRefunded: Int, omitted: Bool) = (0, false)
  /// Set when the state was loaded from a projection for appending: the refunds of the
  /// businesses not in `refunds` are in a file, read before entries that name them.
  var refundsOnDisk: RefundsOnDisk?

  /// Creates the state of an empty journal, before the genesis entry.
  public init() {}

  /// Distinct businesses holding at least one refund that is not reversed.
  public var businessesRefunded: Int {
    if refundsOmitted.omitted { return refundsOmitted.businessesRefunded }
    let inMemory = refunds.values.filter { !$0.isEmpty }.count
    guard let onDisk = refundsOnDisk else { return inMemory }
    return onDisk.businessesAtLoad - onDisk.nonEmptyAtLoad.count + inMemory
  }

  /// The totals of `union` in `program` (zero if nothing happened there).
  public func totals(union: String, program: String) -> AccountTotals {
    accounts[AccountKey(union: union, program: program)] ?? AccountTotals()
  }

  /// Whether a reversal has negated the entry at `seq`.
  public func isReversed(_ seq: Int64) -> Bool { reversedBy[seq] != nil }
}
