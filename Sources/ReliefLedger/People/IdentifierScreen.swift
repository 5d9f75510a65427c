/// The one recogniser of people's identifiers in text that becomes public: PRC resident ID
/// numbers (18 characters, the last a digit or `X`, or the old 15 digits), mobile numbers
/// (`1[3-9]` and 9 digits, also after `86`) and bank cards (16 to 19 digits).
///
/// Digits count however they are written: ASCII or full-width (`０`–`９`), in groups split by
/// one space (also U+3000), dot, hyphen or middle dot, among other text (`ID:`, `身份证`,
/// `卡号` before them change nothing). A run of groups shaped like dates (4, 2 and 2 digits,
/// repeated) is not an identifier, nor are 16 or 17 digits running into a capital letter (the
/// shape of a unified social credit code: businesses are public).
public enum IdentifierScreen {
  /// What a run of digits looks like.
  public enum Kind: Equatable, Sendable {
    case idNumber, mobileNumber, bankCard
  }

  /// An identifier found in a text.
  public struct Finding: Equatable, Sendable {
    /// What it looks like.
    public let kind: Kind
    /// Its digits with all but the first three and the last two replaced by `*`, for
    /// messages that must not repeat it.
    public let masked: String
  }

  /// The first identifier in `text`, or nil when it holds none.
  public static func find(in text: String) -> Finding? {
    var run = DigitRun()
    for scalar in text.unicodeScalars {
      if let digit = asciiDigit(scalar) {
        run.add(digit)
      } else if isX(scalar) && run.digits.count == 17 && !run.separatorPending {
        run.add(UInt8(ascii: "X"))
        if let finding = run.finding() { return finding }
        run = DigitRun()
      } else if isSeparator(scalar) && !run.digits.isEmpty && !run.separatorPending {
        run.separatorPending = true
      } else {
        // 16 or 17 digits running into a capital letter are a credit code's shape (a
        // business's, public).
        let creditCode =
          (16...17).contains(run.digits.count) && !run.separatorPending && isCapital(scalar)
        if !creditCode, let finding = run.finding() { return finding }
        run = DigitRun()
      }
    }
    return run.finding()
  }

  /// `digits` (ASCII) with all but the first three and the last two replaced by `*`.
  public static func mask(_ digits: [UInt8]) -> String {
    guard digits.count > 5 else { return String(repeating: "*", count: digits.count) }
    let middle = [UInt8](repeating: UInt8(ascii: "*"), count: digits.count - 5)
    return String(decoding: digits[..<3] + middle + digits[(digits.count - 2)...], as: UTF8.self)
  }

  /// The ASCII digit `scalar` stands for: `0`–`9` or full-width `０`–`９`.
  static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x30...0x39: return UInt8(scalar.value)
    case 0xFF10...0xFF19: return UInt8(scalar.value - 0xFF10 + 0x30)
    default: return nil
    }
  }

  private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x41 && scalar.value <= 0x5A
  }

  private static func isX(_ scalar: Unicode.Scalar) -> Bool {
    [0x58, 0x78, 0xFF38, 0xFF58].contains(scalar.value)
  }

  /// One space, ideographic space, dot, hyphen or middle dot, ASCII or full-width.
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    [0x20, 0x3000, 0x2E, 0xFF0E, 0x2D, 0xFF0D, 0xB7, 0x30FB, 0x2010, 0x2011].contains(
      scalar.value)
  }
}

/// Digits read so far, in groups.
private struct DigitRun {
  var digits: [UInt8] = []
  var groupSizes: [Int] = []
  var separatorPending = false

  mutating func add(_ digit: UInt8) {
    if groupSizes.isEmpty || separatorPending {
      groupSizes.append(0)
      separatorPending = false
    }
    digits.append(digit)
    groupSizes[groupSizes.count - 1] += 1
  }

  func finding() -> IdentifierScreen.Finding? {
    guard let kind = kind() else { return nil }
    return IdentifierScreen.Finding(kind: kind, masked: IdentifierScreen.mask(digits))
  }

  private func kind() -> IdentifierScreen.Kind? {
    let count = digits.count
    if digits.last == UInt8(ascii: "X") { return .idNumber }
    if count == 11 && isMobile(digits[...]) { return .mobileNumber }
    if count == 13 && digits[0] == 0x38 && digits[1] == 0x36 && isMobile(digits.dropFirst(2)) {
      return .mobileNumber
    }
    guard count >= 15, !isDateList else { return nil }
    return count == 15 || count == 18 ? .idNumber : .bankCard
  }

  private func isMobile(_ digits: ArraySlice<UInt8>) -> Bool {
    let second = digits[digits.startIndex + 1]
    return digits[digits.startIndex] == 0x31 && second >= 0x33 && second <= 0x39
  }

  /// Dates written `YYYY-MM-DD` one after another are not an identifier.
  private var isDateList: Bool {
    groupSizes.count % 3 == 0
      && groupSizes.enumerated().allSatisfy { $0.element == ($0.offset % 3 == 0 ? 4 : 2) }
  }
}
