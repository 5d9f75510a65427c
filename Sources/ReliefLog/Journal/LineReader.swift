#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A failure while streaming lines that is about the bytes, not the system.
public enum LineReadError: Error, Equatable, Sendable {
  /// A line (counted from 0) runs longer than `JournalLimits.lineSizeBytesMax`.
  case lineTooLong(lineIndex: Int64, offset: Int64)
}

/// Streams the newline-terminated lines of a file region in order, holding one chunk in
/// memory at a time.
public struct LineReader {
  /// The file the lines are read from.
  public let file: OpenFile
  /// The offset where reading stops (exclusive).
  public let endOffset: Int64
  /// The offset where reading starts: the start of a line.
  public var startOffset: Int64 = 0

  /// Reads lines of `file` from offset 0 up to `endOffset` (exclusive).
  public init(file: OpenFile, endOffset: Int64) {
    self.file = file
    self.endOffset = endOffset
  }

  /// Reads lines of `file` from `startOffset`, the start of a line, up to `endOffset`;
  /// line indexes count from 0 at `startOffset`.
  public init(file: OpenFile, startOffset: Int64, endOffset: Int64) {
    self.file = file
    self.startOffset = startOffset
    self.endOffset = endOffset
  }

  /// Bytes after the last newline, if any: a line cut short.
  public struct Remainder: Equatable, Sendable {
    /// The file offset where the cut-short line starts.
    public let offset: Int64
    /// The 0-based index of the cut-short line.
    public let lineIndex: Int64
    /// The bytes after the last newline.
    public let bytes: [UInt8]
  }

  /// Calls `body` with each complete line (newline excluded), its file offset and its
  /// 0-based index.
  ///
  /// The buffer is valid only during the call. Returns the bytes after the last newline, if
  /// any.
  public func forEachLine(
    _ body: (_ line: UnsafeRawBufferPointer, _ offset: Int64, _ lineIndex: Int64) throws -> Void
  ) throws -> Remainder? {
    let capacity = JournalLimits.readChunkSizeBytes + JournalLimits.lineSizeBytesMax + 1
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
    defer { buffer.deallocate() }
    var filled = 0  // bytes held in the buffer
    var fileOffset: Int64 = startOffset  // file offset of buffer[0]
    var lineIndex: Int64 = 0
    var readOffset: Int64 = startOffset
    while readOffset < endOffset {
      let want = Int(min(Int64(capacity - filled), endOffset - readOffset))
      let got = try file.read(
        into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<filled + want]),
        at: readOffset)
      if got == 0 { break }
      readOffset += Int64(got)
      filled += got
      var start = 0
      while start < filled {
        guard let base = buffer.baseAddress,
          let newline = memchr(base + start, 0x0A, filled - start)
        else { break }
        let end = base.distance(to: newline)
        if end - start > JournalLimits.lineSizeBytesMax {
          throw LineReadError.lineTooLong(lineIndex: lineIndex, offset: fileOffset + Int64(start))
        }
        try body(
          UnsafeRawBufferPointer(rebasing: buffer[start..<end]), fileOffset + Int64(start),
          lineIndex)
        lineIndex += 1
        start = end + 1
      }
      if filled - start > JournalLimits.lineSizeBytesMax {
        throw LineReadError.lineTooLong(lineIndex: lineIndex, offset: fileOffset + Int64(start))
      }
      // Keep the partial line at the front of the buffer for the next chunk.
      if start > 0, let base = buffer.baseAddress {
        memmove(base, base + start, filled - start)
      }
      filled -= start
      fileOffset += Int64(start)
    }
    guard filled > 0 else { return nil }
    return Remainder(
      offset: fileOffset, lineIndex: lineIndex, bytes: Array(buffer[0..<filled]))
  }
}
