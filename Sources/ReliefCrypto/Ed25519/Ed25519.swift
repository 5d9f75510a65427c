/// Ed25519 signatures (RFC 8032 section 5.1): `PrivateKey` signs, `PublicKey` verifies.
///
/// Signing and key derivation run in constant time. Verification accepts and rejects
/// exactly what Go's crypto/ed25519 and OpenSSL do; VERIFICATION-POLICY.md beside this
/// file states the rules.
public enum Ed25519 {
  /// Bytes in a private-key seed.
  public static let seedByteCount = 32
  /// Bytes in an encoded public key.
  public static let publicKeyByteCount = 32
  /// Bytes in a signature: the encoded point R, then the scalar S.
  public static let signatureByteCount = 64
}
