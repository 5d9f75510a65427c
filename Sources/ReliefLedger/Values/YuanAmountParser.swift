/// The grammar behind `Money.parseYuan`: checks the text, then converts it to fen
/// with integer arithmetic only, so no amount is ever rounded.
struct YuanAmountParser {
  private static let minus = UInt8(ascii: "-")
  private static let dot = UInt8(ascii: ".")
  private static let comma = UInt8(ascii: ",")
  private static let zero = UInt8(ascii: "0")
  /// `万` in UTF-8.
  private static let wan: [UInt8] = [0xE4, 0xB8, 0x87]

  private let bytes: [UInt8]
  private let allowNegative: Bool
  private let amount: String

  init(bytes: [UInt8], allowNegative: Bool) {
    self.bytes = bytes
    self.allowNegative = allowNegative
    self.amount = String(decoding: bytes, as: UTF8.self)
  }

  func parse() throws(MoneyParseError) -> Int64 {
    guard !bytes.isEmpty else { throw .empty }
    let isWan = bytes.count >= 3 && bytes.suffix(3).elementsEqual(Self.wan)
    let end = isWan ? bytes.count - 3 : bytes.count
    let isNegative = end > 0 && bytes[0] == Self.minus
    // Refusing the sign first tells the user the most basic problem before any detail.
    if isNegative && !allowNegative { throw .negativeNotAllowed(amount: amount) }

    let start = isNegative ? 1 : 0
    let dotIndex = try scan(from: start, to: end)
    let integerPart = bytes[start..<(dotIndex ?? end)]
    let fractionPart = dotIndex.map { bytes[($0 + 1)..<end] }

    guard integerPart.contains(where: Self.isDigit) else {
      throw .missingIntegerDigits(amount: amount)
    }
    try checkGrouping(integerPart)
    let scale = isWan ? 6 : 2
    if let fractionPart {
      guard !fractionPart.isEmpty else { throw .missingFractionDigits(amount: amount) }
      guard fractionPart.count <= scale else { throw .tooManyFractionDigits(amount: amount) }
    }
    let magnitude = try magnitude(
      integer: integerPart.filter(Self.isDigit), fraction: fractionPart ?? [], scale: scale)
    return try signed(magnitude, isNegative: isNegative)
  }

  /// Finds the first character the grammar cannot contain and returns the decimal
  /// point's index, if any.
  ///
  /// Only ASCII precedes the offending byte, so its byte offset is also its character
  /// offset.
  private func scan(from start: Int, to end: Int) throws(MoneyParseError) -> Int? {
    var dotIndex: Int?
    for index in start..<end {
      let byte = bytes[index]
      if Self.isDigit(byte) { continue }
      if dotIndex == nil && byte == Self.comma { continue }
      if dotIndex == nil && byte == Self.dot {
        dotIndex = index
        continue
      }
      throw .unexpectedCharacter(character(at: index), offset: index, amount: amount)
    }
    return dotIndex
  }

  /// Commas are optional, but where used they must form groups of three, because a
  /// misplaced comma usually means a mistyped or foreign-format amount.
  private func checkGrouping(_ integerPart: ArraySlice<UInt8>) throws(MoneyParseError) {
    let groups = integerPart.split(separator: Self.comma, omittingEmptySubsequences: false)
    guard groups.count > 1 else { return }
    let first = groups[0]
    let firstIsValid = (1...3).contains(first.count) && first.first != Self.zero
    guard firstIsValid, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
      throw .invalidDigitGrouping(amount: amount)
    }
  }

  /// The amount in fen as an unsigned magnitude, padding the fraction to `scale`
  /// digits (2 for yuan, 6 for 万).
  private func magnitude(
    integer: [UInt8], fraction: ArraySlice<UInt8>, scale: Int
  ) throws(MoneyParseError) -> UInt64 {
    let padding = repeatElement(Self.zero, count: scale - fraction.count)
    var value: UInt64 = 0
    for byte in [integer, Array(fraction), Array(padding)].joined() {
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (next, overflow2) = shifted.addingReportingOverflow(UInt64(byte - Self.zero))
      guard !overflow1, !overflow2 else { throw .overflow(amount: amount) }
      value = next
    }
    return value
  }

  /// Applies the sign; the negative range is one fen wider, so `Int64.min` parses.
  private func signed(_ magnitude: UInt64, isNegative: Bool) throws(MoneyParseError) -> Int64 {
    if isNegative {
      guard magnitude <= Int64.min.magnitude else { throw .overflow(amount: amount) }
      return magnitude == Int64.min.magnitude ? Int64.min : -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { throw .overflow(amount: amount) }
    return Int64(magnitude)
  }

  /// The Unicode scalar starting at `index`, or U+FFFD when the bytes are not UTF-8.
  private func character(at index: Int) -> Character {
    let window = bytes[index..<min(index + 4, bytes.count)]
    let scalar = String(decoding: window, as: UTF8.self).unicodeScalars.first
    return Character(scalar ?? "\u{FFFD}")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
