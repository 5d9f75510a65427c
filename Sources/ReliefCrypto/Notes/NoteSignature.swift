/// One signature line of a signed note: `— <name> base64(key hash ‖ signature)`.
public struct NoteSignature: Hashable, Sendable {
  /// The key name.
  public let name: String
  /// The key hash (key ID), the first four bytes of the decoded field, big-endian.
  public let keyHash: UInt32
  /// The signature bytes after the key hash.
  public let signature: [UInt8]

  /// Wraps a signature's fields.
  public init(name: String, keyHash: UInt32, signature: [UInt8]) {
    self.name = name
    self.keyHash = keyHash
    self.signature = signature
  }

  /// The key's id as notes and logs print it, `<name>+<hash>`.
  public var keyID: String { name + "+" + NoteKeyHash.text(keyHash) }

  /// The signature line, with the em dash and the final newline.
  public var line: String {
    var field = withUnsafeBytes(of: keyHash.bigEndian) { Array($0) }
    field.append(contentsOf: signature)
    return "\u{2014} " + name + " " + Base64.encode(field) + "\n"
  }

  /// Parses one line of a signature block, without its newline; nil if malformed.
  static func parse(_ line: Substring) -> NoteSignature? {
    let prefix = "\u{2014} "
    guard line.hasPrefix(prefix) else { return nil }
    let rest = line.dropFirst(prefix.count)
    guard let space = rest.firstIndex(of: " ") else { return nil }
    let name = rest[..<space]
    let encoded = rest[rest.index(after: space)...]
    guard NoteKeyName.isValid(name), !encoded.isEmpty,
      let decoded = try? Base64.decode(String(encoded)), decoded.count >= 5
    else { return nil }
    let hash = decoded[0..<4].reduce(UInt32(0)) { $0 &<< 8 | UInt32($1) }
    return NoteSignature(name: String(name), keyHash: hash, signature: Array(decoded[4...]))
  }
}
