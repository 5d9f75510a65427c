/// Helpers that describe a byte position to a person: its line and the bytes found there.
enum ByteLocation {
  /// The 1-based line containing the byte at `index`.
  ///
  /// Complexity: O(index); called once per reported issue, never in a loop over the file.
  static func line(of index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    for byte in UnsafeBufferPointer(rebasing: bytes[0..<min(index, bytes.count)])
    where byte == ASCII.lineFeed {
      line += 1
    }
    return line
  }

  /// Up to four bytes from `index` in hexadecimal, such as `C4 CF CD A8`.
  static func hex(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let end = min(index + 4, bytes.count)
    guard index < end else { return "" }
    return bytes[index..<end].map(hexByte).joined(separator: " ")
  }

  /// One byte as two uppercase hexadecimal digits.
  static func hexByte(_ byte: UInt8) -> String {
    let digits: [Character] = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
