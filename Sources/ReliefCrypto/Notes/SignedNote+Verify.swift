/// The outcome of verifying a signed note: which signatures verified and which were from
/// unknown keys and so ignored.
public struct VerifiedNote: Hashable, Sendable {
  /// The note text; trust it only because `verified` is non-empty.
  public let text: String
  /// The signatures by known keys, all verified, each key once.
  public let verified: [NoteSignature]
  /// The signatures by unknown keys, ignored (repeated identical lines once).
  public let unverified: [NoteSignature]
}

extension SignedNote {
  /// Verifies the note with `keys` under the rules of c2sp.org/signed-note.
  ///
  /// A signature whose name and key hash both match a key is verified; any other is
  /// ignored. A type 0x04 key's line must be a tlog cosignature (8-byte timestamp at most
  /// 2^63 − 1, then an Ed25519 signature over `cosignature/v1`, the time line and the text). Every signature by a known key must verify, including a repeat by the same
  /// key, and at least one must be present.
  ///
  /// - Throws: `NoteError.invalidSignature` for a bad signature by a known key,
  ///   `.ambiguousKey` if two given keys share name and hash and the note uses it, and
  ///   `.noVerifiableSignatures` if no known key signed.
  public func verify(keys: [NoteVerifierKey]) throws(NoteError) -> VerifiedNote {
    let message = Array(text.utf8)
    var verified: [NoteSignature] = []
    var unverified: [NoteSignature] = []
    for signature in signatures {
      let matches = keys.filter {
        $0.name == signature.name && $0.keyHash == signature.keyHash
      }
      guard let key = matches.first else {
        if !unverified.contains(signature) { unverified.append(signature) }
        continue
      }
      guard matches.count == 1 else { throw .ambiguousKey(signature.keyID) }
      guard Self.isValid(signature, by: key, text: text, message: message) else {
        throw .invalidSignature(key: signature.keyID)
      }
      if !verified.contains(where: { $0.keyHash == key.keyHash && $0.name == key.name }) {
        verified.append(signature)
      }
    }
    guard !verified.isEmpty else { throw .noVerifiableSignatures }
    return VerifiedNote(text: text, verified: verified, unverified: unverified)
  }

  /// Whether `signature` is `key`'s valid signature (or cosignature) of `text`.
  static func isValid(
    _ signature: NoteSignature, by key: NoteVerifierKey, text: String, message: [UInt8]
  ) -> Bool {
    switch key.type {
    case .ed25519:
      return key.publicKey.isValidSignature(signature.signature, for: message)
    case .cosignatureV1:
      guard let cosignature = try? Cosignature(signature) else { return false }
      let signed = CosignerKey.message(timestamp: cosignature.timestamp, checkpointText: text)
      return key.publicKey.isValidSignature(cosignature.signature, for: signed)
    }
  }
}
