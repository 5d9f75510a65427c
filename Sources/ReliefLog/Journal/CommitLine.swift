import ReliefText

/// The fields of a commit line after its header: how many entry lines it closes, who signed
/// it and the signature.
///
/// An unsigned commit has both signer and signature empty; one empty without the other is
/// a malformed commit (the verifier's `partly-signed-commit`).
///
/// Version 2 of the commit line adds `maker` and `maker_sig` before `signer`: the batch was
/// prepared and signed by a maker and committed by a checker (制单/审核). Version 1 lines,
/// without them, stay valid byte for byte.
public struct CommitLine: Equatable, Sendable {
  /// The commit line's parsed header.
  public let header: LineHeader
  /// Number of entry lines in the batch this line closes (at least 1).
  public let entryCount: Int64
  /// The signer's key name, or empty when unsigned.
  public let signer: String
  /// Base64 Ed25519 signature, or empty when unsigned.
  public let signature: String
  /// The maker's key id, present only in version 2 commit lines.
  public let maker: String?
  /// The maker's base64 Ed25519 signature over the batch's entries, present only in version
  /// 2 commit lines.
  public let makerSignature: String?

  /// Creates a commit line's fields; `maker` and `makerSignature` come together or not at all.
  public init(
    header: LineHeader, entryCount: Int64, signer: String, signature: String,
    maker: String? = nil, makerSignature: String? = nil
  ) {
    self.header = header
    self.entryCount = entryCount
    self.signer = signer
    self.signature = signature
    self.maker = maker
    self.makerSignature = makerSignature
  }

  /// True if the commit names a signer or carries a signature.
  public var isSigned: Bool { !signer.isEmpty || !signature.isEmpty }

  /// Member names of a commit line, in canonical order.
  public static let memberNames = ["seq", "prev", "time_ms", "kind", "entries", "signer", "sig"]
  /// Member names of a version 2 commit line (made and checked), in canonical order.
  public static let makerMemberNames = [
    "seq", "prev", "time_ms", "kind", "entries", "maker", "maker_sig", "signer", "sig",
  ]

  /// Decodes a whole commit line whose header has been parsed.
  public static func decode(
    _ line: UnsafeRawBufferPointer, header: LineHeader
  ) throws(CanonicalDecodeError) -> CommitLine {
    let object = try CanonicalDecoder.decodeObject(line)
    let names = object.members.map(\.key)
    guard names == memberNames || names == makerMemberNames else {
      throw CanonicalDecodeError(
        offset: header.bodyOffset,
        reason: Text.current(
          .commitMembers,
          [
            "members": memberNames.joined(separator: ", "),
            "makerMembers": makerMemberNames.joined(separator: ", "),
          ]))
    }
    guard case .integer(let count) = object.members[4].value, count >= 1 else {
      throw CanonicalDecodeError(
        offset: header.bodyOffset, reason: Text.current(.commitEntriesZero))
    }
    let strings = object.members.dropFirst(5).compactMap { member -> String? in
      if case .string(let text) = member.value { return text }
      return nil
    }
    guard strings.count == names.count - 5 else {
      throw CanonicalDecodeError(
        offset: header.bodyOffset, reason: Text.current(.commitStrings))
    }
    let hasMaker = strings.count == 4
    return CommitLine(
      header: header, entryCount: count, signer: strings[strings.count - 2],
      signature: strings[strings.count - 1], maker: hasMaker ? strings[0] : nil,
      makerSignature: hasMaker ? strings[1] : nil)
  }
}
