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
  /// ignored. Every signature by a known key must verify, including a repeat by the same
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
      guard key.publicKey.isValidSignature(signature.signature, for: message) else {
        throw .invalidSignature(key: signature.keyID)
      }
      if !verified.contains(where: { $0.keyHash == key.keyHash && $0.name == key.name }) {
        verified.append(signature)
      }
    }
    guard !verified.isEmpty else { throw .noVerifiableSignatures }
    return VerifiedNote(text: text, verified: verified, unverified: unverified)
  }
}
