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
