/// Why a line is not in the canonical encoding. `offset` is the 0-based byte offset in the
/// line where the problem was found.
public struct CanonicalDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
  public let offset: Int
  public let reason: String

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "byte \(offset + 1): \(reason)" }
}
