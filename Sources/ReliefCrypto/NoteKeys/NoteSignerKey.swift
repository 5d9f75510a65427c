/// A signed-note signer key (the private-key text form of golang.org/x/mod/sumdb/note): an
/// Ed25519 private key with its name and key hash.
///
/// Text form: `PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ 32-byte seed)>`, where the hash is
/// that of the matching verifier key. `encoded` is secret; `description`, `debugDescription`
/// and the mirror show only the verifier key.
public struct NoteSignerKey: Sendable {
  /// The text that starts every signer key.
  static let prefix = "PRIVATE+KEY+"

  /// The key name, as in signature lines.
  public let name: String
  /// The key hash of the matching verifier key.
  public let keyHash: UInt32
  /// The Ed25519 private key.
  public let privateKey: Ed25519.PrivateKey

  /// Makes the signer key for `privateKey` under `name`, computing its key hash.
  ///
  /// - Throws: `NoteKeyError.invalidName` if the name is empty or contains `+`, a Unicode
  ///   space or a control character.
  public init(name: String, privateKey: Ed25519.PrivateKey) throws(NoteKeyError) {
    guard NoteKeyName.isValid(name[...]) else { throw .invalidName }
    self.name = name
    self.keyHash = NoteKeyHash.compute(name: name[...], publicKey: privateKey.publicKey)
    self.privateKey = privateKey
  }

  /// Parses the text form.
  ///
  /// The listed key hash must equal the one computed from the name and the public key derived from
  /// the seed; the base64 must be canonical.
  ///
  /// - Throws: `NoteKeyError` naming the first problem found, never echoing the key.
  public init(parsing text: String) throws(NoteKeyError) {
    guard text.hasPrefix(Self.prefix) else { throw .missingPrivateKeyPrefix }
    let fields = try NoteKeyFields(parsing: text.dropFirst(Self.prefix.count))
    guard fields.type == .ed25519 else { throw .signerKeyTypeNotEd25519(fields.type.rawValue) }
    guard let privateKey = Ed25519.PrivateKey(seed: fields.keyBytes) else {
      throw .wrongKeyLength(fields.keyBytes.count)
    }
    try self.init(name: String(fields.name), privateKey: privateKey)
    guard keyHash == fields.listedHash else {
      throw .keyHashMismatch(listed: fields.listedHash, computed: keyHash)
    }
  }

  /// The secret text form, `PRIVATE+KEY+<name>+<hash>+<base64(0x01 ‖ seed)>`.
  public var encoded: String {
    Self.prefix + NoteKeyFields.text(name: name, hash: keyHash, key: privateKey.seed)
  }

  /// The matching verifier key.
  public var verifierKey: NoteVerifierKey {
    NoteVerifierKey(validName: name, publicKey: privateKey.publicKey)
  }

  /// The verifier key of this key's tlog cosignatures (type 0x04, c2sp.org/tlog-cosignature):
  /// same name and public key, another key hash.
  public var cosignerVerifierKey: NoteVerifierKey {
    NoteVerifierKey(validName: name, publicKey: privateKey.publicKey, type: .cosignatureV1)
  }
}

extension NoteSignerKey: CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// Names the type and the verifier key, never the secret.
  public var description: String {
    "NoteSignerKey(\(verifierKey.encoded))"
  }

  /// The same as `description`: the verifier key only.
  public var debugDescription: String { description }

  /// An empty mirror, so `dump` and debuggers show no key material.
  public var customMirror: Mirror {
    Mirror(self, children: [], displayStyle: .struct)
  }
}
