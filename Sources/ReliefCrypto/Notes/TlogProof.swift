/// A transparency-log proof (c2sp.org/tlog-proof@v1): a leaf index, its inclusion proof
/// and the signed checkpoint it leads to, with optional unauthenticated extra data.
public struct TlogProof: Hashable, Sendable {
  /// The first line of every proof.
  public static let header = "c2sp.org/tlog-proof@v1"

  /// Opaque extra data from the optional `extra` line; not authenticated.
  public let extra: [UInt8]?
  /// The zero-based index of the entry.
  public let index: UInt64
  /// The inclusion proof hashes, leaf end first.
  public let hashes: [SHA256Digest]
  /// The signed checkpoint note, verbatim.
  public let checkpointNote: [UInt8]

  /// Wraps a proof's fields.
  public init(extra: [UInt8]? = nil, index: UInt64, hashes: [SHA256Digest], checkpointNote: [UInt8])
  {
    self.extra = extra
    self.index = index
    self.hashes = hashes
    self.checkpointNote = checkpointNote
  }

  /// Parses the text form.
  ///
  /// - Throws: `CheckpointError.malformedProof` naming the first line that does not fit.
  public init(parsing bytes: [UInt8]) throws(CheckpointError) {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .malformedProof("not UTF-8")
    }
    var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard lines.count == 2, lines[0] == Self.header else {
      throw .malformedProof("the first line must be \(Self.header)")
    }
    var rest = lines[1]
    var extra: [UInt8]?
    if rest.hasPrefix("extra ") {
      lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
      guard lines.count == 2, let data = try? Base64.decode(String(lines[0].dropFirst(6))) else {
        throw .malformedProof("the extra line is not base64")
      }
      extra = data
      rest = lines[1]
    }
    lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard lines.count == 2, lines[0].hasPrefix("index "),
      let index = Self.decimal(lines[0].dropFirst(6))
    else { throw .malformedProof("expected 'index N' with N in decimal") }
    rest = lines[1]
    var hashes: [SHA256Digest] = []
    while true {
      lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
      guard lines.count == 2 else { throw .malformedProof("no blank line before the checkpoint") }
      rest = lines[1]
      if lines[0].isEmpty { break }
      guard let decoded = try? Base64.decode(String(lines[0])),
        let hash = SHA256Digest(bytes: decoded)
      else { throw .malformedProof("proof line \(hashes.count + 1) is not base64 of 32 bytes") }
      hashes.append(hash)
    }
    self.init(extra: extra, index: index, hashes: hashes, checkpointNote: Array(rest.utf8))
  }

  /// The exact text form.
  public var encoded: [UInt8] {
    var text = Self.header + "\n"
    if let extra { text += "extra " + Base64.encode(extra) + "\n" }
    text += "index " + String(index) + "\n"
    for hash in hashes { text += Base64.encode(hash.bytes) + "\n" }
    return Array((text + "\n").utf8) + checkpointNote
  }

  /// Verifies the checkpoint with the log's keys and the inclusion of `leafHash` at
  /// `index` under its root; returns the verified checkpoint for cosignature checks.
  ///
  /// - Throws: `CheckpointError` if the note, the origin or the inclusion proof fails.
  public func verify(
    leafHash: SHA256Digest, logKeys: [NoteVerifierKey], origin: String? = nil
  ) throws(CheckpointError) -> VerifiedCheckpoint {
    let verified = try VerifiedCheckpoint(parsing: checkpointNote, logKeys: logKeys)
    if let origin, verified.checkpoint.origin != origin {
      throw .unexpectedOrigin(verified.checkpoint.origin)
    }
    let proof = InclusionProof(
      leafIndex: index, treeSize: verified.checkpoint.treeSize, hashes: hashes)
    do throws(MerkleProofError) {
      try proof.verify(leafHash: leafHash, root: verified.checkpoint.rootHash)
    } catch {
      throw .inclusion(error)
    }
    return verified
  }

  /// A decimal without leading zeroes (except `0`); nil otherwise.
  static func decimal(_ text: Substring) -> UInt64? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      text == "0" || !text.hasPrefix("0")
    else { return nil }
    return UInt64(text)
  }
}
