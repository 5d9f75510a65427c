import ReliefText

/// Who a payment to a person pays, as input gives it and only the roster keeps.
public struct PersonIdentity: Equatable, Sendable {
  /// The full name.
  public let name: String
  /// The PRC resident ID number in its canonical form: 18 characters (a final `X`
  /// uppercase) or the old 15 digits.
  public let idNumber: String
  /// The bank card paid, digits only, if given.
  public let bankCard: String?

  /// Creates an identity from already canonical values.
  public init(name: String, idNumber: String, bankCard: String?) {
    self.name = name
    self.idNumber = idNumber
    self.bankCard = bankCard
  }

  /// The canonical ID number of `text` (spaces and hyphens dropped, full-width digits read,
  /// `x` upper-cased), or a reason it is not one, which never repeats the number whole.
  public static func idNumber(_ text: String) -> Result<String, FieldProblem> {
    let digits = canonicalDigits(text, allowX: true)
    let masked = IdentifierScreen.mask(digits)
    let allDigits = digits.dropLast().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    switch digits.count {
    case 15 where allDigits && digits.last != UInt8(ascii: "X"):
      return .success(String(decoding: digits, as: UTF8.self))
    case 18 where allDigits:
      guard checkCharacter(digits[..<17]) == digits[17] else {
        return .failure(
          FieldProblem(
            field: "person_id",
            reason: Text.current(.peopleIDWrongCheck, ["masked": masked])))
      }
      return .success(String(decoding: digits, as: UTF8.self))
    default:
      return .failure(
        FieldProblem(
          field: "person_id", reason: Text.current(.peopleNotIDNumber, ["masked": masked])))
    }
  }

  /// The digits of a bank card number (16 to 19), or a reason it is not one.
  public static func bankCard(_ text: String) -> Result<String, FieldProblem> {
    let digits = canonicalDigits(text, allowX: false)
    guard (16...19).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else {
      return .failure(
        FieldProblem(
          field: "bank_card",
          reason: Text.current(
            .peopleNotBankCard, ["masked": IdentifierScreen.mask(digits)])))
    }
    return .success(String(decoding: digits, as: UTF8.self))
  }

  /// ISO 7064 MOD 11-2 over the first 17 digits (GB 11643-1999).
  private static func checkCharacter(_ digits: ArraySlice<UInt8>) -> UInt8 {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    var sum = 0
    for (digit, weight) in zip(digits, weights) { sum += Int(digit - 0x30) * weight }
    return Array("10X98765432".utf8)[sum % 11]
  }

  /// `text` without spaces and hyphens, full-width digits as ASCII, `x` as `X`; anything
  /// else kept as it is (and refused by the caller).
  private static func canonicalDigits(_ text: String, allowX: Bool) -> [UInt8] {
    var out: [UInt8] = []
    for scalar in text.unicodeScalars {
      if let digit = IdentifierScreen.asciiDigit(scalar) {
        out.append(digit)
      } else if allowX && [0x58, 0x78, 0xFF38, 0xFF58].contains(scalar.value) {
        out.append(UInt8(ascii: "X"))
      } else if [0x20, 0x3000, 0x2D, 0xFF0D].contains(scalar.value) {
        continue
      } else {
        out.append(UInt8(ascii: "?"))
      }
    }
    return out
  }
}
