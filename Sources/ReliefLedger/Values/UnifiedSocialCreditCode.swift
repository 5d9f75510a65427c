/// A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character
/// registration number of a business, union or other organisation, with a verified
/// check character.
public struct UnifiedSocialCreditCode: Hashable, Sendable, CustomStringConvertible {
  /// The characters a code may use, in value order: digit `0` is worth 0, `Y` is worth 30.
  public static let alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

  /// Weights of positions 1–17 (3^(i−1) mod 31), fixed by the standard.
  private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  private static let characters = Array(alphabet)

  /// Characters 1–9 and 10–17 as base-31 numbers (the 18th, the check character, follows
  /// from them): two words instead of a string on the heap, since a ledger's rule state
  /// holds one code per business refunded.
  private let high: UInt64
  private let low: UInt64

  /// The 18 characters of the code.
  public var text: String { String(decoding: asciiBytes, as: UTF8.self) }

  /// The 18 ASCII bytes of the code.
  var asciiBytes: [UInt8] {
    var bytes = [UInt8](repeating: 0, count: 18)
    var (high, low) = (self.high, self.low)
    for index in stride(from: 16, through: 9, by: -1) {
      bytes[index] = Self.alphabetBytes[Int(low % 31)]
      low /= 31
    }
    for index in stride(from: 8, through: 0, by: -1) {
      bytes[index] = Self.alphabetBytes[Int(high % 31)]
      high /= 31
    }
    bytes[17] = Self.alphabetBytes[Self.checkValue(high: self.high, low: self.low)]
    return bytes
  }

  /// The order of the codes' texts.
  var sortKey: (UInt64, UInt64) { (high, low) }

  /// The check character's value for the first 17 characters packed as `high` and `low`.
  private static func checkValue(high: UInt64, low: UInt64) -> Int {
    var (high, low) = (high, low)
    var sum = 0
    for index in stride(from: 16, through: 9, by: -1) {
      sum += Int(low % 31) * weights[index]
      low /= 31
    }
    for index in stride(from: 8, through: 0, by: -1) {
      sum += Int(high % 31) * weights[index]
      high /= 31
    }
    return (31 - sum % 31) % 31
  }

  /// Packs the values 0–30 of the first 17 characters.
  private static func pack(_ value: (Int) -> Int) -> (high: UInt64, low: UInt64) {
    var (high, low): (UInt64, UInt64) = (0, 0)
    for index in 0..<9 { high = high * 31 + UInt64(value(index)) }
    for index in 9..<17 { low = low * 31 + UInt64(value(index)) }
    return (high, low)
  }

  /// The code's 18 characters, as `text`.
  public var description: String { text }

  /// Accepts `text` only if it is exactly 18 characters from the code alphabet
  /// (uppercase letters only) and its 18th character matches the check computed
  /// from the first 17.
  public init(validating text: String) throws(CreditCodeError) {
    let characters = Array(text)
    guard characters.count == 18 else { throw .wrongLength(characters.count) }
    var values: [Int] = []
    for (index, character) in characters.enumerated() {
      guard let value = Self.value(of: character) else {
        throw .invalidCharacter(character, position: index + 1)
      }
      values.append(value)
    }
    let expected = Self.checkCharacter(forValues: values.prefix(17))
    guard characters[17] == expected else {
      throw .checkCharacterMismatch(expected: expected, found: characters[17])
    }
    (high, low) = Self.pack { values[$0] }
  }

  /// The code spelled by `bytes`, or `nil` unless `init(validating:)` accepts their text.
  init?(asciiBytes bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 18 else { return nil }
    var sum = 0
    for index in 0..<18 {
      let value = Self.byteValues[Int(bytes[index])]
      guard value >= 0 else { return nil }
      if index < 17 { sum += Int(value) * Self.weights[index] }
    }
    guard Self.alphabetBytes[(31 - sum % 31) % 31] == bytes[17] else { return nil }
    (high, low) = Self.pack { Int(Self.byteValues[Int(bytes[$0])]) }
  }

  private static let alphabetBytes = Array(alphabet.utf8)

  /// The value of each byte in the alphabet, or -1.
  private static let byteValues: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (value, byte) in alphabetBytes.enumerated() { table[Int(byte)] = Int8(value) }
    return table
  }()

  /// The check character for the first 17 characters of a code, or `nil` if `text`
  /// is not 17 characters from the code alphabet.
  public static func checkCharacter(forFirst17 text: String) -> Character? {
    var values: [Int] = []
    for character in text {
      guard let value = value(of: character) else { return nil }
      values.append(value)
    }
    guard values.count == 17 else { return nil }
    return checkCharacter(forValues: values[...])
  }

  private static func checkCharacter(forValues values: ArraySlice<Int>) -> Character {
    let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return characters[(31 - sum % 31) % 31]
  }

  /// The value 0–30 of `character`, or `nil` if the alphabet lacks it.
  private static func value(of character: Character) -> Int? {
    characters.firstIndex(of: character)
  }
}
