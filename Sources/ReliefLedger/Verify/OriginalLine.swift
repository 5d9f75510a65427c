import ReliefCrypto
import ReliefLog

/// Where an entry that a later reversal names lies in the snapshot, and the digest of its
/// line: read again when the reversal comes, instead of held in memory all along.
struct OriginalLine {
  /// The line's byte offset.
  let offset: Int64
  /// The line's length in bytes, without its newline.
  let length: Int
  /// The SHA-256 of the line, as it was checked.
  let digest: SHA256Digest

  /// The journal's bytes were changed under the verifier since they were checked.
  struct Changed: Error {}

  /// The entry on the line, read again from `file`.
  ///
  /// - Throws: `Changed` if the bytes read are not those checked, or the read's error.
  func entry(in file: OpenFile) throws -> Entry {
    let bytes = try file.readBytes(count: length, at: offset)
    guard bytes.count == length, SHA256.hash(bytes) == digest,
      let decoded = try? bytes.withUnsafeBytes({ try EntryDecoder.decode($0) })
    else { throw Changed() }
    return decoded.entry
  }
}
