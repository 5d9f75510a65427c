/// A file's text as validated UTF-8 without a byte order mark, and the encoding it came from.
///
/// The text is `storage[range]`, so that a UTF-8 file is not copied.
struct DecodedText {
  let storage: [UInt8]
  let range: Range<Int>
  let encoding: TextEncoding

  /// Calls `body` with the text's bytes, indexed from 0.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    storage.withUnsafeBufferPointer { buffer in
      body(UnsafeBufferPointer(rebasing: buffer[range]))
    }
  }
}
