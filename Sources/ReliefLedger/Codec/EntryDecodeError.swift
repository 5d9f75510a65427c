import ReliefLog

/// Why a journal line does not decode to an entry: the member at fault (if one) and why.
public struct EntryDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
  public let member: String?
  public let reason: String

  public init(member: String?, reason: String) {
    self.member = member
    self.reason = reason
  }

  public init(_ error: CanonicalDecodeError) {
    self.init(member: nil, reason: error.description)
  }

  public var description: String {
    if let member { return "member '\(member)' \(reason)" }
    return reason
  }
}
