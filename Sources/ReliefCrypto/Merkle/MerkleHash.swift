/// The RFC 6962 / RFC 9162 (section 2.1.1) Merkle tree hashes over SHA-256.
///
/// A leaf hash is SHA-256(0x00 ‖ leaf bytes) and an interior node hash is
/// SHA-256(0x01 ‖ left ‖ right); the distinct prefixes keep leaves and nodes apart.
public enum MerkleHash {
  /// The root hash of the empty tree: SHA-256 of no bytes.
  public static let emptyRoot: SHA256Digest = SHA256.hash([UInt8]())

  /// The leaf hash of `bytes`: SHA-256(0x00 ‖ bytes).
  public static func leaf(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update([0x00])
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The leaf hash of `bytes`: SHA-256(0x00 ‖ bytes).
  public static func leaf(_ bytes: [UInt8]) -> SHA256Digest {
    bytes.withUnsafeBytes { leaf($0) }
  }

  /// The leaf hash of `bytes`: SHA-256(0x00 ‖ bytes).
  public static func leaf(_ bytes: ArraySlice<UInt8>) -> SHA256Digest {
    bytes.withUnsafeBytes { leaf($0) }
  }

  /// The interior node hash of two children: SHA-256(0x01 ‖ left ‖ right).
  public static func node(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update([0x01])
    left.withUnsafeBytes { hasher.update($0) }
    right.withUnsafeBytes { hasher.update($0) }
    return hasher.finalize()
  }
}
