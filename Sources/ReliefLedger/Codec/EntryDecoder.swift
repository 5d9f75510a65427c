import ReliefLog
import ReliefText

/// An entry line taken apart: its header and the entry it holds.
public struct DecodedLine: Sendable {
  /// The line's parsed header.
  public let header: LineHeader
  /// The entry the line holds.
  public let entry: Entry
}

/// Reads entry lines, accepting only the canonical encoding and field formats that
/// `EntryEncoder` and the input checks produce.
public enum EntryDecoder {
  /// Decodes one entry line (not a commit line), without its newline.
  public static func decode(_ line: UnsafeRawBufferPointer) throws(EntryDecodeError) -> DecodedLine
  {
    let header: LineHeader
    do {
      header = try LineHeader.parse(line)
    } catch {
      throw EntryDecodeError(error)
    }
    return try decode(line, header: header)
  }

  /// Decodes one entry line whose header `LineHeader.parse` has already given.
  public static func decode(
    _ line: UnsafeRawBufferPointer, header: LineHeader
  ) throws(EntryDecodeError) -> DecodedLine {
    if let entry = FastEntryDecoder.decode(line, header: header) {
      return DecodedLine(header: header, entry: entry)
    }
    return try decodeFully(line, header: header)
  }

  /// The full path: decodes the whole line as canonical JSON, then walks its members.
  static func decodeFully(
    _ line: UnsafeRawBufferPointer, header: LineHeader
  ) throws(EntryDecodeError) -> DecodedLine {
    let object: JSONObject
    do {
      object = try CanonicalDecoder.decodeObject(line)
    } catch {
      throw EntryDecodeError(error)
    }
    guard let kind = EntryKind(rawValue: header.kind) else {
      throw EntryDecodeError(
        member: "kind", reason: Text.current(.decodeNotEntryKind, ["value": header.kind]))
    }
    // The header parser has checked the first four members' bytes.
    var cursor = MemberCursor(object, from: 4)
    return DecodedLine(header: header, entry: try decodeBody(kind: kind, &cursor))
  }

  /// Decodes an entry written as a standalone object that begins with `kind`.
  static func decodeNested(_ object: JSONObject) throws(EntryDecodeError) -> Entry {
    var cursor = MemberCursor(object, from: 0)
    let kindName = try cursor.string("kind")
    guard let kind = EntryKind(rawValue: kindName) else {
      throw EntryDecodeError(
        member: "kind", reason: Text.current(.decodeNotEntryKind, ["value": kindName]))
    }
    return try decodeBody(kind: kind, &cursor)
  }

  private static func decodeBody(
    kind: EntryKind, _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> Entry {
    let date = try FieldDecoding.date(try cursor.string("date"))
    let action: Action
    switch kind {
    case .genesis:
      action = .genesis(try FieldDecoding.genesis(&cursor))
    case .union:
      let id = try FieldDecoding.identifier("id", try cursor.string("id"))
      let name = try FieldDecoding.name("name", try cursor.string("name"))
      let parent = try cursor.optionalString("parent").map { (text) throws(EntryDecodeError) in
        try FieldDecoding.identifier("parent", text)
      }
      action = .union(UnionRegistration(id: id, name: name, parent: parent))
    case .program:
      let id = try FieldDecoding.identifier("id", try cursor.string("id"))
      let name = try FieldDecoding.name("name", try cursor.string("name"))
      action = .program(ProgramRegistration(id: id, name: name))
    case .receipt:
      let account = try FieldDecoding.account(&cursor, withTo: false)
      let category = try FieldDecoding.receiptCategory(&cursor)
      let (counterparty, counterpartyID) = try FieldDecoding.counterparty(&cursor)
      action = .receipt(
        Receipt(
          union: account.union, program: account.program, amount: account.amount,
          category: category, counterparty: counterparty, counterpartyID: counterpartyID))
    case .allocation:
      let account = try FieldDecoding.account(&cursor, withTo: true)
      action = .allocation(
        Allocation(
          union: account.union, to: account.to ?? "", program: account.program,
          amount: account.amount))
    case .refund:
      action = .refund(try FieldDecoding.refund(&cursor))
    case .subsidy:
      action = .subsidy(try FieldDecoding.subsidy(&cursor))
    case .disbursement:
      action = .disbursement(try FieldDecoding.disbursement(&cursor))
    case .commitment:
      action = .commitment(try FieldDecoding.commitment(&cursor))
    case .key:
      action = .key(try FieldDecoding.keyRegistration(&cursor))
    case .keyRevoke:
      let key = try FieldDecoding.verifierKey("key", try cursor.string("key"))
      action = .keyRevocation(KeyRevocation(key: key))
    case .close:
      action = .close(PeriodClose(period: try FieldDecoding.month("period", &cursor)))
    case .reviewThreshold:
      let union = try FieldDecoding.identifier("union", try cursor.string("union"))
      let amount = try FieldDecoding.positiveMoney("amount_fen", try cursor.integer("amount_fen"))
      action = .reviewThreshold(ReviewThreshold(union: union, amount: amount))
    case .goodsReceipt:
      action = .goodsReceipt(try FieldDecoding.goodsReceipt(&cursor))
    case .goodsDistribution:
      action = .goodsDistribution(try FieldDecoding.goodsDistribution(&cursor))
    case .goodsAllocation:
      action = .goodsAllocation(try FieldDecoding.goodsAllocation(&cursor))
    case .reversal:
      let reverses = try cursor.integer("reverses")
      guard reverses >= 0 else {
        throw EntryDecodeError(member: "reverses", reason: Text.current(.decodeMustBeSeq))
      }
      let original = try decodeNested(try cursor.object("original"))
      action = .reversal(Reversal(reverses: reverses, original: original))
    }
    return try finish(date: date, action: action, &cursor)
  }

  /// The entry of `action` with the members every kind may end with (the marks, `memo`,
  /// `request_id`), once nothing else follows.
  private static func finish(
    date: BusinessDate, action: Action, _ cursor: inout MemberCursor
  ) throws(EntryDecodeError) -> Entry {
    let marks = try FieldDecoding.marks(&cursor)
    if let (member, reason) = marks.problem(for: action) {
      throw EntryDecodeError(member: member, reason: reason)
    }
    let memo = try cursor.optionalString("memo")
    if let memo { try FieldDecoding.check("memo", FieldRules.checkMemo(memo)) }
    let requestID = try cursor.optionalString("request_id")
    if let requestID {
      try FieldDecoding.check(
        "request_id",
        FieldRules.checkToken(requestID, sizeBytesMax: FieldRules.requestIDSizeBytesMax))
    }
    try cursor.finish()
    return Entry(date: date, action: action, memo: memo, requestID: requestID, marks: marks)
  }
}
