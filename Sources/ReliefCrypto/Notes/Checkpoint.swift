/// The body of a transparency-log checkpoint (c2sp.org/tlog-checkpoint): origin, tree
/// size, root hash and optional extension lines, each ending in a newline.
public struct Checkpoint: Hashable, Sendable {
  /// The log's identity, the first line.
  public let origin: String
  /// The number of leaves in the tree.
  public let treeSize: UInt64
  /// The RFC 6962 root hash of the tree.
  public let rootHash: SHA256Digest
  /// Opaque, non-empty extension lines (without newlines).
  public let extensions: [String]

  /// Makes a checkpoint body.
  ///
  /// - Throws: `CheckpointError` if the origin or an extension line is empty or contains a
  ///   newline.
  public init(
    origin: String, treeSize: UInt64, rootHash: SHA256Digest, extensions: [String] = []
  ) throws(CheckpointError) {
    guard !origin.isEmpty, !origin.contains("\n") else { throw .emptyOrigin }
    for line in extensions where line.isEmpty || line.contains("\n") {
      throw .emptyExtensionLine
    }
    self.origin = origin
    self.treeSize = treeSize
    self.rootHash = rootHash
    self.extensions = extensions
  }

  /// Parses a note text as a checkpoint body.
  ///
  /// - Throws: `CheckpointError` naming the first malformed line.
  public init(parsing text: String) throws(CheckpointError) {
    guard text.hasSuffix("\n") else { throw .tooFewLines }
    let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 3 else { throw .tooFewLines }
    let sizeText = lines[1]
    guard !sizeText.isEmpty, sizeText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      sizeText == "0" || !sizeText.hasPrefix("0"), let size = UInt64(sizeText)
    else { throw .malformedTreeSize }
    guard let rootBytes = try? Base64.decode(String(lines[2])),
      let root = SHA256Digest(bytes: rootBytes)
    else { throw .malformedRootHash }
    try self.init(
      origin: String(lines[0]), treeSize: size, rootHash: root,
      extensions: lines.dropFirst(3).map(String.init))
  }

  /// The note text: each line followed by a newline.
  public var text: String {
    var lines = [origin, String(treeSize), Base64.encode(rootHash.bytes)]
    lines.append(contentsOf: extensions)
    return lines.map { $0 + "\n" }.joined()
  }
}

/// A checkpoint whose note was verified with the log's key.
public struct VerifiedCheckpoint: Hashable, Sendable {
  /// The checkpoint body.
  public let checkpoint: Checkpoint
  /// The verified signed note around it (with all its signature lines).
  public let note: SignedNote
  /// The verification outcome of the note.
  public let verification: VerifiedNote

  /// Parses and verifies a signed checkpoint note with the log's keys.
  ///
  /// - Throws: `CheckpointError` if the note or body is malformed or no log key verifies.
  public init(parsing bytes: [UInt8], logKeys: [NoteVerifierKey]) throws(CheckpointError) {
    let note: SignedNote
    let verification: VerifiedNote
    do throws(NoteError) {
      note = try SignedNote(parsing: bytes)
      verification = try note.verify(keys: logKeys)
    } catch {
      throw .note(error)
    }
    checkpoint = try Checkpoint(parsing: note.text)
    self.note = note
    self.verification = verification
  }
}
