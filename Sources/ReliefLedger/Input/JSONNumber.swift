/// The JSON number grammar (RFC 8259 section 6), checked on a token's bytes.
enum JSONNumber {
  enum Kind: Equatable {
    /// `-? (0 | [1-9][0-9]*)`
    case integer
    /// A valid number with a fraction or an exponent.
    case withFractionOrExponent
    /// Not a JSON number, e.g. `01`, `1.`, `+1`, `1e`.
    case invalid
  }

  /// True for the bytes a number token may contain; the token is the longest run of them.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    ASCII.isDigit(byte) || byte == ASCII.minus || byte == ASCII.plus
      || byte == ASCII.period || byte == 0x65 || byte == 0x45  // e, E
  }

  /// The kind of number `token` spells.
  static func kind(of token: UnsafeBufferPointer<UInt8>) -> Kind {
    var index = 0
    let count = token.count
    func skipDigits() -> Bool {
      let start = index
      while index < count && ASCII.isDigit(token[index]) { index += 1 }
      return index > start
    }
    if index < count && token[index] == ASCII.minus { index += 1 }
    guard index < count, ASCII.isDigit(token[index]) else { return .invalid }
    if token[index] == ASCII.zero {
      index += 1
    } else {
      _ = skipDigits()
    }
    var kind = Kind.integer
    if index < count && token[index] == ASCII.period {
      index += 1
      guard skipDigits() else { return .invalid }
      kind = .withFractionOrExponent
    }
    if index < count && (token[index] == 0x65 || token[index] == 0x45) {
      index += 1
      if index < count && (token[index] == ASCII.plus || token[index] == ASCII.minus) {
        index += 1
      }
      guard skipDigits() else { return .invalid }
      kind = .withFractionOrExponent
    }
    return index == count ? kind : .invalid
  }
}
