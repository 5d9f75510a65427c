/// The one recogniser of people's identifiers in text that becomes public: PRC resident ID
/// numbers (18 characters, the last a digit or `X`, or the old 15 digits), mobile numbers
/// (`1[3-9]` and 9 digits, also after `86`) and bank cards (16 to 19 digits).
///
/// Digits count however they are written: ASCII, full-width (`０`–`９`), any other Unicode
/// decimal digit (Arabic-Indic, mathematical bold …) or a Chinese numeral (`〇零一二三四五六七八九`),
/// in groups split by up to three separators (space, U+3000, no-break and thin spaces, tab,
/// dot, hyphens and dashes, middle dot, round brackets; ASCII or full-width), with
/// invisible characters (zero-width spaces and joiners, soft hyphen, byte-order mark,
/// direction marks) ignored wherever they are, among other text (`ID:`, `身份证`, `卡号` before
/// them change nothing). A run of groups shaped like dates (4, 2 and 2 digits, repeated) is not
/// an identifier, nor are 16 or 17 digits running into a capital letter (the shape of a unified
/// social credit code: businesses are public).
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

  /// Separators allowed in a row between two groups of digits.
  static let separatorsInRowMax = 3

  /// The first identifier in `text`, or nil when it holds none.
  public static func find(in text: String) -> Finding? {
    mayHoldIdentifier(text) ? scan(text) : nil
  }

  /// `find(in:)` without the count of possible digits that spares most text the scan.
  static func scan(_ text: String) -> Finding? {
    var run = DigitRun()
    for scalar in text.unicodeScalars {
      // ASCII holds no invisible character and no digits but 0-9: no property lookups.
      if scalar.isASCII ? false : isInvisible(scalar) { continue }
      if let digit = asciiDigit(scalar) ?? (scalar.isASCII ? nil : numeralDigit(scalar)) {
        run.add(digit)
      } else if isX(scalar) && run.digits.count == 17 && run.separatorCount == 0 {
        run.add(UInt8(ascii: "X"))
        if let finding = run.finding() { return finding }
        run = DigitRun()
      } else if isSeparator(scalar) && !run.digits.isEmpty
        && run.separatorCount < separatorsInRowMax
      {
        run.separatorCount += 1
      } else {
        // 16 or 17 digits running into a capital letter are a credit code's shape (a
        // business's, public).
        let creditCode =
          (16...17).contains(run.digits.count) && run.separatorCount == 0 && isCapital(scalar)
        if !creditCode, let finding = run.finding() { return finding }
        run = DigitRun()
      }
    }
    return run.finding()
  }

  /// The fewest digits an identifier has: a mobile number's 11.
  static let digitsInIdentifierMin = 11

  /// False when `text` has too few characters that could be digits to hold an identifier.
  ///
  /// Counts ASCII digits and every other character but the CJK ideographs that are not
  /// numerals (none of which is a digit, a separator, `X` or invisible), without looking up
  /// Unicode properties: most public text is short, Chinese or both.
  static func mayHoldIdentifier(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(mayHoldIdentifier(utf8:))
      ?? mayHoldIdentifier(scalars: text.unicodeScalars)
  }

  /// `mayHoldIdentifier(_:)` reading the UTF-8 bytes: only a three-byte sequence (where the
  /// CJK ideographs are) is decoded.
  static func mayHoldIdentifier(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var (possibleDigits, index) = (0, 0)
    while index < bytes.count {
      let lead = bytes[index]
      switch lead {
      case 0x30...0x39:
        possibleDigits += 1
        index += 1
      case 0...0x7F:
        index += 1
      case 0xE0...0xEF where index + 2 < bytes.count:
        let value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        if !isPlainIdeograph(value) { possibleDigits += 1 }
        index += 3
      default:
        // Any other character, counted; continuation bytes are stepped over.
        possibleDigits += 1
        index += 1
        while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
      }
      if possibleDigits >= digitsInIdentifierMin { return true }
    }
    return false
  }

  /// `mayHoldIdentifier(_:)` reading the scalars one by one.
  static func mayHoldIdentifier(scalars: String.UnicodeScalarView) -> Bool {
    var possibleDigits = 0
    for scalar in scalars {
      switch scalar.value {
      case 0x30...0x39: possibleDigits += 1
      case 0...0x7F: continue
      default: if !isPlainIdeograph(scalar.value) { possibleDigits += 1 }
      }
      if possibleDigits >= digitsInIdentifierMin { return true }
    }
    return false
  }

  /// Whether `value` is a CJK ideograph (U+4E00 to U+9FFF) that is not a numeral.
  private static func isPlainIdeograph(_ value: UInt32) -> Bool {
    guard (0x4E00...0x9FFF).contains(value), let scalar = Unicode.Scalar(value) else {
      return false
    }
    return numeralDigit(scalar) == nil
  }

  /// `digits` (ASCII) with all but the first three and the last two replaced by `*`.
  public static func mask(_ digits: [UInt8]) -> String {
    guard digits.count > 5 else { return String(repeating: "*", count: digits.count) }
    let middle = [UInt8](repeating: UInt8(ascii: "*"), count: digits.count - 5)
    return String(decoding: digits[..<3] + middle + digits[(digits.count - 2)...], as: UTF8.self)
  }

  /// The ASCII digit `scalar` stands for: `0`–`9`, full-width `０`–`９`, or any other Unicode
  /// decimal digit.
  public static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x30...0x39: return UInt8(scalar.value)
    case 0xFF10...0xFF19: return UInt8(scalar.value - 0xFF10 + 0x30)
    case 0...0x7F: return nil
    default:
      guard scalar.properties.numericType == .decimal,
        let value = scalar.properties.numericValue, value >= 0, value <= 9
      else { return nil }
      return UInt8(ascii: "0") + UInt8(value)
    }
  }

  /// The ASCII digit of a Chinese numeral written digit by digit (`一三八…`, `〇`, `零`).
  static func numeralDigit(_ scalar: Unicode.Scalar) -> UInt8? {
    guard let index = chineseNumerals.firstIndex(of: scalar) else { return nil }
    let value = chineseNumerals.distance(from: chineseNumerals.startIndex, to: index)
    return UInt8(ascii: "0") + UInt8(value == 10 ? 0 : value)
  }

  private static let chineseNumerals = Array("〇一二三四五六七八九零".unicodeScalars)

  /// Characters that show nothing: zero-width space, non-joiner and joiner, word joiner,
  /// soft hyphen, byte-order mark, direction marks and embeddings, invisible operators.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
      0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0:
      return true
    default:
      return scalar.properties.generalCategory == .format
    }
  }

  private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x41 && scalar.value <= 0x5A
  }

  private static func isX(_ scalar: Unicode.Scalar) -> Bool {
    [0x58, 0x78, 0xFF38, 0xFF58].contains(scalar.value)
  }

  /// Spaces, dots, hyphens and dashes, middle dots and round brackets, ASCII or full-width
  /// (not slashes or underscores, which join file names and counters: `QD-13 004_0490`).
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0x28, 0x29, 0x2D, 0x2E, 0xA0, 0xB7, 0x2000...0x200A, 0x2010...0x2015,
      0x2022, 0x2212, 0x202F, 0x205F, 0x3000, 0x30FB, 0xFE58, 0xFE63, 0xFF08, 0xFF09, 0xFF0D,
      0xFF0E, 0xFF65:
      return true
    default:
      return false
    }
  }
}

/// Digits read so far, in groups.
private struct DigitRun {
  var digits: [UInt8] = []
  var groupSizes: [Int] = []
  /// Separators read since the last digit.
  var separatorCount = 0

  mutating func add(_ digit: UInt8) {
    if groupSizes.isEmpty || separatorCount > 0 {
      groupSizes.append(0)
      separatorCount = 0
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
