import ReliefText

extension JSONLineParser {
  /// The byte at `index`, or nil at the end of the line.
  func peek() -> UInt8? {
    index < text.count ? text[index] : nil
  }

  /// Steps over JSON whitespace (the line feed never occurs inside a line).
  mutating func skipWhitespace() {
    while index < text.count {
      switch text[index] {
      case ASCII.space, ASCII.tab, ASCII.carriageReturn, ASCII.lineFeed: index += 1
      default: return
      }
    }
  }

  /// The 1-based column, in characters, of the byte at `position` (default: `index`).
  func column(at position: Int? = nil) -> Int {
    let end = min(position ?? index, text.count)
    var count = 1
    for byte in UnsafeBufferPointer(rebasing: text[0..<end]) where byte & 0xC0 != 0x80 {
      count += 1
    }
    return count
  }

  /// A syntax error saying what was expected and what was found at `index`.
  func unexpected(
    _ expected: MessageID, _ values: [String: String] = [:], field: String?
  ) -> JSONSyntaxError {
    let expectation = Text.current(expected, values)
    guard index < text.count else {
      return JSONSyntaxError(
        field: field, reason: Text.current(.jsonFoundEndOfLine, ["expected": expectation]))
    }
    return JSONSyntaxError(
      field: field,
      reason: Text.current(
        .jsonFoundOther,
        ["expected": expectation, "column": String(column()), "found": scalarName(at: index)]))
  }

  /// The character starting at `position`, quoted, or as `U+XXXX` if it is invisible.
  func scalarName(at position: Int) -> String {
    let lead = text[position]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    let end = min(position + length, text.count)
    let character = String(
      decoding: UnsafeBufferPointer(rebasing: text[position..<end]),
      as: UTF8.self)
    guard let scalar = character.unicodeScalars.first else { return Text.current(.jsonNothing) }
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
      .privateUse, .unassigned:
      let digits = String(scalar.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    default:
      return "'\(character)'"
    }
  }
}
