/// The forms `InputForms` returns unchanged, recognised from the UTF-8 bytes alone.
///
/// Nearly every row of a large sheet writes `2022-03-01`, `2022-01..2022-12` and `1234.50`;
/// rewriting them through the general forms (which split, widen and rebuild strings) costs
/// more than parsing the value. Text that is not exactly one of these shapes goes the
/// general way.
enum PlainForms {
  /// `YYYY-MM-DD`, `d` standing for an ASCII digit.
  static let date = Array("dddd-dd-dd".utf8)
  /// `YYYY-MM`.
  static let month = Array("dddd-dd".utf8)
  /// `YYYY-MM..YYYY-MM`.
  static let period = Array("dddd-dd..dddd-dd".utf8)

  /// Whether `text` is `shape` with an ASCII digit wherever `shape` has `d`.
  static func matches(_ text: String, _ shape: [UInt8]) -> Bool {
    let utf8 = text.utf8
    guard utf8.count == shape.count else { return false }
    for (byte, expected) in zip(utf8, shape) {
      let matched =
        expected == UInt8(ascii: "d") ? byte >= 0x30 && byte <= 0x39 : byte == expected
      if !matched { return false }
    }
    return true
  }

  /// The most integer digits `plainYuanFen(_:)` reads: their fen cannot overflow.
  static let plainYuanIntegerDigitsMax = 15

  /// The fen of `text` when it is a plain amount, nil for any other text.
  ///
  /// Plain is 1 to 15 ASCII digits, then optionally `.` and 1 or 2 digits (`1234`,
  /// `1234.5`, `0001234.50`): `Money.parseYuan` gives the same fen for such text, and its
  /// checks for signs, commas, `万` and overflow have nothing to find.
  static func plainYuanFen(_ text: String) -> Int64? {
    var (yuan, fen, fractionDigits): (Int64, Int64, Int?) = (0, 0, nil)
    var integerDigits = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "."), fractionDigits == nil {
        fractionDigits = 0
        continue
      }
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let digit = Int64(byte - 0x30)
      if let count = fractionDigits {
        guard count < 2 else { return nil }
        fen += count == 0 ? digit * 10 : digit
        fractionDigits = count + 1
      } else {
        guard integerDigits < plainYuanIntegerDigitsMax else { return nil }
        yuan = yuan * 10 + digit
        integerDigits += 1
      }
    }
    guard integerDigits > 0, fractionDigits != 0 else { return nil }
    return yuan * 100 + fen
  }

  /// Whether `text` is not empty and only ASCII digits, `.`, `,`, `+` and `-`: no spaces,
  /// currency signs or full-width characters for `InputForms.amount` to take off.
  static func isPlainAmount(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard !utf8.isEmpty else { return false }
    for byte in utf8 {
      switch byte {
      case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "+"),
        UInt8(ascii: "-"):
        continue
      default:
        return false
      }
    }
    return true
  }
}
