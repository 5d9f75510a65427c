import ReliefCrypto

/// The key that signs a batch's commit line.
///
/// It holds the private key in memory only and
/// never prints it.
public struct CommitSigner: Sendable {
  /// The signer's id `<name>+<hash>`, written in the commit line's `signer` member.
  public let keyID: String
  /// The signer's verifier key text, `<name>+<hash>+<base64>`.
  public let verifierKey: String
  private let privateKey: Ed25519.PrivateKey

  /// Creates a signer from a signed-note private key.
  public init(_ key: NoteSignerKey) {
    self.keyID = key.verifierKey.id
    self.verifierKey = key.verifierKey.encoded
    self.privateKey = key.privateKey
  }

  /// The base64 Ed25519 signature of `message` (a commit line with an empty `sig`).
  public func signature(for message: [UInt8]) -> String {
    Base64.encode(privateKey.signature(for: message))
  }
}

/// Checks commit signatures: the signed message is the commit line with `sig` empty.
public enum CommitSignature {
  /// The message a commit line's signature covers: the line with its `sig` value removed,
  /// or nil if the line does not end with a `sig` member.
  public static func signedMessage(of line: UnsafeRawBufferPointer) -> [UInt8]? {
    let marker = Array(",\"sig\":\"".utf8)
    let bytes = Array(line)
    guard bytes.count >= marker.count + 2, bytes.suffix(2).elementsEqual([0x22, 0x7D]) else {
      return nil
    }
    var index = bytes.count - 2 - marker.count
    while index >= 0 {
      if bytes[index..<index + marker.count].elementsEqual(marker) {
        return Array(bytes[..<(index + marker.count)]) + [0x22, 0x7D]
      }
      index -= 1
    }
    return nil
  }

  /// Whether `commit`'s signature verifies with `key` over the line's signed message.
  public static func isValid(
    line: UnsafeRawBufferPointer, signature: String, key: RegisteredKey
  ) -> Bool {
    guard let message = signedMessage(of: line),
      let signatureBytes = try? Base64.decode(signature),
      let publicKey = Ed25519.PublicKey(bytes: key.publicKey)
    else { return false }
    return publicKey.isValidSignature(signatureBytes, for: message)
  }
}
