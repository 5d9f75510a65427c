import ReliefText

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
    case .invalidUTF8: Text.current(.noteNotUTF8)
    case .controlCharacter(let offset):
      Text.current(.noteControlCharacter, ["offset": "\(offset)"])
    case .missingFinalNewline: Text.current(.noteNoFinalNewline)
    case .missingSignatureBlock: Text.current(.noteNoSignatureBlock)
    case .noSignatures: Text.current(.noteNoSignatures)
    case .malformedSignatureLine(let line):
      Text.current(.noteMalformedSignature, ["line": "\(line)"])
    case .tooManySignatures(let limit): Text.current(.noteTooManySignatures, ["limit": "\(limit)"])
    case .ambiguousKey(let id): Text.current(.noteAmbiguousKey, ["key": id])
    case .invalidSignature(let key): Text.current(.noteBadSignature, ["key": key])
    case .noVerifiableSignatures: Text.current(.noteNoVerifiableSignature)
    }
  }
}
