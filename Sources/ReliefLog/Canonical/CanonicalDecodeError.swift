import ReliefText

/// Why a line is not in the canonical encoding.
///
/// `offset` is the 0-based byte offset in the line where the problem was found.
public struct CanonicalDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 0-based byte offset in the line where the problem was found.
  public let offset: Int
  /// What is wrong with the line at `offset`.
  public let reason: String

  /// Creates an error for a problem found at byte `offset` of the line.
  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  /// A message for people, naming the 1-based byte position and the reason.
  public var description: String {
    Text.current(.canonAtByte, ["byte": "\(offset + 1)", "reason": reason])
  }
}
