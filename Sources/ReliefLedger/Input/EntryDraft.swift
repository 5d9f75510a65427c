/// Which earlier entry a reversal names: by seq or by its request id.
public enum ReversalTarget: Equatable, Sendable {
  case seq(Int64)
  case requestID(String)
}

/// An input row turned into an entry, except that a reversal still has to find its
/// original in the ledger.
public enum EntryDraft: Equatable, Sendable {
  case entry(Entry)
  case reversal(date: BusinessDate, target: ReversalTarget, memo: String?, requestID: String?)
  /// A payment that names its commitment by request id: the seq is found in the ledger.
  case payment(Entry, commitmentRequest: String)

  /// The request id the row gives its entry, if any.
  public var requestID: String? {
    switch self {
    case .entry(let entry), .payment(let entry, _): return entry.requestID
    case .reversal(_, _, _, let requestID): return requestID
    }
  }
}

/// What a batch's drafts refer to by request id or seq, gathered in one pass (each pass
/// copies every draft, which costs more than the sets).
struct DraftReferences {
  /// The request ids the drafts carry, reverse by or pay commitments by.
  var requestIDs: Set<String> = []
  /// The request ids the reversals name.
  var reversalRequestIDs: Set<String> = []
  /// The seqs the reversals name directly.
  var reversalSeqs: Set<Int64> = []
  /// The businesses the drafts' refunds name.
  var refundCodes: Set<UnifiedSocialCreditCode> = []

  init(_ drafts: [(row: InputRow, draft: EntryDraft)]) {
    requestIDs.reserveCapacity(drafts.count)
    // Through the buffer, so that each draft is read in place rather than copied.
    drafts.withUnsafeBufferPointer { pairs in
      for index in pairs.indices { add(pairs[index].draft) }
    }
  }

  private mutating func add(_ draft: EntryDraft) {
    if let requestID = draft.requestID { requestIDs.insert(requestID) }
    switch draft {
    case .reversal(_, .requestID(let id), _, _):
      requestIDs.insert(id)
      reversalRequestIDs.insert(id)
    case .reversal(_, .seq(let seq), _, _):
      reversalSeqs.insert(seq)
    case .payment(let entry, let id):
      requestIDs.insert(id)
      if case .refund(let refund) = entry.action { refundCodes.insert(refund.code) }
    case .entry(let entry):
      if case .refund(let refund) = entry.action { refundCodes.insert(refund.code) }
    }
  }
}

/// A problem with one field of one input row.
public struct FieldProblem: Error, Equatable, Sendable {
  /// The name of the field at fault, or nil when no single field is.
  public let field: String?
  /// What is wrong.
  public let reason: String

  /// Creates a problem with `field` (if one is at fault) for `reason`.
  public init(field: String?, reason: String) {
    self.field = field
    self.reason = reason
  }
}
