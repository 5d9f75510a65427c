/// Why a checkpoint, cosignature or tlog-proof is malformed or does not verify.
public enum CheckpointError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The body has fewer than three lines or does not end with a newline.
  case tooFewLines
  /// The origin line is empty.
  case emptyOrigin
  /// The tree size line is not a decimal number without leading zeroes.
  case malformedTreeSize
  /// The root hash line is not the base64 of 32 bytes.
  case malformedRootHash
  /// An extension line is empty.
  case emptyExtensionLine
  /// The checkpoint's origin is not the expected one.
  case unexpectedOrigin(String)
  /// The signed note around the checkpoint is invalid.
  case note(NoteError)
  /// A cosignature's signature field is not key hash ‖ 8-byte timestamp ‖ 64-byte signature.
  case malformedCosignature
  /// A cosignature's timestamp exceeds 2^63 − 1.
  case cosignatureTimestampTooLarge
  /// A cosignature by a known cosigner does not verify.
  case invalidCosignature(String)
  /// The tlog-proof text does not follow c2sp.org/tlog-proof@v1; the text says where.
  case malformedProof(String)
  /// The inclusion proof does not lead to the checkpoint's root.
  case inclusion(MerkleProofError)

  /// A sentence naming the problem.
  public var description: String {
    switch self {
    case .tooFewLines: "a checkpoint needs origin, tree size and root hash lines"
    case .emptyOrigin: "the checkpoint origin line is empty"
    case .malformedTreeSize: "the tree size line is not a decimal number without leading zeroes"
    case .malformedRootHash: "the root hash line is not base64 of 32 bytes"
    case .emptyExtensionLine: "a checkpoint extension line is empty"
    case .unexpectedOrigin(let origin): "unexpected checkpoint origin \(origin)"
    case .note(let error): "the checkpoint note is invalid: \(error)"
    case .malformedCosignature:
      "the cosignature is not key hash, 8-byte timestamp and 64-byte signature"
    case .cosignatureTimestampTooLarge: "the cosignature timestamp exceeds 2^63 - 1"
    case .invalidCosignature(let key): "the cosignature by \(key) does not verify"
    case .malformedProof(let detail): "malformed tlog-proof: \(detail)"
    case .inclusion(let error): "the inclusion proof fails: \(error)"
    }
  }
}
