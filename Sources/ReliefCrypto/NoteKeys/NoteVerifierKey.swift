/// A signed-note verifier key (c2sp.org/signed-note, in the text form of
/// golang.org/x/mod/sumdb/note): an Ed25519 public key with the name and key hash by which
/// signature lines refer to it.
///
/// Text form: `<name>+<hash>+<base64(type ‖ 32-byte public key)>`, e.g.
/// `sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8`. Type 0x01 keys
/// check Ed25519 note signatures; type 0x04 keys check Ed25519 tlog cosignatures
/// (c2sp.org/tlog-cosignature, `cosignature/v1`).
public struct NoteVerifierKey: Hashable, Sendable, CustomStringConvertible {
  /// The key name, as in signature lines.
  public let name: String
  /// The key hash (key ID): SHA-256(name ‖ "\n" ‖ type ‖ public key), first four bytes.
  public let keyHash: UInt32
  /// The Ed25519 public key.
  public let publicKey: Ed25519.PublicKey
  /// What the key's signatures are: note signatures (0x01) or tlog cosignatures (0x04).
  public let type: NoteSignatureType

  /// Makes the verifier key for `publicKey` under `name`, computing its key hash.
  ///
  /// - Throws: `NoteKeyError.invalidName` if the name is empty or contains `+`, a Unicode
  ///   space or a control character.
  public init(
    name: String, publicKey: Ed25519.PublicKey, type: NoteSignatureType = .ed25519
  ) throws(NoteKeyError) {
    guard NoteKeyName.isValid(name[...]) else { throw .invalidName }
    self.init(validName: name, publicKey: publicKey, type: type)
  }

  /// Makes the key for a name already checked.
  init(validName name: String, publicKey: Ed25519.PublicKey, type: NoteSignatureType = .ed25519) {
    self.name = name
    self.keyHash = NoteKeyHash.compute(name: name[...], publicKey: publicKey, type: type)
    self.publicKey = publicKey
    self.type = type
  }

  /// Parses the text form, accepting the key types in `accepting`: by default Ed25519 note
  /// keys only, as a ledger's signers must be; add `.cosignatureV1` where cosignatures are
  /// checked.
  ///
  /// The listed key hash must equal the one computed from the name, type and key; the base64
  /// must be canonical.
  ///
  /// - Throws: `NoteKeyError` naming the first problem found (`.cosignerKeyNotAccepted` for
  ///   a type 0x04 key not accepted).
  public init(
    parsing text: String, accepting: Set<NoteSignatureType> = [.ed25519]
  ) throws(NoteKeyError) {
    guard !text.hasPrefix(NoteSignerKey.prefix) else {
      throw .privateKeyWhereVerifierKeyExpected
    }
    let fields = try NoteKeyFields(parsing: text[...])
    guard accepting.contains(fields.type) else {
      throw fields.type == .cosignatureV1
        ? .cosignerKeyNotAccepted : .unknownAlgorithm(fields.type.rawValue)
    }
    guard let publicKey = Ed25519.PublicKey(bytes: fields.keyBytes) else {
      throw .wrongKeyLength(fields.keyBytes.count)
    }
    self.init(validName: String(fields.name), publicKey: publicKey, type: fields.type)
    guard keyHash == fields.listedHash else {
      throw .keyHashMismatch(listed: fields.listedHash, computed: keyHash)
    }
  }

  /// The text form, `<name>+<hash>+<base64(type ‖ public key)>`.
  public var encoded: String {
    NoteKeyFields.text(name: name, hash: keyHash, key: publicKey.bytes, type: type)
  }

  /// The text form; same as `encoded`.
  public var description: String { encoded }
}

extension NoteVerifierKey {
  /// The key's id, `<name>+<hash>`: how a signed note's signature line and a ledger's
  /// commit line name the key.
  public var id: String { name + "+" + NoteKeyHash.text(keyHash) }
}
