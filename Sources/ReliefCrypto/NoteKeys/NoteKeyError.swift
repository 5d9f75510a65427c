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
    case .missingPrivateKeyPrefix: "a signer key must start with PRIVATE+KEY+"
    case .privateKeyWhereVerifierKeyExpected:
      "this is a private signer key; a public verifier key was expected"
    case .missingFields: "a key must have the form <name>+<hash>+<key>"
    case .invalidName:
      "the key name is empty or contains '+', a space or a control character"
    case .malformedKeyHash: "the key hash must be 8 lowercase hexadecimal digits"
    case .invalidBase64(let error): "the key is not valid base64: \(error)"
    case .unknownAlgorithm(let byte):
      "unknown key algorithm \(byte) (1, Ed25519, and 4, Ed25519 cosigner, are supported)"
    case .cosignerKeyNotAccepted:
      "this is a cosigner key (type 4), which only checks cosignatures; "
        + "an Ed25519 note key (type 1) is needed here"
    case .signerKeyTypeNotEd25519(let byte):
      "a private key must have type 1 (Ed25519), not \(byte)"
    case .wrongKeyLength(let count): "the key has \(count) bytes; an Ed25519 key has 32"
    case .keyHashMismatch(let listed, let computed):
      "the key hash \(NoteKeyHash.text(listed)) does not match the name and key "
        + "(expected \(NoteKeyHash.text(computed)))"
    }
  }
}
