import ReliefLedger

/// Text as it is examined and published: what the eye does not see is gone, and what looks
/// like a digit or a Latin letter is one.
///
/// Every public form of a memo or a counterparty is made from this form, so that the checks
/// see exactly what is published.
enum PublicText {
  /// `text` without invisible characters (`IdentifierScreen.isInvisible`: zero-width spaces
  /// and joiners, soft hyphens, byte-order marks, direction marks), with full-width digits
  /// and Latin letters and every other Unicode decimal digit written as ASCII, and every
  /// kind of space or line break a plain space; spaces, dots, hyphens, underscores and middle
  /// dots between two Chinese characters are dropped (`张 伟`, `张.伟` → `张伟`: Chinese
  /// needs no spaces, and a name split by them is still a name).
  static func normalized(_ text: String) -> String {
    joiningHan(folded(text))
  }

  private static func folded(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if IdentifierScreen.isInvisible(scalar) { continue }
      switch scalar.value {
      case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
        scalars.append(Unicode.Scalar(scalar.value - 0xFF00 + 0x20) ?? scalar)
      case 0x09...0x0D, 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        scalars.append(" ")
      case 0...0x7F:
        scalars.append(scalar)
      default:
        if let digit = IdentifierScreen.asciiDigit(scalar) {
          scalars.append(Unicode.Scalar(digit))
        } else {
          scalars.append(scalar)
        }
      }
    }
    return String(scalars)
  }

  /// `text` without the gap characters that stand between two Chinese characters.
  private static func joiningHan(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      result.append(character)
      index += 1
      guard isHan(character) else { continue }
      var end = index
      while end < characters.count && gaps.contains(characters[end]) { end += 1 }
      if end > index && end < characters.count && isHan(characters[end]) { index = end }
    }
    return result
  }

  private static let gaps: Set<Character> = [" ", ".", "-", "_", "·", "・", "．", "－", "＿", "‧"]

  /// Whether `character` is a Chinese character (CJK unified ideographs and their
  /// extensions, compatibility ideographs, `〇`).
  static func isHan(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
      return true
    default:
      return false
    }
  }

  /// Whether `character` is a Latin letter.
  static func isLatin(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
      || (0xC0...0x24F).contains(scalar.value)
  }
}
