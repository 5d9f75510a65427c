import ReliefCrypto
import ReliefText

/// The fields every journal line begins with, in this order:
/// `{"seq":S,"prev":"H","time_ms":T,"kind":"K"`.
public struct LineHeader: Equatable, Sendable {
  /// The line's 0-based position in the journal.
  public let seq: Int64
  /// SHA-256 of the previous line's bytes (all zero for the first line).
  public let prev: SHA256Digest
  /// Append time, milliseconds since the Unix epoch.
  public let timeMillis: Int64
  /// The line kind, such as `commit` or an entry kind known to the ledger layer.
  public let kind: String
  /// Offset of the byte after the kind's closing quote: `,` or `}`.
  public let bodyOffset: Int

  /// The kind of the line that closes a batch.
  public static let commitKind = "commit"

  /// True if the line is a commit line, closing a batch.
  public var isCommit: Bool { kind == Self.commitKind }
}

extension LineHeader {
  /// Longest kind name accepted.
  public static let kindSizeBytesMax = 32

  /// Parses the header of `line` (one journal line without its newline).
  ///
  /// Only the canonical form is accepted.
  public static func parse(_ line: UnsafeRawBufferPointer) throws(CanonicalDecodeError) -> Self {
    var cursor = HeaderCursor(line: line)
    try cursor.literal("{\"seq\":")
    let seq = try cursor.naturalNumber("seq")
    try cursor.literal(",\"prev\":\"")
    let prev = try cursor.digest()
    try cursor.literal("\",\"time_ms\":")
    let time = try cursor.naturalNumber("time_ms")
    try cursor.literal(",\"kind\":\"")
    let kind = try cursor.kindName()
    try cursor.literal("\"")
    guard cursor.index < line.count,
      line[cursor.index] == UInt8(ascii: ",") || line[cursor.index] == UInt8(ascii: "}")
    else {
      throw CanonicalDecodeError(offset: cursor.index, reason: Text.current(.headerAfterKind))
    }
    return LineHeader(seq: seq, prev: prev, timeMillis: time, kind: kind, bodyOffset: cursor.index)
  }
}

/// Walks the fixed header bytes of a line.
private struct HeaderCursor {
  let line: UnsafeRawBufferPointer
  var index = 0

  mutating func literal(_ text: StaticString) throws(CanonicalDecodeError) {
    let count = text.utf8CodeUnitCount
    let expected = UnsafeRawBufferPointer(start: text.utf8Start, count: count)
    var matches = index + count <= line.count
    var offset = 0
    while matches && offset < count {
      matches = line[index + offset] == expected[offset]
      offset += 1
    }
    guard matches else {
      throw CanonicalDecodeError(
        offset: index, reason: Text.current(.headerExpected, ["text": "\(text)"]))
    }
    index += count
  }

  mutating func naturalNumber(_ name: String) throws(CanonicalDecodeError) -> Int64 {
    let start = index
    var value: Int64 = 0
    while index < line.count, line[index] >= UInt8(ascii: "0"), line[index] <= UInt8(ascii: "9") {
      let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int64(line[index] &- 48))
      if overflow1 || overflow2 {
        throw CanonicalDecodeError(
          offset: start, reason: Text.current(.headerTooBig, ["name": name]))
      }
      value = sum
      index += 1
    }
    let digits = index - start
    if digits == 0 {
      throw CanonicalDecodeError(
        offset: start, reason: Text.current(.headerNotInteger, ["name": name]))
    }
    if digits > 1 && line[start] == UInt8(ascii: "0") {
      throw CanonicalDecodeError(
        offset: start, reason: Text.current(.headerLeadingZero, ["name": name]))
    }
    return value
  }

  mutating func digest() throws(CanonicalDecodeError) -> SHA256Digest {
    guard index + 64 <= line.count,
      let digest = SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: line[index..<index + 64]))
    else {
      throw CanonicalDecodeError(offset: index, reason: Text.current(.headerPrev))
    }
    index += 64
    return digest
  }

  mutating func kindName() throws(CanonicalDecodeError) -> String {
    let start = index
    while index < line.count, index - start < LineHeader.kindSizeBytesMax {
      let byte = line[index]
      guard (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: ".")
      else { break }
      index += 1
    }
    guard index > start else {
      throw CanonicalDecodeError(offset: start, reason: Text.current(.headerKind))
    }
    return String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<index]), as: UTF8.self)
  }
}
