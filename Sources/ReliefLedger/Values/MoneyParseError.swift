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
      return "amount is empty; enter a number of yuan such as 1234.56"
    case .negativeNotAllowed(let amount):
      return "amount \(ErrorText.quoted(amount)) is negative, but only zero or positive "
        + "amounts are allowed here; remove the minus sign"
    case .unexpectedCharacter(let character, let offset, let amount):
      return "amount \(ErrorText.quoted(amount)) contains \(ErrorText.describe(character)) "
        + "at position \(offset + 1); \(Self.hint(for: character))"
    case .missingIntegerDigits(let amount):
      if amount.contains(".") {
        return "amount \(ErrorText.quoted(amount)) has no digits before the decimal point; "
          + "write a leading zero, e.g. 0.5 instead of .5"
      }
      return "amount \(ErrorText.quoted(amount)) has no digits; enter a number of yuan "
        + "such as 1234.56 or 19.87万"
    case .invalidDigitGrouping(let amount):
      return "amount \(ErrorText.quoted(amount)) has misplaced thousands commas; commas must "
        + "split the digits before the decimal point into groups of three (1,234,567.89), "
        + "or be left out"
    case .missingFractionDigits(let amount):
      return "amount \(ErrorText.quoted(amount)) ends its decimal point without digits; "
        + "remove the point or add the decimal places, e.g. 1 or 1.00"
    case .tooManyFractionDigits(let amount):
      if amount.hasSuffix("万") {
        return "amount \(ErrorText.quoted(amount)) has more than six decimal places before 万 "
          + "(smallest unit is 0.000001万 = 0.01 yuan)"
      }
      return "amount \(ErrorText.quoted(amount)) has more than two decimal places "
        + "(smallest unit is 0.01 yuan)"
    case .overflow(let amount):
      return "amount \(ErrorText.quoted(amount)) is too large; amounts are limited to "
        + "92,233,720,368,547,758.07 yuan either way"
    }
  }

  /// What the user should do about a character that may not appear where it does.
  private static func hint(for character: Character) -> String {
    switch character {
    case _ where character.isWhitespace:
      return "remove spaces and line breaks"
    case "+":
      return "leave out the plus sign"
    case "-":
      return "a minus sign may only come first"
    case "e", "E":
      return "write the amount in full digits, without an exponent"
    case ".":
      return "an amount has at most one decimal point"
    case ",":
      return "thousands commas may only appear before the decimal point"
    case "万":
      return "万 may only come last, right after the number"
    case "¥", "￥", "元", "圆", "$":
      return "leave out currency signs and units; amounts are in yuan"
    case _ where character.unicodeScalars.allSatisfy({ (0xFF01...0xFF5E).contains($0.value) }):
      return "use half-width (ASCII) digits and punctuation, not full-width ones"
    default:
      return "use only digits, one decimal point, thousands commas and an optional final 万"
    }
  }
}
