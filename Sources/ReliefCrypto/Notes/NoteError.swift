/// Why a signed note (c2sp.org/signed-note) cannot be parsed, verified or signed.
public enum NoteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The note is not valid UTF-8.
  case invalidUTF8
  /// The note contains a control character other than newline (its byte offset).
  case controlCharacter(offset: Int)
  /// The note or its text does not end with a newline.
  case missingFinalNewline
  /// No blank line separates the text from the signatures.
  case missingSignatureBlock
  /// The signature block has no signature lines.
  case noSignatures
  /// A line of the signature block (1-based within the block) is not `— <name> <base64>`.
  case malformedSignatureLine(Int)
  /// The note has more signature lines than the limit.
  case tooManySignatures(limit: Int)
  /// Two verifier keys with the same name and key hash were given, and the note uses it.
  case ambiguousKey(String)
  /// A signature by a known key does not verify.
  case invalidSignature(key: String)
  /// No signature from a known key is present.
  case noVerifiableSignatures

  /// A sentence naming the problem.
  public var description: String {
    switch self {
    case .invalidUTF8: "the note is not valid UTF-8"
    case .controlCharacter(let offset):
      "the note has a control character at byte \(offset) (only newline is allowed)"
    case .missingFinalNewline: "the note text must end with a newline"
    case .missingSignatureBlock: "no blank line separates the note text from its signatures"
    case .noSignatures: "the note has no signature lines after the blank line"
    case .malformedSignatureLine(let line):
      "signature line \(line) is not of the form '— <key name> <base64 signature>'"
    case .tooManySignatures(let limit): "the note has more than \(limit) signature lines"
    case .ambiguousKey(let id): "more than one verifier key is named \(id)"
    case .invalidSignature(let key): "the signature by known key \(key) does not verify"
    case .noVerifiableSignatures: "the note has no signature by any of the given keys"
    }
  }
}
