import ReliefText

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
    case .tooFewLines: Text.current(.checkpointTooFewLines)
    case .emptyOrigin: Text.current(.checkpointEmptyOrigin)
    case .malformedTreeSize: Text.current(.checkpointBadSize)
    case .malformedRootHash: Text.current(.checkpointBadRoot)
    case .emptyExtensionLine: Text.current(.checkpointEmptyExtension)
    case .unexpectedOrigin(let origin):
      Text.current(.checkpointUnexpectedOrigin, ["origin": origin])
    case .note(let error): Text.current(.checkpointBadNote, ["reason": "\(error)"])
    case .malformedCosignature:
      Text.current(.cosignatureMalformed)
    case .cosignatureTimestampTooLarge: Text.current(.cosignatureTimeTooLarge)
    case .invalidCosignature(let key): Text.current(.cosignatureBad, ["key": key])
    case .malformedProof(let detail): Text.current(.proofMalformed, ["detail": detail])
    case .inclusion(let error): Text.current(.proofInclusionFails, ["reason": "\(error)"])
    }
  }
}
