/// Writes the import CSV: the header, then one line per row, quoting a value (RFC 4180)
/// only when it holds a comma, a quote, a line break or space at either end.
struct ImportCSVWriter {
  private let file: OutputFile
  /// The rows written so far, header excluded.
  private(set) var rowCount = 0

  /// Starts the CSV in `file` with its header line.
  init(file: OutputFile) {
    self.file = file
    let header = ImportColumn.allCases.map(\.rawValue).joined(separator: ",")
    file.buffer.append(contentsOf: header.utf8)
    file.buffer.append(UInt8(ascii: "\n"))
  }

  /// Appends `row` as one CSV line.
  mutating func write(_ row: ImportRow) throws(SeedError) {
    for (index, column) in ImportColumn.allCases.enumerated() {
      if index > 0 { file.buffer.append(UInt8(ascii: ",")) }
      if let value = row[column] { Self.append(value, to: &file.buffer) }
    }
    file.buffer.append(UInt8(ascii: "\n"))
    rowCount += 1
    try file.flushIfFull()
  }

  private static func append(_ value: String, to buffer: inout [UInt8]) {
    let bytes = value.utf8
    let needsQuotes =
      bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 }
      || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
    guard needsQuotes else {
      buffer.append(contentsOf: bytes)
      return
    }
    buffer.append(UInt8(ascii: "\""))
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { buffer.append(byte) }
      buffer.append(byte)
    }
    buffer.append(UInt8(ascii: "\""))
  }
}
