extension Ed25519.PublicKey {
  /// Whether `signature` is a valid Ed25519 signature of `message` by this key, under the rules of
  /// Go's crypto/ed25519 and OpenSSL (VERIFICATION-POLICY.md): S must be below L, the key must
  /// decode to a curve point, and [S]B − [k]A must encode to exactly the signature's first 32
  /// bytes.
  ///
  /// A signature of any length but 64 bytes is invalid.
  public func isValidSignature(
    _ signature: UnsafeRawBufferPointer, for message: UnsafeRawBufferPointer
  ) -> Bool {
    guard signature.count == Ed25519.signatureByteCount, let negatedPoint else {
      return false
    }
    let encodedR = UnsafeRawBufferPointer(rebasing: signature[0..<32])
    let proofBytes = UnsafeRawBufferPointer(rebasing: signature[32..<64])
    guard let proof = Scalar(canonicalBytes: proofBytes) else { return false }
    let challenge = Ed25519.challenge(encodedR, encodedBytes, message)
    // R' = [k](−A) + [S]B, compared by encoding: R itself is never decoded, so only the
    // one canonical encoding of R' can match.
    let recomputed = EdwardsPoint.doubleScalarMultiple(
      challenge, negatedPoint, plusBaseTimes: proof)
    let encodedRecomputed = Bytes32 { recomputed.write(to: $0) }
    return encodedRecomputed.withUnsafeBytes { constantTimeEquals($0, encodedR) }
  }

  /// Whether `signature` is a valid signature of `message`; see the overload above.
  public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
    signature.withUnsafeBytes { signatureBytes in
      message.withUnsafeBytes { isValidSignature(signatureBytes, for: $0) }
    }
  }
}
