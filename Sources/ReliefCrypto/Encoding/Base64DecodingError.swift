import ReliefText

/// Why a text is not canonical base64.
///
/// Errors carry offsets only, never the text, since it may hold key material.
public enum Base64DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text's length (in bytes) is not a multiple of four: padding missing or extra.
  case lengthNotMultipleOfFour(Int)
  /// The byte at this offset is not in the standard alphabet (whitespace, `-`, `_`, any
  /// non-ASCII byte, …).
  case invalidCharacter(offset: Int)
  /// An `=` at this offset where none may stand: before the last two characters, or three
  /// or more in a row at the end.
  case misplacedPadding(offset: Int)
  /// The unused low bits of the last symbol are not zero, so the encoding is not the
  /// canonical one.
  case nonZeroTrailingBits

  /// A sentence naming the problem and where it is.
  public var description: String {
    switch self {
    case .lengthNotMultipleOfFour(let count):
      Text.current(.base64Length, ["count": "\(count)"])
    case .invalidCharacter(let offset):
      Text.current(.base64Character, ["offset": "\(offset)"])
    case .misplacedPadding(let offset):
      Text.current(.base64Padding, ["offset": "\(offset)"])
    case .nonZeroTrailingBits:
      Text.current(.base64TrailingBits)
    }
  }
}
