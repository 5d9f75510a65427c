import ReliefLog

/// Decodes the money kinds and reversals straight from a line's bytes, without building a
/// `JSONObject`.
///
/// It accepts only lines that `EntryDecoder`'s full path accepts, giving the same entry;
/// for anything else (another kind, an escape in a string, any doubt) it answers `nil` and
/// the full path decides, with its error messages.
enum FastEntryDecoder {
  static func decode(_ line: UnsafeRawBufferPointer, header: LineHeader) -> Entry? {
    guard let kind = EntryKind(rawValue: header.kind) else { return nil }
    var cursor = ByteCursor(line, at: header.bodyOffset)
    guard let entry = body(kind: kind, &cursor, nested: false), cursor.literal("}"),
      cursor.atEnd
    else { return nil }
    return entry
  }

  private static func body(kind: EntryKind, _ cursor: inout ByteCursor, nested: Bool) -> Entry? {
    guard cursor.literal(",\"date\":\""), let dateBytes = cursor.plainString(),
      let date = ByteFields.date(dateBytes)
    else { return nil }
    let action: Action?
    switch kind {
    case .receipt: action = receipt(&cursor)
    case .allocation: action = allocation(&cursor)
    case .refund: action = refund(&cursor)
    case .subsidy: action = subsidy(&cursor)
    case .disbursement: action = disbursement(&cursor)
    case .reversal: action = nested ? nil : reversal(&cursor)
    case .genesis, .union, .program, .key, .keyRevoke, .close, .reviewThreshold, .commitment,
      .goodsReceipt, .goodsDistribution, .goodsAllocation:
      action = nil
    }
    guard let action else { return nil }
    var memo: String?
    if cursor.literal(",\"memo\":\"") {
      guard let bytes = cursor.plainString(),
        let text = ByteFields.text(bytes, sizeBytesMax: FieldRules.memoSizeBytesMax)
      else { return nil }
      memo = text
    }
    var requestID: String?
    if cursor.literal(",\"request_id\":\"") {
      guard let bytes = cursor.plainString(),
        let token = ByteFields.token(bytes, sizeBytesMax: FieldRules.requestIDSizeBytesMax)
      else { return nil }
      requestID = token
    }
    return Entry(date: date, action: action, memo: memo, requestID: requestID)
  }

  private static func identifier(_ cursor: inout ByteCursor, _ member: StaticString) -> String? {
    guard cursor.literal(member), let bytes = cursor.plainString() else { return nil }
    return ByteFields.identifier(bytes)
  }

  private static func positive(_ cursor: inout ByteCursor, _ member: StaticString) -> Money? {
    guard cursor.literal(member), let fen = cursor.smallNatural(), fen > 0 else { return nil }
    return Money(fen: fen)
  }

  private static func account(
    _ cursor: inout ByteCursor, withTo: Bool
  ) -> FieldDecoding.Account? {
    guard let union = identifier(&cursor, ",\"union\":\"") else { return nil }
    var to: String?
    if withTo {
      guard let id = identifier(&cursor, ",\"to\":\"") else { return nil }
      to = id
    }
    guard let program = identifier(&cursor, ",\"program\":\""),
      let amount = positive(&cursor, ",\"amount_fen\":")
    else { return nil }
    return FieldDecoding.Account(union: union, to: to, program: program, amount: amount)
  }

  /// The optional `counterparty` and `counterparty_id`; `nil` if either is present but
  /// not plainly valid.
  private static func counterparty(_ cursor: inout ByteCursor) -> (String?, String?)? {
    var name: String?
    var id: String?
    if cursor.literal(",\"counterparty\":\"") {
      guard let bytes = cursor.plainString(),
        let text = ByteFields.text(bytes, sizeBytesMax: FieldRules.nameSizeBytesMax)
      else { return nil }
      name = text
    }
    if cursor.literal(",\"counterparty_id\":\"") {
      guard let bytes = cursor.plainString(),
        let token = ByteFields.token(bytes, sizeBytesMax: FieldRules.counterpartyIDSizeBytesMax)
      else { return nil }
      id = token
    }
    return (name, id)
  }

  private static func receipt(_ cursor: inout ByteCursor) -> Action? {
    guard let account = account(&cursor, withTo: false) else { return nil }
    var receiptCategory: ReceiptCategory?
    if cursor.literal(",\"category\":\"") {
      guard let bytes = cursor.plainString(),
        let value = ReceiptCategory(rawValue: String(decoding: bytes, as: UTF8.self))
      else { return nil }
      receiptCategory = value
    }
    guard let (name, id) = counterparty(&cursor) else { return nil }
    return .receipt(
      Receipt(
        union: account.union, program: account.program, amount: account.amount,
        category: receiptCategory, counterparty: name, counterpartyID: id))
  }

  private static func allocation(_ cursor: inout ByteCursor) -> Action? {
    guard let account = account(&cursor, withTo: true), let to = account.to else { return nil }
    return .allocation(
      Allocation(union: account.union, to: to, program: account.program, amount: account.amount))
  }

  private static func refund(_ cursor: inout ByteCursor) -> Action? {
    guard let account = account(&cursor, withTo: false),
      cursor.literal(",\"counterparty\":\""), let nameBytes = cursor.plainString(),
      let business = ByteFields.text(nameBytes, sizeBytesMax: FieldRules.nameSizeBytesMax),
      cursor.literal(",\"counterparty_id\":\""), let codeBytes = cursor.plainString(),
      let code = UnifiedSocialCreditCode(asciiBytes: codeBytes),
      cursor.literal(",\"period\":\""), let periodBytes = cursor.plainString(),
      let period = ByteFields.period(periodBytes),
      let dues = positive(&cursor, ",\"dues_paid_fen\":"),
      let commitment = commitmentLink(&cursor)
    else { return nil }
    return .refund(
      Refund(
        union: account.union, program: account.program, amount: account.amount,
        business: business, code: code, period: period, duesPaid: dues,
        commitment: commitment))
  }

  private static func category(_ cursor: inout ByteCursor) -> String? {
    guard cursor.literal(",\"category\":\""), let bytes = cursor.plainString() else {
      return nil
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func headcount(_ cursor: inout ByteCursor, minimum: Int64) -> Int64? {
    guard let value = cursor.smallNatural(), value >= minimum,
      value <= FieldRules.headcountMax
    else { return nil }
    return value
  }

  private static func subsidy(_ cursor: inout ByteCursor) -> Action? {
    guard let account = account(&cursor, withTo: false),
      let category = category(&cursor).flatMap(SubsidyCategory.init(rawValue:)),
      let (name, id) = counterparty(&cursor)
    else { return nil }
    guard let people = beneficiaries(&cursor, headcountMinimum: 0), let payee = payee(&cursor),
      payee == nil || (name == nil && id == nil), let commitment = commitmentLink(&cursor)
    else { return nil }
    return .subsidy(
      Subsidy(
        union: account.union, program: account.program, amount: account.amount,
        category: category, counterparty: name, counterpartyID: id, beneficiaries: people,
        payee: payee, commitment: commitment))
  }

  private static func disbursement(_ cursor: inout ByteCursor) -> Action? {
    guard let account = account(&cursor, withTo: false),
      let category = category(&cursor).flatMap(DisbursementCategory.init(rawValue:)),
      let people = beneficiaries(&cursor, headcountMinimum: 1),
      let (name, id) = counterparty(&cursor), let payee = payee(&cursor),
      payee == nil || (name == nil && id == nil), let commitment = commitmentLink(&cursor)
    else { return nil }
    return .disbursement(
      Disbursement(
        union: account.union, program: account.program, amount: account.amount,
        category: category, beneficiaries: people, counterparty: name, counterpartyID: id,
        payee: payee, commitment: commitment))
  }

  /// The optional `payee` and `payee_commitment`: `.some(nil)` when absent, `nil` when
  /// present but not plainly valid.
  private static func payee(_ cursor: inout ByteCursor) -> Payee?? {
    guard cursor.literal(",\"payee\":\"") else { return .some(nil) }
    guard let displayBytes = cursor.plainString(),
      cursor.literal(",\"payee_commitment\":\""), let commitmentBytes = cursor.plainString()
    else { return nil }
    let display = String(decoding: displayBytes, as: UTF8.self)
    let commitment = String(decoding: commitmentBytes, as: UTF8.self)
    guard Payee.problem(display: display, commitment: commitment) == nil else { return nil }
    return .some(Payee(display: display, commitment: commitment))
  }

  /// The optional `headcount`, or `beneficiaries` with `beneficiary_unit`: `.some(nil)`
  /// when absent, `nil` when present but not plainly valid.
  private static func beneficiaries(
    _ cursor: inout ByteCursor, headcountMinimum: Int64
  ) -> Beneficiaries?? {
    if cursor.literal(",\"headcount\":") {
      guard let count = headcount(&cursor, minimum: headcountMinimum) else { return nil }
      return .some(.headcount(count))
    }
    guard cursor.literal(",\"beneficiaries\":") else { return .some(nil) }
    guard let count = headcount(&cursor, minimum: 1), cursor.literal(",\"beneficiary_unit\":\""),
      let bytes = cursor.plainString(),
      let unit = BeneficiaryUnit(rawValue: String(decoding: bytes, as: UTF8.self))
    else { return nil }
    return .some(Beneficiaries(count: count, unit: unit))
  }

  /// The optional `commitment` seq of a payment: `.some(nil)` when absent, `nil` when
  /// present but not plainly valid.
  private static func commitmentLink(_ cursor: inout ByteCursor) -> Int64?? {
    guard cursor.literal(",\"commitment\":") else { return .some(nil) }
    guard let seq = cursor.smallNatural() else { return nil }
    return .some(seq)
  }

  private static func reversal(_ cursor: inout ByteCursor) -> Action? {
    guard cursor.literal(",\"reverses\":"), let reverses = cursor.smallNatural(),
      cursor.literal(",\"original\":{\"kind\":\""), let kindBytes = cursor.plainString(),
      let kind = EntryKind(rawValue: String(decoding: kindBytes, as: UTF8.self)),
      let original = body(kind: kind, &cursor, nested: true), cursor.literal("}")
    else { return nil }
    return .reversal(Reversal(reverses: reverses, original: original))
  }
}
