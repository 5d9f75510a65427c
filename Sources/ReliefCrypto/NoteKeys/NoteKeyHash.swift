/// The key hash (key ID) of c2sp.org/signed-note: the first four bytes, read big-endian, of
/// SHA-256(name ‖ 0x0A ‖ type ‖ 32-byte public key), type 0x01 for Ed25519 note signatures
/// and 0x04 for Ed25519 tlog cosignatures (c2sp.org/tlog-cosignature).
enum NoteKeyHash {
  static func compute(
    name: Substring, publicKey: Ed25519.PublicKey, type: NoteSignatureType = .ed25519
  ) -> UInt32 {
    var hasher = SHA256()
    var name = name
    name.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) }
    hasher.update([0x0a, type.rawValue])
    publicKey.encodedBytes.withUnsafeBytes { hasher.update($0) }
    return hasher.finalize().withUnsafeBytes { digest in
      UInt32(bigEndian: digest.loadUnaligned(as: UInt32.self))
    }
  }

  /// Eight lowercase hexadecimal digits.
  static func text(_ hash: UInt32) -> String {
    withUnsafeBytes(of: hash.bigEndian) { Hex.encode($0) }
  }

  /// Parses exactly eight lowercase hexadecimal digits; nil for anything else.
  static func parse(_ text: Substring) -> UInt32? {
    let digits = text.utf8
    guard digits.count == 8 else { return nil }
    var hash: UInt32 = 0
    for digit in digits {
      guard let value = Hex.value(digit) else { return nil }
      hash = hash &<< 4 | UInt32(value)
    }
    return hash
  }
}

extension NoteVerifierKey {
  /// The signed-note key hash of an Ed25519 key with this name:
  /// SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), first four bytes, big-endian.
  public static func keyHash(name: String, publicKey: Ed25519.PublicKey) -> UInt32 {
    NoteKeyHash.compute(name: name[...], publicKey: publicKey)
  }
}
