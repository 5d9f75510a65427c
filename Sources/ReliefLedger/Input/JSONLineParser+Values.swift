import ReliefText

extension JSONLineParser {
  /// Reads the value at `index`, reporting what it can and throwing on broken syntax.
  mutating func parseValue(
    field: String?, issues: inout IssueCollector
  ) throws(JSONSyntaxError) -> InputJSONValue {
    guard let byte = peek() else {
      throw unexpected(.jsonExpectedValue, field: field)
    }
    switch byte {
    case ASCII.quote:
      return .string(try parseString(field: field, issues: &issues))
    case ASCII.minus, ASCII.zero...ASCII.nine:
      return parseNumber(field: field, issues: &issues)
    case ASCII.leftBracket:
      try skipContainer(field: field)
      return .array
    case ASCII.leftBrace:
      try skipContainer(field: field)
      return .object
    case 0x74:  // t
      try expectLiteral("true", field: field)
      return .boolean
    case 0x66:  // f
      try expectLiteral("false", field: field)
      return .boolean
    case 0x6E:  // n
      try expectLiteral("null", field: field)
      return .null
    default:
      throw unexpected(.jsonExpectedValue, field: field)
    }
  }

  private mutating func parseNumber(
    field: String?, issues: inout IssueCollector
  ) -> InputJSONValue {
    let start = index
    while index < text.count && JSONNumber.isTokenByte(text[index]) {
      index += 1
    }
    let token = UnsafeBufferPointer(rebasing: text[start..<index])
    let spelling = String(decoding: token, as: UTF8.self)
    switch JSONNumber.kind(of: token) {
    case .integer:
      return .integer(spelling)
    case .withFractionOrExponent:
      return .numberWithFractionOrExponent(spelling)
    case .invalid:
      issues.add(
        line: line, field: field,
        Text.current(
          .jsonBadNumber, ["number": spelling, "column": String(column(at: start))]))
      return .invalidNumber
    }
  }

  mutating func expectLiteral(
    _ literal: StaticString, field: String?
  ) throws(JSONSyntaxError) {
    let start = index
    let matches = literal.withUTF8Buffer { expected in
      guard start + expected.count <= text.count else { return false }
      return expected.indices.allSatisfy { text[start + $0] == expected[$0] }
    }
    guard matches else {
      throw unexpected(.jsonExpectedValue, field: field)
    }
    index += literal.utf8CodeUnitCount
  }

  /// Skips the array or object at `index`, checking only its syntax, since any such value
  /// is refused whatever it holds.
  mutating func skipContainer(field: String?) throws(JSONSyntaxError) {
    var closers: [UInt8] = []
    try open(&closers, field: field)
    var mayClose = true
    while let closer = closers.last {
      skipWhitespace()
      if mayClose && peek() == closer {
        index += 1
        closers.removeLast()
      } else {
        if closer == ASCII.rightBrace {
          try skipKey(field: field)
        }
        if peek() == ASCII.leftBracket || peek() == ASCII.leftBrace {
          try open(&closers, field: field)
          mayClose = true
          continue
        }
        try skipScalar(field: field)
      }
      mayClose = false
      try finishElement(&closers, field: field)
    }
  }

  private mutating func open(_ closers: inout [UInt8], field: String?) throws(JSONSyntaxError) {
    guard closers.count < context.limits.jsonDepthMax else {
      throw JSONSyntaxError(
        field: field,
        reason: Text.current(
          .jsonTooDeep,
          ["depth": String(context.limits.jsonDepthMax), "column": String(column())]))
    }
    closers.append(peek() == ASCII.leftBracket ? ASCII.rightBracket : ASCII.rightBrace)
    index += 1
  }

  /// After an element: consumes a comma, or the closers of every container it completes.
  private mutating func finishElement(
    _ closers: inout [UInt8], field: String?
  ) throws(JSONSyntaxError) {
    while let closer = closers.last {
      skipWhitespace()
      if peek() == ASCII.comma {
        index += 1
        return
      }
      guard peek() == closer else {
        let closing = closer == ASCII.rightBracket ? "']'" : "'}'"
        throw unexpected(.jsonExpectedCommaOr, ["closing": closing], field: field)
      }
      index += 1
      closers.removeLast()
    }
  }

  private mutating func skipKey(field: String?) throws(JSONSyntaxError) {
    guard peek() == ASCII.quote else {
      throw unexpected(.jsonExpectedKey, field: field)
    }
    try skipString(field: field)
    skipWhitespace()
    guard peek() == ASCII.colon else {
      throw unexpected(.jsonExpectedColon, field: field)
    }
    index += 1
    skipWhitespace()
  }

  private mutating func skipScalar(field: String?) throws(JSONSyntaxError) {
    switch peek() {
    case ASCII.quote?:
      try skipString(field: field)
    case ASCII.minus?, (ASCII.zero...ASCII.nine)?:
      while index < text.count && JSONNumber.isTokenByte(text[index]) {
        index += 1
      }
    case 0x74?: try expectLiteral("true", field: field)
    case 0x66?: try expectLiteral("false", field: field)
    case 0x6E?: try expectLiteral("null", field: field)
    default: throw unexpected(.jsonExpectedValue, field: field)
    }
  }

  /// Skips a string inside a refused value, checking only that it ends.
  private mutating func skipString(field: String?) throws(JSONSyntaxError) {
    let start = index
    index += 1
    while index < text.count {
      switch text[index] {
      case ASCII.quote:
        index += 1
        return
      case ASCII.backslash:
        index += 2
      default:
        index += 1
      }
    }
    throw JSONSyntaxError(
      field: field,
      reason: Text.current(.jsonStringNotClosed, ["column": String(column(at: start))]))
  }
}
