import ReliefCrypto
import ReliefText

/// A key as the ledger knows it at some point of its history.
public struct RegisteredKey: Equatable, Sendable {
  /// The key's id in commit lines: `<name>+<hash>`.
  public let id: String
  /// The verifier key text, `<name>+<hash>+<base64>`.
  public let text: String
  /// The Ed25519 public key.
  public let publicKey: [UInt8]
  /// What the key may do.
  public let role: KeyRole
  /// For an accountant, the root of the union subtree it covers.
  public let union: String?
  /// The seq of the entry that registered it (0 for the genesis administrator).
  public let seq: Int64
  /// The seq of the entry that revoked it, if any.
  public var revokedSeq: Int64?
}

/// Why a commit's signer may not append its batch.
public enum EntitlementProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The commit names no signer and carries no signature.
  case unsigned
  /// The commit names a signer but carries no signature, or carries a signature but
  /// names no signer: a malformed commit, never something `relief` writes.
  case partlySigned
  /// No registered key has the signer's id.
  case unknownSigner(String)
  /// The signer's key was revoked at `seq`.
  case revokedSigner(String, revokedSeq: Int64)
  /// The signature does not verify with the signer's key.
  case badSignature(String)
  /// The signer's role does not cover an entry of the batch.
  case notEntitled(signer: String, role: KeyRole, union: String?, entrySeq: Int64, reason: String)
  /// The batch moves more in a union's subtree than its review threshold and has no maker.
  case reviewRequired(union: String, amount: Money, threshold: Money)
  /// The commit's maker fields are present but malformed.
  case malformedMaker(String)
  /// The maker and the checker are the same key (by id or by public key).
  case makerIsChecker(String)
  /// The checker of a made batch is not a reviewer covering it.
  case checkerNotReviewer(String, reason: String)
  /// No key registered before the batch has the maker's id.
  case unknownMaker(String)
  /// The maker's key was revoked at `seq`.
  case revokedMaker(String, revokedSeq: Int64)
  /// The maker's signature does not verify over the batch's entries.
  case badMakerSignature(String)
  /// The maker's role does not cover an entry of the batch.
  case makerNotEntitled(String, reason: String)
  /// A batch with this maker signature was committed before: a checker may not commit a
  /// maker's batch twice.
  case makerSignatureReused(String)

  /// A stable name for reports.
  public var code: String {
    switch self {
    case .unsigned: return "unsigned-commit"
    case .partlySigned: return "partly-signed-commit"
    case .unknownSigner: return "unknown-signer"
    case .revokedSigner: return "revoked-signer"
    case .badSignature: return "bad-signature"
    case .notEntitled: return "signer-not-entitled"
    case .reviewRequired: return "review-required"
    case .malformedMaker: return "malformed-maker"
    case .makerIsChecker: return "maker-is-checker"
    case .checkerNotReviewer: return "checker-not-reviewer"
    case .unknownMaker: return "unknown-maker"
    case .revokedMaker: return "revoked-maker"
    case .badMakerSignature: return "bad-maker-signature"
    case .makerNotEntitled: return "maker-not-entitled"
    case .makerSignatureReused: return "maker-signature-reused"
    }
  }

  /// A message for people.
  public var description: String {
    switch self {
    case .unsigned:
      return Text.current(.keyUnsigned)
    case .partlySigned:
      return Text.current(.keyPartlySigned)
    case .unknownSigner(let id):
      return Text.current(.keyUnknownSigner, ["id": id])
    case .revokedSigner(let id, let seq):
      return Text.current(.keyRevokedSigner, ["id": id, "seq": String(seq)])
    case .badSignature(let id):
      return Text.current(.keyBadSignature, ["id": id])
    case .notEntitled(let id, let role, let union, let seq, let reason):
      return Text.current(
        union == nil ? .keyNotEntitled : .keyNotEntitledOfUnion,
        [
          "id": id, "role": role.shownName, "union": union ?? "", "seq": String(seq),
          "reason": reason,
        ])
    case .reviewRequired, .malformedMaker, .makerIsChecker, .checkerNotReviewer, .unknownMaker,
      .revokedMaker, .badMakerSignature, .makerNotEntitled, .makerSignatureReused:
      return reviewDescription
    }
  }
}
