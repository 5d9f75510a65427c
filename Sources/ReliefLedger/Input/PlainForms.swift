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
