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

  public var requestID: String? {
    switch self {
    case .entry(let entry): return entry.requestID
    case .reversal(_, _, _, let requestID): return requestID
    }
  }
}

/// A problem with one field of one input row.
public struct FieldProblem: Error, Equatable, Sendable {
  public let field: String?
  public let reason: String

  public init(field: String?, reason: String) {
    self.field = field
    self.reason = reason
  }
}
