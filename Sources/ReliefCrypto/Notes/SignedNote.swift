/// A signed note (c2sp.org/signed-note): a text ending in a newline, a blank line, and one
/// or more signature lines.
///
/// Parsing checks only the format; `verify` checks signatures against known keys.
public struct SignedNote: Hashable, Sendable {
  /// The most signature lines a note may have (the spec asks for at least 16).
  public static let signatureLimit = 100

  /// The note text, including its final newline but not the blank line.
  public let text: String
  /// The signature lines in order.
  public let signatures: [NoteSignature]

  /// Parses a note's exact bytes.
  ///
  /// - Throws: `NoteError` for invalid UTF-8, control characters other than newline, a
  ///   missing final newline, blank line or signature, a malformed signature line, or more
  ///   than `signatureLimit` signatures.
  public init(parsing bytes: [UInt8]) throws(NoteError) {
    guard let whole = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
    try Self.checkCharacters(bytes)
    guard bytes.last == 0x0a else { throw .missingFinalNewline }
    // The text ends at the last blank line: find the last "\n\n".
    var split = -1
    var index = bytes.count &- 2
    while index >= 0 {
      if bytes[index] == 0x0a && bytes[index &+ 1] == 0x0a {
        split = index
        break
      }
      index &-= 1
    }
    guard split >= 0 else { throw .missingSignatureBlock }
    let utf8 = whole.utf8
    let textEnd = utf8.index(utf8.startIndex, offsetBy: split &+ 1)
    let block = whole[utf8.index(after: textEnd)...]
    guard !block.isEmpty else { throw .noSignatures }
    var parsed: [NoteSignature] = []
    for (number, line) in block.dropLast().split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      guard parsed.count < Self.signatureLimit else {
        throw .tooManySignatures(limit: Self.signatureLimit)
      }
      guard let signature = NoteSignature.parse(line) else {
        throw .malformedSignatureLine(number &+ 1)
      }
      parsed.append(signature)
    }
    text = String(whole[..<textEnd])
    signatures = parsed
  }

  /// Parses a note's text form; see `init(parsing:)` for bytes.
  public init(parsing text: String) throws(NoteError) {
    try self.init(parsing: Array(text.utf8))
  }

  /// Makes a note from a text and signatures, checking only the text.
  public init(text: String, signatures: [NoteSignature]) throws(NoteError) {
    try Self.checkText(text)
    self.text = text
    self.signatures = signatures
  }

  /// The note's exact text form: text, blank line, signature lines.
  public var encoded: String {
    text + "\n" + signatures.map(\.line).joined()
  }

  /// Signs `text` with each signer (deterministic Ed25519) and returns the signed note.
  ///
  /// - Throws: `NoteError` if the text has control characters or lacks a final newline.
  public static func sign(_ text: String, with signers: [NoteSignerKey]) throws(NoteError)
    -> SignedNote
  {
    try checkText(text)
    let message = Array(text.utf8)
    let signatures = signers.map { signer in
      NoteSignature(
        name: signer.name, keyHash: signer.keyHash,
        signature: signer.privateKey.signature(for: message))
    }
    return try SignedNote(text: text, signatures: signatures)
  }

  /// Checks a note text: no control characters but newline, and a final newline.
  static func checkText(_ text: String) throws(NoteError) {
    let bytes = Array(text.utf8)
    try checkCharacters(bytes)
    guard bytes.last == 0x0a else { throw .missingFinalNewline }
  }

  /// Throws for the first byte below 0x20 other than newline.
  static func checkCharacters(_ bytes: [UInt8]) throws(NoteError) {
    for (offset, byte) in bytes.enumerated() where byte < 0x20 && byte != 0x0a {
      throw .controlCharacter(offset: offset)
    }
  }
}
