import ReliefText

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
      return Text.current(.creditCodeLength, ["count": String(count)])
    case .invalidCharacter(let character, let position):
      return Text.current(
        .creditCodeCharacter,
        [
          "character": ErrorText.describe(character), "position": String(position),
          "hint": Self.hint(for: character),
        ])
    case .checkCharacterMismatch(let expected, let found):
      return Text.current(.creditCodeCheck, ["found": String(found), "expected": String(expected)])
    }
  }

  private static func hint(for character: Character) -> String {
    // Uppercasing can yield several characters ("ß" becomes "SS"); those are no letters
    // of the alphabet either, so only a single-character result is worth suggesting.
    let upper = character.uppercased()
    switch upper {
    case "I", "O", "Z", "S", "V":
      return Text.current(.creditHintConfusable)
    case _
    where upper != String(character) && upper.count == 1
      && UnifiedSocialCreditCode.alphabet.contains(where: { String($0) == upper }):
      return Text.current(.creditHintUppercase, ["upper": upper])
    case _ where character.isWhitespace:
      return Text.current(.creditHintSpace)
    default:
      return Text.current(.creditHintAlphabet)
    }
  }
}
