import ReliefText

extension JSONLineParser {
  /// Reads the string at `index` (a quote), or nil when it is too long (reported).
  ///
  /// Bad escapes and raw control characters are reported and skipped so that the rest of
  /// the line is still checked; only a string that never ends stops the line.
  mutating func parseString(
    field: String?, issues: inout IssueCollector
  ) throws(JSONSyntaxError) -> String? {
    let start = index
    index += 1
    scratch.reset()
    while true {
      let runStart = index
      while index < text.count {
        let byte = text[index]
        if byte == ASCII.quote || byte == ASCII.backslash || byte < ASCII.space { break }
        index += 1
      }
      scratch.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
      guard index < text.count else {
        throw JSONSyntaxError(
          field: field,
          reason: Text.current(.jsonStringNotClosed, ["column": String(column(at: start))]))
      }
      let byte = text[index]
      if byte == ASCII.quote {
        index += 1
        break
      }
      if byte == ASCII.backslash {
        try parseEscape(stringStart: start, field: field, issues: &issues)
      } else {
        issues.add(
          line: line, field: field,
          Text.current(
            .jsonControlCharacter,
            ["character": scalarName(at: index), "column": String(column())]))
        index += 1
      }
    }
    guard let value = scratch.string() else {
      issues.add(
        line: line, field: field,
        Text.current(
          field == nil ? .jsonKeyTooLong : .readValueTooLong,
          [
            "size": String(scratch.sizeBytes),
            "limit": String(context.limits.fieldSizeBytesMax),
          ]))
      return nil
    }
    return value
  }

  /// Reads the escape at `index` (a backslash) into the scratch buffer.
  private mutating func parseEscape(
    stringStart: Int, field: String?, issues: inout IssueCollector
  ) throws(JSONSyntaxError) {
    guard index + 1 < text.count else {
      throw JSONSyntaxError(
        field: field,
        reason: Text.current(
          .jsonStringNotClosed, ["column": String(column(at: stringStart))]))
    }
    let replacement: UInt8
    switch text[index + 1] {
    case ASCII.quote, ASCII.backslash, ASCII.slash: replacement = text[index + 1]
    case 0x62: replacement = 0x08  // \b
    case 0x66: replacement = 0x0C  // \f
    case 0x6E: replacement = ASCII.lineFeed  // \n
    case 0x72: replacement = ASCII.carriageReturn  // \r
    case 0x74: replacement = ASCII.tab  // \t
    case 0x75:  // \u
      parseUnicodeEscape(field: field, issues: &issues)
      return
    default:
      issues.add(
        line: line, field: field,
        Text.current(
          .jsonBadEscape,
          ["character": scalarName(at: index + 1), "column": String(column())]))
      // Only the backslash is dropped; what follows is read as ordinary text.
      index += 1
      return
    }
    scratch.append(replacement)
    index += 2
  }

  /// Reads `\uXXXX`, joining a surrogate pair into one scalar.
  private mutating func parseUnicodeEscape(field: String?, issues: inout IssueCollector) {
    let start = index
    guard let unit = hexUnit(at: index + 2) else {
      issues.add(
        line: line, field: field,
        Text.current(.jsonBadUnicodeEscape, ["column": String(column())]))
      index += 2
      return
    }
    index += 6
    var scalarValue = UInt32(unit)
    switch unit {
    case 0:
      issues.add(
        line: line, field: field,
        Text.current(.jsonNulEscape, ["column": String(column(at: start))]))
      return
    case 0xD800...0xDBFF:
      guard let low = lowSurrogate(at: index) else {
        issues.add(line: line, field: field, loneSurrogateReason(unit, at: start))
        return
      }
      index += 6
      scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
    case 0xDC00...0xDFFF:
      issues.add(line: line, field: field, loneSurrogateReason(unit, at: start))
      return
    default:
      break
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { return }
    UTF8.encode(scalar) { scratch.append($0) }
  }

  private func loneSurrogateReason(_ unit: UInt16, at start: Int) -> String {
    let spelled = ByteLocation.hexByte(UInt8(unit >> 8)) + ByteLocation.hexByte(UInt8(unit & 0xFF))
    return Text.current(
      .jsonLoneSurrogate, ["unit": spelled, "column": String(column(at: start))])
  }

  /// The low surrogate spelled `\uDC00`…`\uDFFF` at `position`, if there is one.
  private func lowSurrogate(at position: Int) -> UInt16? {
    guard position + 1 < text.count, text[position] == ASCII.backslash,
      text[position + 1] == 0x75, let unit = hexUnit(at: position + 2),
      (0xDC00...0xDFFF).contains(unit)
    else { return nil }
    return unit
  }

  /// The value of the four hexadecimal digits at `position`, if they are there.
  private func hexUnit(at position: Int) -> UInt16? {
    guard position + 4 <= text.count else { return nil }
    var unit: UInt16 = 0
    for offset in 0..<4 {
      guard let digit = hexDigitValue(text[position + offset]) else { return nil }
      unit = unit << 4 | UInt16(digit)
    }
    return unit
  }

  private func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case ASCII.zero...ASCII.nine: return byte - ASCII.zero
    case 0x41...0x46: return byte - 0x41 + 10  // A-F
    case 0x61...0x66: return byte - 0x61 + 10  // a-f
    default: return nil
    }
  }
}
