/// Walks the bytes of one canonical line for the fast entry decoder: every read either
/// consumes exactly the expected bytes or answers `nil`/`false`, never throwing, so that
/// the caller can fall back to the full decoder for its error message.
struct ByteCursor {
  let line: UnsafeRawBufferPointer
  var index: Int

  init(_ line: UnsafeRawBufferPointer, at index: Int) {
    self.line = line
    self.index = index
  }

  var atEnd: Bool { index == line.count }

  /// Consumes `text` if the bytes at the cursor are exactly it.
  mutating func literal(_ text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard index + count <= line.count, let base = line.baseAddress else { return false }
    let expected = UnsafeRawPointer(text.utf8Start)
    // Eight bytes at a time: member names and their punctuation are most of a line.
    var offset = 0
    while offset + 8 <= count {
      guard
        base.loadUnaligned(fromByteOffset: index + offset, as: UInt64.self)
          == expected.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    while offset < count {
      guard
        base.load(fromByteOffset: index + offset, as: UInt8.self)
          == expected.load(fromByteOffset: offset, as: UInt8.self)
      else { return false }
      offset += 1
    }
    index += count
    return true
  }

  /// The bytes of a string whose opening quote was consumed, up to its closing quote
  /// (consumed too); `nil` if the string holds an escape or a control byte or is not
  /// terminated.
  mutating func plainString() -> UnsafeRawBufferPointer? {
    let start = index
    // Eight bytes at a time while none of them is a quote, a backslash or a control byte
    // (the test is exact for every byte value, UTF-8 lead and continuation bytes included).
    if let base = line.baseAddress {
      while index + 8 <= line.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        guard !Self.hasSpecialByte(word) else { break }
        index += 8
      }
    }
    while index < line.count {
      let byte = line[index]
      if byte == UInt8(ascii: "\"") {
        let bytes = UnsafeRawBufferPointer(rebasing: line[start..<index])
        index += 1
        return bytes
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      index += 1
    }
    return nil
  }

  /// Whether any byte of `word` is a quote (0x22), a backslash (0x5C) or below 0x20.
  @inline(__always)
  static func hasSpecialByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte is zero in `x` exactly where it equals the byte looked for; `(x - 1) & ~x`
    // has its high bit set where x's byte is zero, or (only after a true zero below it)
    // where a borrow reaches it, so a false hit can only come with a true one.
    func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    // Bytes below 0x20: the high bit is clear and byte - 0x20 borrows.
    let below = (word &- ones &* 0x20) & ~word & highs
    return hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || below != 0
  }

  /// A canonical integer of at most 18 digits that is 0 or more; `nil` for anything else
  /// (the full decoder then decides).
  mutating func smallNatural() -> Int64? {
    guard index < line.count else { return nil }
    let first = line[index]
    guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
    if first == UInt8(ascii: "0") {
      index += 1
      return isDigitOrFraction(at: index) ? nil : 0
    }
    var value: Int64 = 0
    var digits = 0
    while index < line.count, digits < 18 {
      let byte = line[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
      value = value * 10 + Int64(byte &- UInt8(ascii: "0"))
      digits += 1
      index += 1
    }
    return isDigitOrFraction(at: index) ? nil : value
  }

  private func isDigitOrFraction(at position: Int) -> Bool {
    guard position < line.count else { return false }
    let byte = line[position]
    return (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
  }
}

/// Byte-level twins of `FieldRules` checks: each accepts exactly what the `String` check
/// accepts (and `nil` means only "let the full decoder decide").
enum ByteFields {
  /// An id that `FieldRules.checkIdentifier` accepts, as a `String`.
  static func identifier(_ bytes: UnsafeRawBufferPointer) -> String? {
    guard !bytes.isEmpty, bytes.count <= FieldRules.identifierSizeBytesMax else { return nil }
    for index in 0..<bytes.count {
      let byte = bytes[index]
      let alphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      let punctuation = byte == 0x2E || byte == 0x5F || byte == 0x2D
      guard alphanumeric || (index > 0 && punctuation) else { return nil }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Text that `FieldRules.checkName`/`checkMemo` accept (valid UTF-8 of 1…`sizeBytesMax`
  /// bytes, no control characters, no surrounding spaces), as a `String`.
  static func text(_ bytes: UnsafeRawBufferPointer, sizeBytesMax: Int) -> String? {
    guard !bytes.isEmpty, bytes.count <= sizeBytesMax else { return nil }
    guard bytes[0] != 0x20, bytes[bytes.count - 1] != 0x20 else { return nil }
    var ascii = true
    for index in 0..<bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F { return nil }
      if byte >= 0x80 { ascii = false }
      // C1 controls, U+0080 to U+009F, are 0xC2 0x80 to 0xC2 0x9F.
      if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return nil }
    }
    if ascii { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
  }

  /// A token that `FieldRules.checkToken` accepts (printable ASCII, no spaces), as a
  /// `String`.
  static func token(_ bytes: UnsafeRawBufferPointer, sizeBytesMax: Int) -> String? {
    guard !bytes.isEmpty, bytes.count <= sizeBytesMax else { return nil }
    for byte in bytes where byte <= 0x20 || byte >= 0x7F { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A date that `BusinessDate(parsing:)` accepts.
  static func date(_ bytes: UnsafeRawBufferPointer) -> BusinessDate? {
    guard bytes.count == 10, bytes[4] == ASCIIDigits.hyphen, bytes[7] == ASCIIDigits.hyphen,
      let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2),
      let day = digits(bytes, 8, 2)
    else { return nil }
    return BusinessDate(year: year, month: month, day: day)
  }

  /// A month `YYYY-MM` that `YearMonth.parse` accepts.
  static func yearMonth(_ bytes: UnsafeRawBufferPointer, at start: Int) -> YearMonth? {
    guard bytes[start + 4] == ASCIIDigits.hyphen, let year = digits(bytes, start, 4),
      let month = digits(bytes, start + 5, 2)
    else { return nil }
    return YearMonth(year: year, month: month)
  }

  /// A period in its canonical spelling (`YYYY-MM`, or `YYYY-MM..YYYY-MM` with the end
  /// after the start).
  static func period(_ bytes: UnsafeRawBufferPointer) -> MonthPeriod? {
    if bytes.count == 7 {
      return yearMonth(bytes, at: 0).map { MonthPeriod(month: $0) }
    }
    guard bytes.count == 16, bytes[7] == UInt8(ascii: "."), bytes[8] == UInt8(ascii: "."),
      let start = yearMonth(bytes, at: 0), let end = yearMonth(bytes, at: 9), start < end
    else { return nil }
    return MonthPeriod(start: start, end: end)
  }

  private static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<start + count {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte &- UInt8(ascii: "0"))
    }
    return value
  }
}
