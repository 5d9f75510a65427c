import ReliefLog

/// Writes entries in the journal's canonical member order (docs/FORMAT.md, "Entry kinds").
public enum EntryEncoder {
  /// The members of `entry` that follow the line header's `kind`, in canonical order.
  public static func body(of entry: Entry) -> JSONObject {
    var object = JSONObject()
    appendBody(of: entry, to: &object)
    return object
  }

  /// Gives `sink` the members `body(of:)` holds, in the same order: a batch writes them
  /// straight into its bytes (`CanonicalMemberWriter`), with no object in between.
  public static func appendBody<Sink: EntryMemberSink>(of entry: Entry, to object: inout Sink) {
    object.append("date", date: entry.date)
    switch entry.action {
    case .genesis(let genesis): appendGenesis(&object, genesis)
    case .union(let union):
      object.append("id", .string(union.id))
      object.append("name", .string(union.name))
      appendOptional(&object, "parent", union.parent)
    case .program(let program):
      object.append("id", .string(program.id))
      object.append("name", .string(program.name))
    case .receipt(let receipt):
      appendAccount(&object, receipt.union, to: nil, receipt.program, receipt.amount)
      appendOptional(&object, "category", receipt.category?.rawValue)
      appendOptional(&object, "counterparty", receipt.counterparty)
      appendOptional(&object, "counterparty_id", receipt.counterpartyID)
    case .allocation(let allocation):
      appendAccount(
        &object, allocation.union, to: allocation.to, allocation.program, allocation.amount)
    case .refund(let refund):
      appendAccount(&object, refund.union, to: nil, refund.program, refund.amount)
      object.append("counterparty", .string(refund.business))
      object.append("counterparty_id", .string(refund.code.description))
      object.append("period", period: refund.period)
      object.append("dues_paid_fen", .integer(refund.duesPaid.fen))
      appendOptional(&object, "commitment", refund.commitment)
    case .subsidy(let subsidy):
      appendAccount(&object, subsidy.union, to: nil, subsidy.program, subsidy.amount)
      object.append("category", .string(subsidy.category.rawValue))
      appendOptional(&object, "counterparty", subsidy.counterparty)
      appendOptional(&object, "counterparty_id", subsidy.counterpartyID)
      appendBeneficiaries(&object, subsidy.beneficiaries)
      appendPayee(&object, subsidy.payee)
      appendOptional(&object, "commitment", subsidy.commitment)
    case .disbursement(let disbursement):
      appendAccount(
        &object, disbursement.union, to: nil, disbursement.program, disbursement.amount)
      object.append("category", .string(disbursement.category.rawValue))
      appendBeneficiaries(&object, disbursement.beneficiaries)
      appendOptional(&object, "counterparty", disbursement.counterparty)
      appendOptional(&object, "counterparty_id", disbursement.counterpartyID)
      appendPayee(&object, disbursement.payee)
      appendOptional(&object, "commitment", disbursement.commitment)
    case .commitment(let commitment):
      appendAccount(&object, commitment.union, to: nil, commitment.program, commitment.amount)
      object.append("purpose", .string(commitment.purpose))
      appendOptional(&object, "period", commitment.period?.description)
      appendBeneficiaries(&object, commitment.beneficiaries)
    case .goodsReceipt, .goodsDistribution, .goodsAllocation: appendGoods(&object, entry.action)
    case .key(let key):
      object.append("key", .string(key.key))
      object.append("role", .string(key.role.rawValue))
      appendOptional(&object, "union", key.union)
    case .keyRevocation(let revocation):
      object.append("key", .string(revocation.key))
    case .close(let close):
      object.append("period", .string(close.period.description))
    case .reviewThreshold(let threshold):
      object.append("union", .string(threshold.union))
      object.append("amount_fen", .integer(threshold.amount.fen))
    case .reversal(let reversal):
      object.append("reverses", .integer(reversal.reverses))
      object.append("original", .object(nested(reversal.original)))
    }
    appendMarks(&object, entry.marks)
    appendOptional(&object, "memo", entry.memo)
    appendOptional(&object, "request_id", entry.requestID)
  }

  private static func appendGenesis<Sink: EntryMemberSink>(_ object: inout Sink, _ genesis: Genesis)
  {
    object.append("format", .integer(genesis.format))
    object.append("origin", .string(genesis.origin))
    object.append("admin_key", .string(genesis.adminKey))
  }

  /// `entry` as a standalone object beginning with its `kind`, as a reversal carries it.
  public static func nested(_ entry: Entry) -> JSONObject {
    var object = JSONObject([("kind", .string(entry.kind.rawValue))])
    object.members.append(contentsOf: body(of: entry).members)
    return object
  }

  /// Version 1's `headcount`, or version 2's `beneficiaries` and `beneficiary_unit`.
  static func appendBeneficiaries<Sink: EntryMemberSink>(
    _ object: inout Sink, _ value: Beneficiaries?
  ) {
    guard let value else { return }
    if value.isHeadcount {
      object.append("headcount", .integer(value.count))
    } else {
      object.append("beneficiaries", .integer(value.count))
      object.append("beneficiary_unit", .string(value.unit.rawValue))
    }
  }

  /// Version 2's marks: `amount_approx`, `beneficiaries_approx`, `quantity_approx`,
  /// `date_basis`, each only when set.
  private static func appendMarks<Sink: EntryMemberSink>(_ object: inout Sink, _ marks: EntryMarks)
  {
    appendOptional(&object, "amount_approx", marks.amount?.rawValue)
    appendOptional(&object, "beneficiaries_approx", marks.beneficiaries?.rawValue)
    appendOptional(&object, "quantity_approx", marks.quantity?.rawValue)
    if marks.dateAssumed { object.append("date_basis", .string(EntryMarks.assumedDateBasis)) }
  }

  /// Version 2's `payee` and `payee_commitment`, when a subsidy or disbursement pays a
  /// person.
  static func appendPayee<Sink: EntryMemberSink>(_ object: inout Sink, _ payee: Payee?) {
    guard let payee else { return }
    object.append("payee", .string(payee.display))
    object.append("payee_commitment", .string(payee.commitment))
  }

  private static func appendAccount<Sink: EntryMemberSink>(
    _ object: inout Sink, _ union: String, to: String?, _ program: String, _ amount: Money
  ) {
    object.append("union", .string(union))
    if let to { object.append("to", .string(to)) }
    object.append("program", .string(program))
    object.append("amount_fen", .integer(amount.fen))
  }

  static func appendOptional<Sink: EntryMemberSink>(
    _ object: inout Sink, _ key: String, _ value: String?
  ) {
    if let value { object.append(key, .string(value)) }
  }

  static func appendOptional<Sink: EntryMemberSink>(
    _ object: inout Sink, _ key: String, _ value: Int64?
  ) {
    if let value { object.append(key, .integer(value)) }
  }
}
