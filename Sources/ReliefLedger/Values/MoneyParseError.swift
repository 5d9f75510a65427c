import ReliefText

/// Why a yuan amount could not be read.
///
/// Every case but `.empty` carries the text as given (decoded leniently from UTF-8) so that
/// messages can quote it.
public enum MoneyParseError: Error, Equatable, CustomStringConvertible {
  /// Nothing was given.
  case empty
  /// The amount starts with `-` where only zero or positive amounts are allowed.
  case negativeNotAllowed(amount: String)
  /// `character` cannot appear at zero-based `offset` (counted in bytes, which here equals
  /// characters, as everything before it is ASCII).
  case unexpectedCharacter(Character, offset: Int, amount: String)
  /// There are no digits before the decimal point, or no digits at all (`".5"`, `"万"`).
  case missingIntegerDigits(amount: String)
  /// Thousands commas are not in groups of three (`"12,34.5"`, `"1,2345"`).
  case invalidDigitGrouping(amount: String)
  /// A decimal point has no digits after it (`"1."`).
  case missingFractionDigits(amount: String)
  /// More decimal places than a fen can express: over two, or over six before `万`.
  case tooManyFractionDigits(amount: String)
  /// The amount exceeds what the ledger can store (about 92 quadrillion yuan).
  case overflow(amount: String)

  /// A message for people, quoting the amount, saying what is wrong and how to write it.
  public var description: String {
    switch self {
    case .empty:
      return Text.current(.moneyEmpty)
    case .negativeNotAllowed(let amount):
      return Text.current(.moneyNegative, ["amount": ErrorText.quoted(amount)])
    case .unexpectedCharacter(let character, let offset, let amount):
      return Text.current(
        .moneyUnexpectedCharacter,
        [
          "amount": ErrorText.quoted(amount), "character": ErrorText.describe(character),
          "position": String(offset + 1), "hint": Text.current(Self.hint(for: character)),
        ])
    case .missingIntegerDigits(let amount):
      if amount.contains(".") {
        return Text.current(.moneyNoDigitsBeforePoint, ["amount": ErrorText.quoted(amount)])
      }
      return Text.current(.moneyNoDigits, ["amount": ErrorText.quoted(amount)])
    case .invalidDigitGrouping(let amount):
      return Text.current(.moneyBadGrouping, ["amount": ErrorText.quoted(amount)])
    case .missingFractionDigits(let amount):
      return Text.current(.moneyNoFractionDigits, ["amount": ErrorText.quoted(amount)])
    case .tooManyFractionDigits(let amount):
      if amount.hasSuffix("万") {
        return Text.current(.moneyTooPreciseWan, ["amount": ErrorText.quoted(amount)])
      }
      return Text.current(.moneyTooPrecise, ["amount": ErrorText.quoted(amount)])
    case .overflow(let amount):
      return Text.current(.moneyOverflow, ["amount": ErrorText.quoted(amount)])
    }
  }

  /// What the user should do about a character that may not appear where it does.
  private static func hint(for character: Character) -> MessageID {
    switch character {
    case _ where character.isWhitespace:
      return .creditHintSpace
    case "+":
      return .moneyHintPlus
    case "-":
      return .moneyHintMinus
    case "e", "E":
      return .moneyHintExponent
    case ".":
      return .moneyHintPoint
    case ",":
      return .moneyHintComma
    case "万":
      return .moneyHintWan
    case "¥", "￥", "元", "圆", "$":
      return .moneyHintCurrency
    case _ where character.unicodeScalars.allSatisfy({ (0xFF01...0xFF5E).contains($0.value) }):
      return .moneyHintFullWidth
    default:
      return .moneyHintOther
    }
  }
}
