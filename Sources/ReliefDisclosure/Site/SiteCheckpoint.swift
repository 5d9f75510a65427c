import ReliefCrypto

/// The signed checkpoint the site shows: the note's exact text and the fields read from it.
///
/// The caller checks the ledger's signature and the checkpoint's consistency with the
/// journal; cosignature lines are listed as found (readers check them with the cosigners'
/// keys).
public struct SiteCheckpoint: Equatable, Sendable {
  /// A cosignature line: its key id and its timestamp (seconds since 1970, UTC).
  public struct Cosigner: Equatable, Sendable {
    /// The cosigner's key id, `<name>+<hash>`.
    public let keyID: String
    /// When the cosigner signed, in seconds since 1970-01-01T00:00:00Z.
    public let timestamp: UInt64
  }

  /// The whole signed note, verbatim (text, blank line, signature lines).
  public let note: String
  /// The checkpoint body.
  public let checkpoint: Checkpoint
  /// The key ids of the plain (Ed25519 note) signature lines.
  public let signers: [String]
  /// The timestamped cosignature lines, in the note's order.
  public let cosigners: [Cosigner]

  /// Reads a signed checkpoint note; a signature line whose field is a timestamp and an
  /// Ed25519 signature (72 bytes) is taken for a tlog cosignature.
  ///
  /// - Throws: `CheckpointError` if the bytes are not a signed note holding a checkpoint.
  public init(parsing bytes: [UInt8]) throws(CheckpointError) {
    let parsed: SignedNote
    do throws(NoteError) {
      parsed = try SignedNote(parsing: bytes)
    } catch {
      throw .note(error)
    }
    checkpoint = try Checkpoint(parsing: parsed.text)
    note = parsed.encoded
    var signers: [String] = []
    var cosigners: [Cosigner] = []
    for line in parsed.signatures {
      if let cosignature = try? Cosignature(line) {
        cosigners.append(Cosigner(keyID: line.keyID, timestamp: cosignature.timestamp))
      } else {
        signers.append(line.keyID)
      }
    }
    self.signers = signers
    self.cosigners = cosigners
  }

  /// The root hash in base64, as the note writes it.
  public var rootBase64: String { Base64.encode(checkpoint.rootHash.bytes) }
}
