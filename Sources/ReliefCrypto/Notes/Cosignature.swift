/// An Ed25519 tlog cosigner key (c2sp.org/tlog-cosignature, cosignature/v1): a name and
/// public key whose key hash uses signature type 0x04.
public struct CosignerKey: Hashable, Sendable {
  /// The signature type byte of Ed25519 cosignatures.
  public static let algorithm: UInt8 = 0x04

  /// The cosigner name, as in signature lines.
  public let name: String
  /// The Ed25519 public key.
  public let publicKey: Ed25519.PublicKey
  /// SHA-256(name ‖ "\n" ‖ 0x04 ‖ public key), first four bytes, big-endian.
  public let keyHash: UInt32

  /// Makes a cosigner key.
  ///
  /// - Throws: `NoteKeyError.invalidName` for an empty name or one with `+`, a space or a
  ///   control character.
  public init(name: String, publicKey: Ed25519.PublicKey) throws(NoteKeyError) {
    guard NoteKeyName.isValid(name[...]) else { throw .invalidName }
    self.name = name
    self.publicKey = publicKey
    keyHash = NoteKeyHash.compute(name: name[...], publicKey: publicKey, type: .cosignatureV1)
  }

  /// The key as a signed-note verifier key of type 0x04, whose text form
  /// `<name>+<hash>+<base64(0x04 ‖ public key)>` `relief check-proof` and `note verify` take.
  public var verifierKey: NoteVerifierKey {
    NoteVerifierKey(validName: name, publicKey: publicKey, type: .cosignatureV1)
  }

  /// The signed message: `cosignature/v1\ntime <timestamp>\n` then the checkpoint body.
  public static func message(timestamp: UInt64, checkpointText: String) -> [UInt8] {
    Array(("cosignature/v1\ntime " + String(timestamp) + "\n" + checkpointText).utf8)
  }

  /// The cosignature line for `checkpointText` at `timestamp` by `privateKey`, whose
  /// public key must be this key's.
  public static func sign(
    checkpointText: String, timestamp: UInt64, name: String, privateKey: Ed25519.PrivateKey
  ) throws(NoteKeyError) -> NoteSignature {
    let key = try CosignerKey(name: name, publicKey: privateKey.publicKey)
    let signature = privateKey.signature(
      for: message(timestamp: timestamp, checkpointText: checkpointText))
    let field = withUnsafeBytes(of: timestamp.bigEndian) { Array($0) } + signature
    return NoteSignature(name: name, keyHash: key.keyHash, signature: field)
  }
}

/// A parsed Ed25519 cosignature: the timestamp and signature of a signature line.
public struct Cosignature: Hashable, Sendable {
  /// Seconds since the Unix epoch at which the cosigner signed.
  public let timestamp: UInt64
  /// The 64-byte Ed25519 signature.
  public let signature: [UInt8]

  /// Reads the timestamped_signature of a note signature line (after the key hash).
  ///
  /// - Throws: `CheckpointError` if it is not 8 + 64 bytes or the timestamp exceeds 2^63 − 1.
  public init(_ line: NoteSignature) throws(CheckpointError) {
    guard line.signature.count == 72 else { throw .malformedCosignature }
    let time = line.signature[0..<8].reduce(UInt64(0)) { $0 &<< 8 | UInt64($1) }
    guard time <= UInt64(Int64.max) else { throw .cosignatureTimestampTooLarge }
    timestamp = time
    signature = Array(line.signature[8...])
  }

  /// Whether the cosignature by `key` verifies over `checkpointText`.
  public func isValid(for key: CosignerKey, checkpointText: String) -> Bool {
    let message = CosignerKey.message(timestamp: timestamp, checkpointText: checkpointText)
    return key.publicKey.isValidSignature(signature, for: message)
  }
}

extension VerifiedCheckpoint {
  /// The cosigners among `cosigners` whose cosignature lines verify, with timestamps;
  /// lines by other keys are ignored.
  ///
  /// - Throws: `CheckpointError` if a line by a known cosigner is malformed or invalid.
  public func verifiedCosignatures(
    _ cosigners: [CosignerKey]
  ) throws(CheckpointError) -> [(CosignerKey, UInt64)] {
    var result: [(CosignerKey, UInt64)] = []
    for line in note.signatures {
      guard let key = cosigners.first(where: { $0.name == line.name && $0.keyHash == line.keyHash })
      else { continue }
      let cosignature = try Cosignature(line)
      guard cosignature.isValid(for: key, checkpointText: note.text) else {
        throw .invalidCosignature(line.keyID)
      }
      if !result.contains(where: { $0.0 == key }) { result.append((key, cosignature.timestamp)) }
    }
    return result
  }
}
