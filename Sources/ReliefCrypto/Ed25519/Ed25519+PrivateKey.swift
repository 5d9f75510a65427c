extension Ed25519 {
  /// An Ed25519 private key: a 32-byte seed, with the signing scalar, the nonce prefix and
  /// the public key derived from it once.
  ///
  /// Its `description`, `debugDescription` and mirror never show the key material.
  public struct PrivateKey: Sendable {
    /// The seed the rest is derived from (RFC 8032's "private key").
    let seedBytes: Bytes32
    /// s: the first half of SHA-512(seed), clamped.
    let secretScalar: Scalar
    /// The second half of SHA-512(seed), which keys the deterministic nonce.
    let noncePrefix: Bytes32
    /// The matching public key, [s]B.
    public let publicKey: PublicKey

    /// Derives the key from a 32-byte seed; returns nil for any other count.
    public init?(seed: some Collection<UInt8>) {
      guard seed.count == Ed25519.seedByteCount else { return nil }
      self.init(seedBytes: Bytes32 { $0.copyBytes(from: seed) })
    }

    /// Derives the key from its seed (RFC 8032 section 5.1.5).
    init(seedBytes: Bytes32) {
      let digest = seedBytes.withUnsafeBytes { SHA512.hash($0) }
      // Clamping: clear the low three bits so s is a multiple of the cofactor 8, clear
      // bit 255 and set bit 254.
      let clamped = digest.withUnsafeBytes { digestBytes in
        Bytes32 { bytes in
          bytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: digestBytes[0..<32]))
          bytes[0] &= 0xf8
          bytes[31] = (bytes[31] & 0x7f) | 0x40
        }
      }
      let publicPoint = clamped.withUnsafeBytes { EdwardsPoint.baseMultiple(scalar: $0) }
      self.seedBytes = seedBytes
      self.secretScalar = clamped.withUnsafeBytes { Scalar(bytes: $0) }
      self.noncePrefix = digest.withUnsafeBytes {
        Bytes32(copying: UnsafeRawBufferPointer(rebasing: $0[32..<64]))
      }
      self.publicKey = PublicKey(point: publicPoint)
    }

    /// Creates a key from 32 fresh bytes of the kernel's random number generator.
    ///
    /// - Throws: `SystemRandomError` if the kernel cannot supply random bytes.
    public static func generate() throws(SystemRandomError) -> PrivateKey {
      var failure: SystemRandomError?
      let seed = Bytes32 { bytes in
        do throws(SystemRandomError) {
          try SystemRandom.fill(bytes)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
      return PrivateKey(seedBytes: seed)
    }

    /// The 32-byte seed, the form in which the key is stored.
    public var seed: [UInt8] {
      seedBytes.array
    }
  }
}

extension Ed25519.PrivateKey: CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// Names the type and the public key, never the secret.
  public var description: String {
    "Ed25519.PrivateKey(publicKey: \(publicKey.hex))"
  }

  /// The same as `description`: the public key only.
  public var debugDescription: String { description }

  /// An empty mirror, so `dump` and debuggers show no key material.
  public var customMirror: Mirror {
    Mirror(self, children: [], displayStyle: .struct)
  }
}
