import ReliefText

/// Helpers that make user input safe and readable inside error messages.
enum ErrorText {
  /// `text` in double quotes, shortened to `limit` characters and with control
  /// characters escaped, so a pasted binary blob cannot garble a terminal or log.
  static func quoted(_ text: String, limit: Int = 40) -> String {
    var result = "\""
    for (index, character) in text.enumerated() {
      if index == limit {
        result += "…"
        break
      }
      result += escaped(character)
    }
    return result + "\""
  }

  /// Names one character for a message: `"x"`, `a space`, `U+0000`, or `"，" (U+FF0C)`.
  static func describe(_ character: Character) -> String {
    if character == " " { return Text.current(.characterSpace) }
    let scalars = character.unicodeScalars
    if scalars.allSatisfy(isControl) {
      return Text.current(
        .characterControl, ["code": scalars.map(codePoint).joined(separator: " ")])
    }
    if character.isASCII { return "\"" + escaped(character) + "\"" }
    return "\"\(character)\" (" + scalars.map(codePoint).joined(separator: " ") + ")"
  }

  /// `U+` and at least four uppercase hexadecimal digits.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private static func escaped(_ character: Character) -> String {
    switch character {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    default:
      guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
      return character.unicodeScalars.map { scalar in
        isControl(scalar)
          ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
          : String(scalar)
      }.joined()
    }
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
