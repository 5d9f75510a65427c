#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Finds single lines of a journal without reading it from the start: the line ending at
/// an offset, and the line with a given seq (lines are in seq order, so a binary search
/// over byte offsets finds it in a few reads).
public struct LineLocator {
  /// The journal file.
  public let file: OpenFile
  /// Where the searched region ends (exclusive): the committed part.
  public let endOffset: Int64

  private static let chunkSizeBytes = 16 * 1024

  /// Searches the lines of `file` before `endOffset`.
  public init(file: OpenFile, endOffset: Int64) {
    self.file = file
    self.endOffset = endOffset
  }

  /// The line whose newline is the byte before `lineEnd` (newline excluded), or nil if
  /// that byte is not a newline.
  public func line(endingAt lineEnd: Int64) throws -> [UInt8]? {
    guard lineEnd > 0, lineEnd <= endOffset,
      try file.readBytes(count: 1, at: lineEnd - 1) == [0x0A]
    else { return nil }
    var start = lineEnd - 1
    var collected: [UInt8] = []
    while start > 0 {
      let from = max(0, start - Int64(Self.chunkSizeBytes))
      let chunk = try file.readBytes(count: Int(start - from), at: from)
      if let newline = chunk.lastIndex(of: 0x0A) {
        return Array(chunk[(newline + 1)...]) + collected
      }
      collected = chunk + collected
      start = from
      if collected.count > JournalLimits.lineSizeBytesMax {
        throw LineReadError.lineTooLong(lineIndex: -1, offset: start)
      }
    }
    return collected
  }

  /// The line with `seq` (newline excluded) and its offset, or nil if no line has it.
  public func line(seq: Int64) throws -> (bytes: [UInt8], offset: Int64)? {
    var low: Int64 = 0  // a line start with seq <= target, or 0
    var high = endOffset  // a line start (or the end) with seq > target
    while high - low > Int64(Self.chunkSizeBytes) {
      let middle = low + (high - low) / 2
      guard let (start, found) = try lineStart(after: middle, before: high) else {
        high = middle
        continue
      }
      if found <= seq { low = start } else { high = start }
    }
    var offset = low
    while offset < high {
      guard let (bytes, next) = try lineBytes(at: offset) else { return nil }
      if Self.seqPrefix(bytes) == seq { return (bytes, offset) }
      offset = next
    }
    return nil
  }

  /// The first line start after `offset` and before `limit`, with its seq.
  private func lineStart(after offset: Int64, before limit: Int64) throws -> (Int64, Int64)? {
    var position = offset
    while position < limit {
      let count = Int(min(Int64(Self.chunkSizeBytes), limit - position))
      let chunk = try file.readBytes(count: count, at: position)
      if let newline = chunk.firstIndex(of: 0x0A) {
        let start = position + Int64(newline) + 1
        guard start < limit, let (bytes, _) = try lineBytes(at: start),
          let seq = Self.seqPrefix(bytes)
        else { return nil }
        return (start, seq)
      }
      position += Int64(count)
    }
    return nil
  }

  /// The line starting at `offset` and the offset after its newline.
  private func lineBytes(at offset: Int64) throws -> ([UInt8], Int64)? {
    var collected: [UInt8] = []
    var position = offset
    while position < endOffset {
      let count = Int(min(Int64(Self.chunkSizeBytes), endOffset - position))
      let chunk = try file.readBytes(count: count, at: position)
      if let newline = chunk.firstIndex(of: 0x0A) {
        collected += chunk[..<newline]
        return (collected, position + Int64(newline) + 1)
      }
      collected += chunk
      position += Int64(count)
      if collected.count > JournalLimits.lineSizeBytesMax {
        throw LineReadError.lineTooLong(lineIndex: -1, offset: offset)
      }
    }
    return nil
  }

  /// The seq a line starts with (`{"seq":N,`), or nil.
  public static func seqPrefix(_ line: [UInt8]) -> Int64? {
    let prefix = Array(#"{"seq":"#.utf8)
    guard line.count > prefix.count, line.starts(with: prefix) else { return nil }
    var value: Int64 = 0
    var index = prefix.count
    while index < line.count, line[index] >= 0x30, line[index] <= 0x39, index < prefix.count + 18 {
      value = value * 10 + Int64(line[index] - 0x30)
      index += 1
    }
    guard index > prefix.count, index < line.count, line[index] == UInt8(ascii: ",") else {
      return nil
    }
    return value
  }
}
