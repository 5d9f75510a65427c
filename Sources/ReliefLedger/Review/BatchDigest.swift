import ReliefCrypto
import ReliefLog

/// The SHA-256 of a batch's entries that a maker signs: independent of seq, `prev` and
/// time, so that a proposal survives other batches appended before it is approved.
///
/// Each entry line contributes `{` followed by its bytes from its `"kind"` member to its
/// end (the form a reversal's `original` takes), then a newline.
public struct BatchDigest: Sendable {
  private var hasher = SHA256()
  /// The entry lines added so far.
  public private(set) var entryCount: Int64 = 0

  /// An empty digest, before the batch's first entry.
  public init() {}

  /// Adds the entry line `line` whose parsed header is `header`.
  public mutating func add(_ line: UnsafeRawBufferPointer, header: LineHeader) {
    // The header ends with `"kind":"K"`: 9 bytes besides the kind's name.
    let kindStart = header.bodyOffset - 9 - header.kind.utf8.count
    precondition(kindStart > 0, "a parsed header holds its kind member")
    hasher.update([UInt8(ascii: "{")])
    hasher.update(UnsafeRawBufferPointer(rebasing: line[kindStart...]))
    hasher.update([UInt8(ascii: "\n")])
    entryCount += 1
  }

  /// The digest of the entries added.
  public func finalize() -> SHA256Digest { hasher.finalize() }

  /// The digest of the entry lines in `batch` (lines ending in newlines; commit lines are
  /// skipped), or nil if a line's header does not parse.
  public static func of(_ batch: [UInt8]) -> BatchDigest? {
    var digest = BatchDigest()
    var start = 0
    var failed = false
    batch.withUnsafeBytes { bytes in
      while !failed, start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        if let header = try? LineHeader.parse(line) {
          if !header.isCommit { digest.add(line, header: header) }
        } else {
          failed = true
        }
        start = end + 1
      }
    }
    return failed ? nil : digest
  }
}
