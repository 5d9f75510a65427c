/// Why text is not a valid unified social credit code.
public enum CreditCodeError: Error, Equatable, CustomStringConvertible {
  /// The code has this many characters instead of 18.
  case wrongLength(Int)
  /// `character`, at 1-based `position`, is not in the code alphabet.
  case invalidCharacter(Character, position: Int)
  /// The 18th character is `found`, but the first 17 call for `expected`.
  case checkCharacterMismatch(expected: Character, found: Character)

  /// A message for people, saying what is wrong with the code and how to correct it.
  public var description: String {
    switch self {
    case .wrongLength(let count):
      return "a unified social credit code has 18 characters, but this one has \(count); "
        + "copy it again from the business licence, without spaces"
    case .invalidCharacter(let character, let position):
      return "a unified social credit code cannot contain \(ErrorText.describe(character)) "
        + "(position \(position)); \(Self.hint(for: character))"
    case .checkCharacterMismatch(let expected, let found):
      return "unified social credit code fails its check: the last character is \"\(found)\" "
        + "but the first 17 characters call for \"\(expected)\"; the code is probably "
        + "mistyped, so compare every character with the business licence"
    }
  }

  private static func hint(for character: Character) -> String {
    // Uppercasing can yield several characters ("ß" becomes "SS"); those are no letters
    // of the alphabet either, so only a single-character result is worth suggesting.
    let upper = character.uppercased()
    switch upper {
    case "I", "O", "Z", "S", "V":
      return "the letters I, O, S, V and Z are never used (I is probably 1, O is 0, "
        + "Z is 2, S is 5)"
    case _
    where upper != String(character) && upper.count == 1
      && UnifiedSocialCreditCode.alphabet.contains(where: { String($0) == upper }):
      return "letters must be uppercase: write \"\(upper)\""
    case _ where character.isWhitespace:
      return "remove spaces and line breaks"
    default:
      return "only digits and the letters ABCDEFGHJKLMNPQRTUWXY are used"
    }
  }
}
