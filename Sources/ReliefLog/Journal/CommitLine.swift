/// The fields of a commit line after its header: how many entry lines it closes, who signed
/// it and the signature.
///
/// An unsigned commit has both signer and signature empty; one empty without the other is
/// a malformed commit (the verifier's `partly-signed-commit`).
public struct CommitLine: Equatable, Sendable {
  /// The commit line's parsed header.
  public let header: LineHeader
  /// Number of entry lines in the batch this line closes (at least 1).
  public let entryCount: Int64
  /// The signer's key name, or empty when unsigned.
  public let signer: String
  /// Base64 Ed25519 signature, or empty when unsigned.
  public let signature: String

  /// True if the commit names a signer or carries a signature.
  public var isSigned: Bool { !signer.isEmpty || !signature.isEmpty }

  /// Member names of a commit line, in canonical order.
  public static let memberNames = ["seq", "prev", "time_ms", "kind", "entries", "signer", "sig"]

  /// Decodes a whole commit line whose header has been parsed.
  public static func decode(
    _ line: UnsafeRawBufferPointer, header: LineHeader
  ) throws(CanonicalDecodeError) -> CommitLine {
    let object = try CanonicalDecoder.decodeObject(line)
    guard object.members.map(\.key) == memberNames else {
      throw CanonicalDecodeError(
        offset: header.bodyOffset,
        reason: "commit line must have exactly the members " + memberNames.joined(separator: ", "))
    }
    guard case .integer(let count) = object.members[4].value, count >= 1 else {
      throw CanonicalDecodeError(offset: header.bodyOffset, reason: "entries must be at least 1")
    }
    guard case .string(let signer) = object.members[5].value,
      case .string(let signature) = object.members[6].value
    else {
      throw CanonicalDecodeError(offset: header.bodyOffset, reason: "signer and sig are strings")
    }
    return CommitLine(header: header, entryCount: count, signer: signer, signature: signature)
  }
}
