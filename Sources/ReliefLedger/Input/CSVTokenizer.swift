/// Splits CSV text into records of cells (RFC 4180, plus blanks around cells, LF line
/// ends and lenient recovery so that every problem in a file is found in one pass).
///
/// Every byte is looked at a bounded number of times, so a read is O(n) whatever the input.
struct CSVTokenizer {
  private let text: UnsafeBufferPointer<UInt8>
  private let fieldSizeBytesMax: Int
  private let cellCountMax: Int
  private var index = 0
  private var line = 1
  /// The cells of the record read last: the next one most likely has as many.
  private var previousCellCount = 0
  /// Reused for unescaping quoted cells, so that a file costs one buffer, not one per cell.
  private var scratch: BoundedBuffer

  /// Prepares to split `text`, which must be valid UTF-8.
  init(text: UnsafeBufferPointer<UInt8>, fieldSizeBytesMax: Int, cellCountMax: Int) {
    self.text = text
    self.fieldSizeBytesMax = fieldSizeBytesMax
    self.cellCountMax = cellCountMax
    scratch = BoundedBuffer(sizeBytesMax: fieldSizeBytesMax)
  }

  /// The next record, skipping completely empty lines, or nil at the end of the text.
  mutating func nextRecord() -> CSVRecord? {
    skipEmptyLines()
    guard index < text.count else { return nil }
    var record = CSVRecord(
      line: line, cellCountMax: cellCountMax, expectedCellCount: previousCellCount)
    while true {
      readCell(into: &record)
      if index < text.count && text[index] == ASCII.comma {
        index += 1
        continue
      }
      consumeLineEnd()
      previousCellCount = record.cellCount
      return record
    }
  }

  /// Whether the byte at `position` ends a line: LF, CR before LF, or CR ending the text.
  private func isLineEnd(at position: Int) -> Bool {
    let byte = text[position]
    if byte == ASCII.lineFeed { return true }
    guard byte == ASCII.carriageReturn else { return false }
    return position + 1 == text.count || text[position + 1] == ASCII.lineFeed
  }

  /// Steps over the line end at `index`, if any.
  private mutating func consumeLineEnd() {
    guard index < text.count else { return }
    if text[index] == ASCII.carriageReturn { index += 1 }
    if index < text.count && text[index] == ASCII.lineFeed {
      index += 1
      line += 1
    }
  }

  private mutating func skipEmptyLines() {
    while index < text.count && isLineEnd(at: index) {
      consumeLineEnd()
    }
  }

  /// Reads the cell at `index`, leaving `index` at the comma or line end after it.
  private mutating func readCell(into record: inout CSVRecord) {
    var position = index
    while position < text.count && ASCII.isBlank(text[position]) {
      position += 1
    }
    if position < text.count && text[position] == ASCII.quote {
      readQuotedCell(openingAt: position, into: &record)
    } else {
      readUnquotedCell(into: &record)
    }
  }

  private mutating func readUnquotedCell(into record: inout CSVRecord) {
    let start = index
    var sawQuote = false
    var sawCarriageReturn = false
    while index < text.count {
      let byte = text[index]
      if byte == ASCII.comma || byte == ASCII.lineFeed { break }
      if byte == ASCII.carriageReturn {
        if isLineEnd(at: index) { break }
        if !sawCarriageReturn {
          sawCarriageReturn = true
          record.report(.carriageReturnWithoutLineFeed, line: line)
        }
      } else if byte == ASCII.quote && !sawQuote {
        sawQuote = true
        record.report(.quoteInUnquotedCell, line: line)
      }
      index += 1
    }
    var low = start
    var high = index
    while low < high && ASCII.isBlank(text[low]) { low += 1 }
    while high > low && ASCII.isBlank(text[high - 1]) { high -= 1 }
    let size = high - low
    let value =
      size <= fieldSizeBytesMax
      ? String(decoding: UnsafeBufferPointer(rebasing: text[low..<high]), as: UTF8.self)
      : nil
    record.append(.init(value: value, sizeBytes: size, line: line))
  }

  private mutating func readQuotedCell(openingAt quote: Int, into record: inout CSVRecord) {
    let openingLine = line
    scratch.reset()
    index = quote + 1
    while true {
      let segmentStart = index
      while index < text.count && text[index] != ASCII.quote {
        if text[index] == ASCII.lineFeed { line += 1 }
        index += 1
      }
      scratch.append(UnsafeBufferPointer(rebasing: text[segmentStart..<index]))
      guard index < text.count else {
        record.report(.unterminatedQuote, line: openingLine)
        record.endsInsideQuote = true
        appendQuotedCell(line: openingLine, to: &record)
        return
      }
      // A doubled quote is one quote of data; a single one closes the cell.
      if index + 1 < text.count && text[index + 1] == ASCII.quote {
        scratch.append(ASCII.quote)
        index += 2
        continue
      }
      index += 1
      break
    }
    // Problems after the quote belong to this cell, so they are reported before it is added.
    skipAfterClosingQuote(into: &record)
    appendQuotedCell(line: openingLine, to: &record)
  }

  private func appendQuotedCell(line: Int, to record: inout CSVRecord) {
    record.append(.init(value: scratch.string(), sizeBytes: scratch.sizeBytes, line: line))
  }

  /// Allows blanks after a closing quote; anything else up to the cell's end is reported
  /// and skipped.
  private mutating func skipAfterClosingQuote(into record: inout CSVRecord) {
    while index < text.count && ASCII.isBlank(text[index]) {
      index += 1
    }
    guard index < text.count, text[index] != ASCII.comma, !isLineEnd(at: index) else {
      return
    }
    record.report(.textAfterClosingQuote, line: line)
    while index < text.count && text[index] != ASCII.comma && !isLineEnd(at: index) {
      index += 1
    }
  }
}
