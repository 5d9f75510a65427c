/// The checked fields of `<name>+<hash>+<base64(type ‖ 32-byte key)>`, the shape shared by
/// verifier keys and (after their `PRIVATE+KEY+` prefix) signer keys; the type byte is 0x01
/// (Ed25519 signed-note key) or 0x04 (Ed25519 tlog cosigner key).
///
/// The name cannot contain `+`, so the first two `+` end the name and the hash; base64 may contain
/// `+`, so the key is everything after.
struct NoteKeyFields {
  let name: Substring
  let listedHash: UInt32
  /// The signature type named by the first key byte.
  let type: NoteSignatureType
  /// The 32 key bytes after the algorithm byte.
  let keyBytes: [UInt8]

  init(parsing text: Substring) throws(NoteKeyError) {
    guard let nameEnd = text.firstIndex(of: "+") else { throw .missingFields }
    let afterName = text[text.index(after: nameEnd)...]
    guard let hashEnd = afterName.firstIndex(of: "+") else { throw .missingFields }
    name = text[..<nameEnd]
    guard NoteKeyName.isValid(name) else { throw .invalidName }
    guard let hash = NoteKeyHash.parse(afterName[..<hashEnd]) else {
      throw .malformedKeyHash
    }
    listedHash = hash
    let keyText = String(afterName[afterName.index(after: hashEnd)...])
    let decoded: [UInt8]
    do throws(Base64DecodingError) {
      decoded = try Base64.decode(keyText)
    } catch {
      throw .invalidBase64(error)
    }
    guard let algorithm = decoded.first else { throw .wrongKeyLength(0) }
    guard let type = NoteSignatureType(rawValue: algorithm) else {
      throw .unknownAlgorithm(algorithm)
    }
    self.type = type
    guard decoded.count == 33 else { throw .wrongKeyLength(decoded.count &- 1) }
    keyBytes = Array(decoded[1...])
  }

  /// The text form of the fields: `<name>+<hash>+<base64(type ‖ key)>`.
  static func text(
    name: String, hash: UInt32, key: [UInt8], type: NoteSignatureType = .ed25519
  ) -> String {
    let encodedKey = Base64.encode([type.rawValue] + key)
    return name + "+" + NoteKeyHash.text(hash) + "+" + encodedKey
  }
}
