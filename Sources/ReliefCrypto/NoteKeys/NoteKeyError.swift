import ReliefText

/// Why a text is not a valid signed-note key.
///
/// No case carries text from the key, so an error message can never reveal private key material.
public enum NoteKeyError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A signer key does not start with `PRIVATE+KEY+`.
  case missingPrivateKeyPrefix
  /// A private (signer) key was given where a verifier key was expected.
  case privateKeyWhereVerifierKeyExpected
  /// The text lacks a `+`-separated field: it must be `<name>+<hash>+<key>`.
  case missingFields
  /// The name is empty or contains `+`, a Unicode space or a control character.
  case invalidName
  /// The key hash field is not exactly eight lowercase hexadecimal digits.
  case malformedKeyHash
  /// The key field is not canonical base64.
  case invalidBase64(Base64DecodingError)
  /// The key's algorithm byte is neither 0x01 (Ed25519) nor 0x04 (Ed25519 cosigner).
  case unknownAlgorithm(UInt8)
  /// The key is a tlog cosigner key (type 0x04), which checks cosignatures only, where a
  /// key that signs notes or ledger commits was expected.
  case cosignerKeyNotAccepted
  /// A private key's type byte is not 0x01: relief signs with Ed25519 note keys only.
  case signerKeyTypeNotEd25519(UInt8)
  /// The key has this many bytes after the algorithm byte instead of 32 (0 when the key
  /// field is empty).
  case wrongKeyLength(Int)
  /// The key hash in the text differs from the one computed from the name and key.
  case keyHashMismatch(listed: UInt32, computed: UInt32)

  /// A sentence naming the problem.
  public var description: String {
    switch self {
    case .missingPrivateKeyPrefix: Text.current(.keyNoPrivatePrefix)
    case .privateKeyWhereVerifierKeyExpected:
      Text.current(.keyPrivateNotVerifier)
    case .missingFields: Text.current(.keyMissingFields)
    case .invalidName:
      Text.current(.keyBadName)
    case .malformedKeyHash: Text.current(.keyBadHash)
    case .invalidBase64(let error): Text.current(.keyBadBase64, ["reason": "\(error)"])
    case .unknownAlgorithm(let byte):
      Text.current(.keyUnknownAlgorithm, ["byte": "\(byte)"])
    case .cosignerKeyNotAccepted:
      Text.current(.keyCosignerNotAccepted)
    case .signerKeyTypeNotEd25519(let byte):
      Text.current(.keyPrivateNotEd25519, ["byte": "\(byte)"])
    case .wrongKeyLength(let count): Text.current(.keyWrongLength, ["count": "\(count)"])
    case .keyHashMismatch(let listed, let computed):
      Text.current(
        .keyHashMismatch,
        ["listed": NoteKeyHash.text(listed), "computed": NoteKeyHash.text(computed)])
    }
  }
}
