import ReliefText

/// Turns one input row's named string fields into an entry draft, reporting every problem
/// in the row at once.
public struct RowMapper {
  let fields: [String: String]
  var problems: [FieldProblem] = []
  /// The person a disbursement row pays, for the roster (never for the journal).
  var personPayment: PersonPayment?
  /// The fields the row has, as `EntryFields.bits(of:)`, once its field set is known to be
  /// right; until then every bit, so that `mayHave(_:)` always looks.
  var present: UInt64 = .max

  private init(fields: [String: String]) {
    self.fields = fields
  }

  /// Maps `fields`; `today` is the date registrations get when they give none.
  public static func draft(
    from fields: [String: String], today: BusinessDate
  ) -> Result<EntryDraft, FieldProblems> {
    draftAndPerson(from: fields, today: today).map(\.draft)
  }

  /// Maps `fields` as `draft(from:today:)` does, also giving the person a payment pays
  /// (for the roster).
  public static func draftAndPerson(
    from fields: [String: String], today: BusinessDate
  ) -> Result<(draft: EntryDraft, person: PersonPayment?), FieldProblems> {
    var mapper = RowMapper(fields: fields)
    let draft = mapper.map(today: today)
    if let draft, mapper.problems.isEmpty { return .success((draft, mapper.personPayment)) }
    return .failure(FieldProblems(problems: mapper.problems))
  }

  private mutating func map(today: BusinessDate) -> EntryDraft? {
    guard let kindName = fields["kind"] else {
      problems.append(FieldProblem(field: "kind", reason: Text.current(.fieldRequired)))
      return nil
    }
    guard let kind = EntryKind(inputName: kindName), kind != .genesis else {
      let known = EntryKind.listed(EntryKind.appendable)
      problems.append(
        FieldProblem(
          field: "kind", reason: Text.current(.notOneOf, ["value": kindName, "known": known])))
      return nil
    }
    checkFieldSet(for: kind)
    screenPublicFields()
    let date =
      fields["date"] == nil && Self.datedTodayByDefault.contains(kind)
      ? today : parse("date") { try BusinessDate(parsing: InputForms.date($0)) }
    let memo = text("memo", FieldRules.checkMemo)
    let requestID = text("request_id") {
      FieldRules.checkToken($0, sizeBytesMax: FieldRules.requestIDSizeBytesMax)
    }
    if kind == .reversal {
      guard let target = reversalTarget(), let date else { return nil }
      return .reversal(date: date, target: target, memo: memo, requestID: requestID)
    }
    let link = commitmentLink()
    let marks = markFields()
    guard let action = action(kind), let date, let link, let marks else { return nil }
    if let (field, reason) = marks.problem(for: action) {
      problems.append(FieldProblem(field: field, reason: reason))
      return nil
    }
    let entry = Entry(
      date: date, action: action, memo: memo, requestID: requestID, marks: marks)
    switch link {
    case .none: return .entry(entry)
    case .seq(let seq): return action.paying(commitment: seq).map { .entry(entry.with($0)) }
    case .requestID(let id): return .payment(entry, commitmentRequest: id)
    }
  }

  /// Registrations and control entries are dated today unless a date is given.
  private static let datedTodayByDefault: Set<EntryKind> = [
    .union, .program, .key, .keyRevoke, .close, .reviewThreshold,
  ]

  private mutating func checkFieldSet(for kind: EntryKind) {
    if let bits = EntryFields.presentBits(fields, for: kind) {
      present = bits
      return
    }
    let (required, disallowed) = EntryFields.fieldSets[kind] ?? ([], [])
    var present = 0
    for name in required {
      if fields[name] == nil {
        problems.append(
          FieldProblem(
            field: name, reason: Text.current(.fieldRequiredForKind, ["kind": kind.shownName])))
      } else {
        present += 1
      }
    }
    // Every field present being allowed is the common case; only then is it skipped.
    let allowedPresent =
      present + 1 + EntryFields.optionalFields(for: kind).count { fields[$0] != nil }
    guard allowedPresent != fields.count else { return }
    for name in disallowed where fields[name] != nil {
      problems.append(
        FieldProblem(
          field: name, reason: Text.current(.fieldNotForKind, ["kind": kind.shownName])))
    }
  }

  private mutating func action(_ kind: EntryKind) -> Action? {
    switch kind {
    case .genesis, .reversal:
      return nil
    case .key:
      let key = text("key", FieldRules.checkVerifierKey)
      let role = parse("role") { (text: String) throws in
        guard let role = KeyRole(rawValue: text) else {
          let known = KeyRole.allCases.map(\.rawValue).joined(separator: ", ")
          throw FieldProblem(
            field: nil, reason: Text.current(.notOneOf, ["value": text, "known": known]))
        }
        return role
      }
      let union = fields["union"] == nil ? nil : identifier("union")
      guard let key, let role else { return nil }
      if fields["union"] != nil && union == nil { return nil }
      return .key(KeyRegistration(key: key, role: role, union: union))
    case .keyRevoke:
      guard let key = text("key", FieldRules.checkVerifierKey) else { return nil }
      return .keyRevocation(KeyRevocation(key: key))
    case .close:
      return parse("period") { try YearMonth(parsing: InputForms.month($0)) }.map {
        .close(PeriodClose(period: $0))
      }
    case .reviewThreshold:
      guard let union = identifier("union"), let amount = money("amount") else { return nil }
      return .reviewThreshold(ReviewThreshold(union: union, amount: amount))
    case .union:
      let parent = fields["parent"].flatMap { _ in identifier("parent") }
      guard let id = identifier("id"), let name = text("name", FieldRules.checkName) else {
        return nil
      }
      if fields["parent"] != nil && parent == nil { return nil }
      return .union(UnionRegistration(id: id, name: name, parent: parent))
    case .program:
      guard let id = identifier("id"), let name = text("name", FieldRules.checkName) else {
        return nil
      }
      return .program(ProgramRegistration(id: id, name: name))
    case .receipt:
      return receipt().map { .receipt($0) }
    case .allocation:
      guard let union = identifier("union"), let to = identifier("to"),
        let program = identifier("program"), let amount = money("amount")
      else { return nil }
      return .allocation(Allocation(union: union, to: to, program: program, amount: amount))
    case .refund:
      return refund().map { .refund($0) }
    case .subsidy:
      return subsidy().map { .subsidy($0) }
    case .disbursement:
      return disbursement().map { .disbursement($0) }
    case .commitment:
      return commitment().map { .commitment($0) }
    case .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return goods(kind)
    }
  }

  private mutating func reversalTarget() -> ReversalTarget? {
    switch (fields["reverses"], fields["reverses_request"]) {
    case (nil, nil):
      problems.append(
        FieldProblem(field: "reverses", reason: Text.current(.rowReversesRequired)))
      return nil
    case (.some, .some):
      problems.append(
        FieldProblem(field: "reverses", reason: Text.current(.rowReversesBoth)))
      return nil
    case (.some, nil):
      return count("reverses", minimum: 0).map { .seq($0) }
    case (nil, .some):
      return text("reverses_request") {
        FieldRules.checkToken($0, sizeBytesMax: FieldRules.requestIDSizeBytesMax)
      }.map { .requestID($0) }
    }
  }

  /// The marks a row gives (`amount_approx`, `beneficiaries_approx`, `quantity_approx`,
  /// `date_basis`); nil, with a problem, when one is not a mark.
  private mutating func markFields() -> EntryMarks? {
    guard mayHave(Self.markBits) else { return EntryMarks() }
    func mark(_ name: String) -> Approximation?? {
      guard fields[name] != nil else { return .some(nil) }
      return parse(name) { (text: String) throws in
        guard let mark = Approximation(rawValue: text) else {
          throw FieldProblem(
            field: nil,
            reason: Text.current(.notOneOf, ["value": text, "known": Approximation.listed]))
        }
        return mark
      }.map { .some($0) }
    }
    let amount = mark("amount_approx")
    let beneficiaries = mark("beneficiaries_approx")
    let quantity = mark("quantity_approx")
    let assumed = parse("date_basis") { (text: String) throws in
      // 推定 is how the reports' readers say it; the journal writes `assumed`.
      guard text == EntryMarks.assumedDateBasis || text == "推定" else {
        throw FieldProblem(
          field: nil,
          reason: Text.current(
            .rowNotAssumed, ["value": text, "expected": EntryMarks.assumedDateBasis]))
      }
      return true
    }
    guard let amount, let beneficiaries, let quantity else { return nil }
    if fields["date_basis"] != nil && assumed == nil { return nil }
    return EntryMarks(
      amount: amount, beneficiaries: beneficiaries, quantity: quantity,
      dateAssumed: assumed ?? false)
  }

  mutating func counterpartyFields() -> (String?, String?) {
    let name = text("counterparty", FieldRules.checkName)
    let id = text("counterparty_id") {
      FieldRules.checkToken($0, sizeBytesMax: FieldRules.counterpartyIDSizeBytesMax)
    }
    return (name, id)
  }

  // MARK: Field parsers: each records its problem and returns nil.

  /// The marks' fields, as bits.
  private static let markBits = EntryFields.bits(of: [
    "amount_approx", "beneficiaries_approx", "quantity_approx", "date_basis",
  ])

  /// False when the row has none of the fields `bits` stand for: no need to look them up.
  func mayHave(_ bits: UInt64) -> Bool {
    present & bits != 0
  }

  mutating func parse<T>(_ name: String, _ body: (String) throws -> T) -> T? {
    guard let value = fields[name] else { return nil }
    do {
      return try body(value)
    } catch {
      let reason = (error as? FieldProblem)?.reason ?? "\(error)"
      problems.append(FieldProblem(field: name, reason: reason))
      return nil
    }
  }

  mutating func text(_ name: String, _ check: (String) -> String?) -> String? {
    guard let value = fields[name] else { return nil }
    if let problem = check(value) {
      problems.append(FieldProblem(field: name, reason: problem))
      return nil
    }
    return value
  }

  mutating func identifier(_ name: String) -> String? {
    text(name, FieldRules.checkIdentifier)
  }

  mutating func money(_ name: String) -> Money? {
    // Read with its sign, so that a negative amount and zero get the one message.
    let parsed = parse(name) { text throws in
      try PlainForms.plainYuanFen(text).map(Money.init(fen:))
        ?? Money.parseYuan(InputForms.amount(text), allowNegative: true)
    }
    guard let amount = parsed, let text = fields[name] else { return nil }
    guard amount.fen > 0 else {
      // The text parsed as an amount, so it is short and printable.
      problems.append(
        FieldProblem(field: name, reason: Text.current(.notMoreThanZero, ["value": text])))
      return nil
    }
    return amount
  }

  mutating func count(_ name: String, minimum: Int64) -> Int64? {
    guard let text = fields[name] else { return nil }
    let bytes = text.utf8
    guard !bytes.isEmpty, bytes.count <= 18, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let value = Int64(text)
    else {
      problems.append(
        FieldProblem(field: name, reason: Text.current(.notWholeNumber, ["value": text])))
      return nil
    }
    if name == "headcount" || name == "beneficiaries",
      let problem = FieldRules.checkHeadcount(value, minimum: minimum)
    {
      problems.append(FieldProblem(field: name, reason: problem))
      return nil
    }
    return value
  }
}

extension FieldProblem: CustomStringConvertible {
  /// A message for people, naming the field (if one) and the reason.
  public var description: String {
    if let field { return Text.current(.issueField, ["field": field, "reason": reason]) }
    return reason
  }
}

/// All the problems of one input row.
public struct FieldProblems: Error, Equatable, Sendable {
  /// The problems, in the order they were found.
  public let problems: [FieldProblem]
}

extension EntryKind {
  /// The kind as a message names it: its Chinese name in Chinese, else its journal name.
  public var shownName: String {
    Text.current.language == .zh ? ChineseValues.displayName(of: self) ?? rawValue : rawValue
  }
}
