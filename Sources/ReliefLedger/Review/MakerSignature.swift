import ReliefCrypto
import ReliefText

/// The maker's signature over a batch (制单): what it covers and how it is checked.
///
/// The signed message is the text `relief-proposal/v1`, the ledger's origin, the number of
/// entries and the lowercase hex `BatchDigest`, each followed by a newline.
public enum MakerSignature {
  /// The message a maker signs for a batch of `entryCount` entries with `digest` in the
  /// ledger named `origin`.
  public static func message(
    origin: String, entryCount: Int64, digest: SHA256Digest
  ) -> [UInt8] {
    Array("relief-proposal/v1\n\(origin)\n\(entryCount)\n\(digest.hex)\n".utf8)
  }

  /// Why `signature` is not a well-formed maker signature, or nil if it is: base64 of 64
  /// bytes.
  public static func formProblem(keyID: String, signature: String) -> String? {
    if keyID.isEmpty { return Text.current(.makerEmpty) }
    guard let bytes = try? Base64.decode(signature), bytes.count == 64 else {
      return Text.current(.makerSignatureMalformed)
    }
    return nil
  }

  /// Whether `signature` by `key` verifies over `message`.
  public static func isValid(
    _ signature: String, key: RegisteredKey, message: [UInt8]
  ) -> Bool {
    guard let bytes = try? Base64.decode(signature),
      let publicKey = Ed25519.PublicKey(bytes: key.publicKey)
    else { return false }
    return publicKey.isValidSignature(bytes, for: message)
  }
}
