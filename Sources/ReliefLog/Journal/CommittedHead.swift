import ReliefCrypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where the committed part of a journal ends: the last commit line, found by reading
/// backwards from the end of the file.
///
/// Readers use it to see whole batches only; it trusts the bytes and is not a verification.
public struct CommittedHead: Equatable, Sendable {
  /// Offset just past the last commit line's newline (0 if there is no commit).
  public let endOffset: Int64
  /// The chain head after the last commit line.
  public let head: ChainHead

  /// The head of a journal with no commit at all.
  public static let none = CommittedHead(endOffset: 0, head: .empty)

  /// Finds the last commit line of `file` before `sizeBytes`, reading backwards in chunks.
  public static func find(in file: OpenFile, sizeBytes: Int64) throws -> CommittedHead {
    let chunkSizeBytes: Int64 = 1024 * 1024
    // Drop a line cut short at the end: it has no newline and is never committed. Its bytes
    // are skipped, not kept, so a long unterminated tail costs one backward read of it.
    guard let linesEnd = try lastNewlineEnd(in: file, before: sizeBytes, chunk: chunkSizeBytes)
    else { return .none }
    // `buffer` holds the file's bytes [bufferStart, bufferEnd); every line in it that ends
    // before bufferEnd has been examined already. The last commit line is usually among the
    // last few lines: a first read of 64 KiB keeps a one-entry append from reading (and
    // zeroing) a megabyte; the next read widens it to the megabyte it always was.
    var bufferStart = max(0, linesEnd - 64 * 1024)
    var buffer = try file.readBytes(count: Int(linesEnd - bufferStart), at: bufferStart)
    while !buffer.isEmpty {
      let lineEnd = buffer.count - 1  // the newline
      if let previous = buffer[..<lineEnd].lastIndex(of: 0x0A) {
        if let found = try commitHead(buffer, previous + 1, lineEnd, bufferStart) {
          return found
        }
        buffer.removeSubrange((previous + 1)...)
      } else if bufferStart == 0 {
        return try commitHead(buffer, 0, lineEnd, bufferStart) ?? .none
      } else {
        let held = linesEnd - bufferStart
        if held >= chunkSizeBytes, lineEnd > JournalLimits.lineSizeBytesMax {
          throw LineReadError.lineTooLong(lineIndex: -1, offset: bufferStart)
        }
        buffer = try extend(
          buffer, start: &bufferStart, in: file,
          chunk: held < chunkSizeBytes ? chunkSizeBytes - held : chunkSizeBytes)
      }
    }
    return .none
  }

  /// The head after the line `buffer[start..<end]` if that line is a commit line.
  private static func commitHead(
    _ buffer: [UInt8], _ start: Int, _ end: Int, _ bufferStart: Int64
  ) throws -> CommittedHead? {
    let line = buffer[start..<end]
    let header = try? line.withUnsafeBytes { bytes in try LineHeader.parse(bytes) }
    guard let header, header.isCommit else { return nil }
    let head = ChainHead(
      nextSeq: header.seq + 1, lastHash: SHA256.hash(line), lastTimeMillis: header.timeMillis)
    return CommittedHead(endOffset: bufferStart + Int64(end) + 1, head: head)
  }

  /// The offset just past the last newline before `end`, or nil if there is none; reads
  /// backwards `chunk` bytes at a time, holding one chunk.
  ///
  /// Linear in the bytes after that newline.
  static func lastNewlineEnd(in file: OpenFile, before end: Int64, chunk: Int64) throws -> Int64? {
    var chunkEnd = end
    while chunkEnd > 0 {
      let chunkStart = max(0, chunkEnd - chunk)
      let bytes = try file.readBytes(count: Int(chunkEnd - chunkStart), at: chunkStart)
      if let newline = bytes.lastIndex(of: 0x0A) { return chunkStart + Int64(newline) + 1 }
      chunkEnd = chunkStart
    }
    return nil
  }

  /// Prepends the chunk of the file before `start` to `buffer`.
  private static func extend(
    _ buffer: [UInt8], start: inout Int64, in file: OpenFile, chunk: Int64
  ) throws -> [UInt8] {
    let newStart = max(0, start - chunk)
    let earlier = try file.readBytes(count: Int(start - newStart), at: newStart)
    start = newStart
    return earlier + buffer
  }
}
