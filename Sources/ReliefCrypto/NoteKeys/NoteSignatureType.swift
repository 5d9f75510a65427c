/// The signature types of signed-note verifier keys that relief knows: the byte before the
/// public key in a key's text form, also hashed into its key hash.
public enum NoteSignatureType: UInt8, Hashable, Sendable, CaseIterable {
  /// An Ed25519 signature over the note text (c2sp.org/signed-note).
  case ed25519 = 0x01
  /// An Ed25519 tlog cosignature, `cosignature/v1`: a timestamp and a signature over
  /// `cosignature/v1\ntime <timestamp>\n` and the note text (c2sp.org/tlog-cosignature).
  case cosignatureV1 = 0x04
}
