extension Ed25519 {
  /// An Ed25519 public key: the 32-byte encoding of a curve point.
  ///
  /// Any 32 bytes make a `PublicKey`, as in Go and OpenSSL; bytes that decode to no curve
  /// point make a key that verifies no signature. Equality compares the 32 bytes.
  public struct PublicKey: Hashable, Sendable {
    /// The bytes as given (or as encoded, for a derived key); the challenge hashes these.
    let encodedBytes: Bytes32
    /// −A, decoded once when the key is made; nil when the bytes are not a curve point.
    let negatedPoint: EdwardsPoint?

    /// Makes a key from its 32-byte encoding; returns nil for any other count.
    public init?(bytes: some Collection<UInt8>) {
      guard bytes.count == Ed25519.publicKeyByteCount else { return nil }
      let encoded = Bytes32 { $0.copyBytes(from: bytes) }
      encodedBytes = encoded
      negatedPoint = encoded.withUnsafeBytes { EdwardsPoint(encoded: $0) }?.negated
    }

    /// The key of a point computed here, such as [s]B for a private key.
    init(point: EdwardsPoint) {
      encodedBytes = Bytes32 { point.write(to: $0) }
      negatedPoint = point.negated
    }

    /// The 32-byte encoding.
    public var bytes: [UInt8] {
      encodedBytes.array
    }

    /// The encoding as 64 lowercase hexadecimal characters.
    public var hex: String {
      encodedBytes.withUnsafeBytes { Hex.encode($0) }
    }

    /// Whether the two keys have the same 32 bytes.
    public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
      lhs.encodedBytes == rhs.encodedBytes
    }

    /// Hashes the 32 bytes.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(encodedBytes)
    }
  }
}
