extension Ed25519.PrivateKey {
  /// The 64-byte Ed25519 signature of `message` (RFC 8032 section 5.1.6).
  ///
  /// Deterministic: the same key and message always give the same signature. Constant time in the
  /// key.
  public func signature(for message: UnsafeRawBufferPointer) -> [UInt8] {
    // r = SHA-512(prefix ‖ M) mod L: a nonce that is secret and unique per message.
    var nonceHasher = SHA512()
    noncePrefix.withUnsafeBytes { nonceHasher.update($0) }
    nonceHasher.update(message)
    let nonce = nonceHasher.finalize().withUnsafeBytes { Scalar(reducingWide: $0) }
    var signature = [UInt8](repeating: 0, count: Ed25519.signatureByteCount)
    signature.withUnsafeMutableBytes { output in
      let noncePoint = withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { bytes in
        nonce.write(to: bytes)
        return EdwardsPoint.baseMultiple(scalar: UnsafeRawBufferPointer(bytes))
      }
      let encodedR = UnsafeMutableRawBufferPointer(rebasing: output[0..<32])
      noncePoint.write(to: encodedR)
      // k = SHA-512(R ‖ A ‖ M) mod L, then S = (r + k·s) mod L.
      let challenge = Ed25519.challenge(
        UnsafeRawBufferPointer(encodedR), publicKey.encodedBytes, message)
      let proof = Scalar.multiplyAdd(challenge, secretScalar, nonce)
      proof.write(to: UnsafeMutableRawBufferPointer(rebasing: output[32..<64]))
    }
    return signature
  }

  /// The 64-byte Ed25519 signature of `message`; see `signature(for:)` above.
  public func signature(for message: [UInt8]) -> [UInt8] {
    message.withUnsafeBytes { signature(for: $0) }
  }
}

extension Ed25519 {
  /// k = SHA-512(R ‖ A ‖ M) mod L, the challenge that binds a signature to the nonce point,
  /// the public key and the message.
  static func challenge(
    _ encodedR: UnsafeRawBufferPointer, _ publicKey: Bytes32, _ message: UnsafeRawBufferPointer
  ) -> Scalar {
    var hasher = SHA512()
    hasher.update(encodedR)
    publicKey.withUnsafeBytes { hasher.update($0) }
    hasher.update(message)
    return hasher.finalize().withUnsafeBytes { Scalar(reducingWide: $0) }
  }
}
