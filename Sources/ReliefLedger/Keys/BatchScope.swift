import ReliefText

/// What one batch touches, for deciding whether its signer may append it.
///
/// It keeps the first entry that only an administrator may append, and the first entry per
/// acting union: bounded by the number of unions, not by the batch's length.
public struct BatchScope: Equatable, Sendable {
  /// The seq of the first entry in the batch.
  public private(set) var firstSeq: Int64?
  /// The first registration or key entry (administrators only), and its kind.
  public private(set) var adminOnly: (seq: Int64, kind: EntryKind)?
  /// Per acting union of money entries: the first seq, and the money moved in fen.
  ///
  /// One dictionary, so that each entry costs one lookup: every line `relief verify`
  /// checks goes through here.
  private var perUnion: [String: UnionShare] = [:]

  private struct UnionShare: Equatable {
    let firstSeq: Int64
    var amountFen: Int64
  }

  /// The first seq of each acting union's money entries.
  public var unions: [String: Int64] { perUnion.mapValues(\.firstSeq) }
  /// The money each acting union's entries move, in fen (a reversal moves its original's
  /// amount), saturating at the largest Int64: what review thresholds are compared with.
  public var amountsFen: [String: Int64] { perUnion.mapValues(\.amountFen) }

  /// Creates an empty scope.
  public init() {}

  /// Adds the entry appended as `seq`.
  public mutating func add(_ entry: Entry, seq: Int64) {
    if firstSeq == nil { firstSeq = seq }
    switch entry.action {
    case .genesis, .union, .program, .key, .keyRevocation, .close, .reviewThreshold:
      if adminOnly == nil { adminOnly = (seq, entry.kind) }
    case .receipt, .allocation, .refund, .subsidy, .disbursement, .commitment, .reversal,
      .goodsReceipt, .goodsDistribution, .goodsAllocation:
      guard let union = entry.action.actingUnion else { return }
      let moved = entry.action.movedAmount.fen
      perUnion[union, default: UnionShare(firstSeq: seq, amountFen: 0)].amountFen.addSaturating(
        moved)
    }
  }

  /// Scopes compare by content.
  public static func == (lhs: BatchScope, rhs: BatchScope) -> Bool {
    lhs.firstSeq == rhs.firstSeq && lhs.adminOnly?.seq == rhs.adminOnly?.seq
      && lhs.perUnion == rhs.perUnion
  }
}

extension Int64 {
  /// Adds `other`, staying at the largest value instead of overflowing.
  fileprivate mutating func addSaturating(_ other: Int64) {
    let (sum, overflow) = addingReportingOverflow(other)
    self = overflow ? .max : sum
  }
}

extension LedgerState {
  /// Whether `key` may append a batch of `scope`: administrators anything; accountants
  /// only money entries of unions in their subtree; auditors nothing.
  public func entitlementProblem(
    of key: RegisteredKey, for scope: BatchScope
  ) -> EntitlementProblem? {
    func refuse(_ seq: Int64, _ reason: String) -> EntitlementProblem {
      .notEntitled(signer: key.id, role: key.role, union: key.union, entrySeq: seq, reason: reason)
    }
    switch key.role {
    case .admin:
      return nil
    case .auditor:
      guard let first = scope.firstSeq else { return nil }
      return refuse(first, Text.current(.scopeAuditorAppendsNothing))
    case .reviewer:
      guard let first = scope.firstSeq else { return nil }
      return refuse(first, Text.current(.scopeReviewerAppendsNothing))
    case .accountant:
      if let (seq, kind) = scope.adminOnly {
        return refuse(seq, Text.current(.scopeAdminOnly, ["kind": kind.shownName]))
      }
      guard let root = key.union else {
        return refuse(scope.firstSeq ?? 0, Text.current(.scopeNoUnion))
      }
      for (union, seq) in scope.unions.sorted(by: { $0.value < $1.value })
      where !isUnion(union, inSubtreeOf: root) {
        return refuse(seq, Text.current(.scopeOutsideSubtree, ["union": union, "root": root]))
      }
      return nil
    }
  }

  /// Whether `union` is `root` or below it.
  ///
  /// Walks parents upwards; the depth is bounded
  /// by the number of unions because a parent is always registered before its child.
  public func isUnion(_ union: String, inSubtreeOf root: String) -> Bool {
    var current: String? = union
    var steps = 0
    while let id = current, steps <= unions.count {
      if id == root { return true }
      current = unions[id]?.parent
      steps += 1
    }
    return false
  }
}
