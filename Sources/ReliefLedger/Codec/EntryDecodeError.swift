import ReliefLog
import ReliefText

/// Why a journal line does not decode to an entry: the member at fault (if one) and why.
public struct EntryDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name of the member at fault, or nil when the fault is not in one member.
  public let member: String?
  /// What is wrong.
  public let reason: String

  /// Creates an error for `member` (if one is at fault) with `reason`.
  public init(member: String?, reason: String) {
    self.member = member
    self.reason = reason
  }

  /// Creates an error for a line that is not in the canonical encoding.
  public init(_ error: CanonicalDecodeError) {
    self.init(member: nil, reason: error.description)
  }

  /// A message for people, naming the member at fault (if one) and the reason.
  public var description: String {
    if let member { return Text.current(.decodeMember, ["member": member, "reason": reason]) }
    return reason
  }
}
