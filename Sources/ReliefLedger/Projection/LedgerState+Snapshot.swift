/// Writing the state to a projection snapshot and reading it back.
///
/// Request ids and the refunds in force are written apart from the rest, so that reports
/// never load them.
extension LedgerState {
  func writeSnapshot(to writer: inout SnapshotWriter) {
    writer.optionalString(origin)
    writer.count(unionOrder.count)
    for id in unionOrder {
      guard let union = unions[id] else { continue }
      writer.string(union.id)
      writer.string(union.name)
      writer.optionalString(union.parent)
      writer.int64(union.seq)
    }
    writer.count(programOrder.count)
    for id in programOrder {
      guard let program = programs[id] else { continue }
      writer.string(program.id)
      writer.string(program.name)
      writer.int64(program.seq)
    }
    writer.count(accounts.count)
    for (key, totals) in accounts {
      writer.string(key.union)
      writer.string(key.program)
      for value in [
        totals.received.fen, totals.allocatedIn.fen, totals.allocatedOut.fen,
        totals.refunded.fen, totals.subsidized.fen, totals.disbursed.fen, totals.balance.fen,
        totals.committed.fen, totals.committedPaid.fen,
      ] {
        writer.int64(value)
      }
      writer.count(totals.beneficiaries.counts.count)
      for count in totals.beneficiaries.counts { writer.int64(count) }
    }
    writer.count(reversedBy.count)
    for (original, reversal) in reversedBy {
      writer.int64(original)
      writer.int64(reversal)
    }
    writer.int64(entryCount)
    writer.int64(lastSeq)
    writeKeys(to: &writer)
    writer.int64(Int64(businessesRefunded))
    writer.count(commitments.count)
    for (seq, record) in commitments.sorted(by: { $0.key < $1.key }) {
      writer.int64(seq)
      writer.string(record.union)
      writer.string(record.program)
      writer.int64(record.amount.fen)
      writer.int64(record.paid.fen)
    }
    writeControl(to: &writer)
    writeGoods(to: &writer)
  }

  /// The closed period and the review thresholds, in union registration order.
  private func writeControl(to writer: inout SnapshotWriter) {
    writer.optionalInt64(closedThrough.map { Int64($0.year * 100 + $0.month) })
    let thresholds = unionOrder.compactMap { id in reviewThresholds[id].map { (id, $0) } }
    writer.count(thresholds.count)
    for (union, amount) in thresholds {
      writer.string(union)
      writer.int64(amount.fen)
    }
    writer.count(usedMakerSignatures.count)
    for signature in usedMakerSignatures.sorted() { writer.string(signature) }
  }

  private mutating func readControl(from reader: inout SnapshotReader) throws(SnapshotFormatError) {
    if let packed = try reader.optionalInt64() {
      guard let month = Self.yearMonth(packed) else {
        throw SnapshotFormatError(reason: "a closed period \(packed)")
      }
      closedThrough = month
    }
    for _ in 0..<(try reader.count()) {
      let union = try reader.string()
      let fen = try reader.int64()
      guard unions[union] != nil, fen > 0 else {
        throw SnapshotFormatError(reason: "a review threshold of '\(union)'")
      }
      reviewThresholds[union] = Money(fen: fen)
    }
    for _ in 0..<(try reader.count()) { usedMakerSignatures.insert(try reader.string()) }
  }

  private func writeKeys(to writer: inout SnapshotWriter) {
    writer.count(keys.count)
    for key in keys.values.sorted(by: { $0.seq < $1.seq }) {
      writer.string(key.id)
      writer.string(key.text)
      writer.count(key.publicKey.count)
      writer.raw(key.publicKey)
      writer.string(key.role.rawValue)
      writer.optionalString(key.union)
      writer.int64(key.seq)
      writer.optionalInt64(key.revokedSeq)
    }
  }

  /// Writes `refunds` (the refunds in force of some businesses, none for a business
  /// means all were reversed).
  static func writeRefundRecords(
    _ refunds: [UnifiedSocialCreditCode: [RefundRecord]], to writer: inout SnapshotWriter
  ) {
    writer.count(refunds.count)
    for (code, records) in refunds {
      writer.string(code.text)
      writer.count(records.count)
      for record in records {
        writer.int64(record.seq)
        writer.int64(Int64(record.period.start.year * 100 + record.period.start.month))
        writer.int64(Int64(record.period.end.year * 100 + record.period.end.month))
      }
    }
  }

  /// Reads a state without its refunds in force: until `readRefunds` adds them, it may
  /// only be read.
  static func readSnapshot(
    from reader: inout SnapshotReader
  ) throws(SnapshotFormatError) -> LedgerState {
    var state = LedgerState()
    state.tracksRequestIDs = false
    state.origin = try reader.optionalString()
    for _ in 0..<(try reader.count()) {
      let union = UnionInfo(
        id: try reader.string(), name: try reader.string(), parent: try reader.optionalString(),
        seq: try reader.int64())
      state.unions[union.id] = union
      state.unionOrder.append(union.id)
    }
    for _ in 0..<(try reader.count()) {
      let program = ProgramInfo(
        id: try reader.string(), name: try reader.string(), seq: try reader.int64())
      state.programs[program.id] = program
      state.programOrder.append(program.id)
    }
    for _ in 0..<(try reader.count()) {
      let key = AccountKey(union: try reader.string(), program: try reader.string())
      var totals = AccountTotals()
      totals.received = Money(fen: try reader.int64())
      totals.allocatedIn = Money(fen: try reader.int64())
      totals.allocatedOut = Money(fen: try reader.int64())
      totals.refunded = Money(fen: try reader.int64())
      totals.subsidized = Money(fen: try reader.int64())
      totals.disbursed = Money(fen: try reader.int64())
      totals.balance = Money(fen: try reader.int64())
      totals.committed = Money(fen: try reader.int64())
      totals.committedPaid = Money(fen: try reader.int64())
      guard try reader.count() == BeneficiaryUnit.allCases.count else {
        throw SnapshotFormatError(reason: "beneficiary units of \(key.union)/\(key.program)")
      }
      for unit in BeneficiaryUnit.allCases { totals.beneficiaries[unit] = try reader.int64() }
      guard totals.isConsistent else {
        throw SnapshotFormatError(reason: "account \(key.union)/\(key.program) does not add up")
      }
      state.accounts[key] = totals
    }
    let reversals = try reader.count()
    // Sized once: every append reads this table, and growing it step by step was most of
    // the cost of reading the state file of a large ledger.
    state.reversedBy.reserveCapacity(min(reversals, reader.remainingBytes / 16))
    for _ in 0..<reversals {
      state.reversedBy[try reader.int64()] = try reader.int64()
    }
    state.entryCount = try reader.int64()
    state.lastSeq = try reader.int64()
    try state.readKeys(from: &reader)
    // A count of businesses, not of bytes that follow: not bounded by them.
    let businessesRefunded = try reader.int64()
    guard businessesRefunded >= 0, businessesRefunded <= Int64(Int32.max) else {
      throw SnapshotFormatError(reason: "\(businessesRefunded) businesses refunded")
    }
    state.refundsOmitted = (Int(businessesRefunded), true)
    for _ in 0..<(try reader.count()) {
      let seq = try reader.int64()
      state.commitments[seq] = CommitmentRecord(
        union: try reader.string(), program: try reader.string(),
        amount: Money(fen: try reader.int64()), paid: Money(fen: try reader.int64()))
    }
    try state.readControl(from: &reader)
    try state.readGoods(from: &reader)
    return state
  }

  private mutating func readKeys(from reader: inout SnapshotReader) throws(SnapshotFormatError) {
    for _ in 0..<(try reader.count()) {
      let id = try reader.string()
      let text = try reader.string()
      let publicKey = try reader.raw(try reader.count())
      let roleName = try reader.string()
      guard let role = KeyRole(rawValue: roleName) else {
        throw SnapshotFormatError(reason: "a key role '\(roleName)'")
      }
      keys[id] = RegisteredKey(
        id: id, text: text, publicKey: publicKey, role: role, union: try reader.optionalString(),
        seq: try reader.int64(), revokedSeq: try reader.optionalInt64())
    }
  }

  /// Reads the refunds that `writeRefundRecords` wrote.
  static func readRefundRecords(
    from reader: inout SnapshotReader
  ) throws(SnapshotFormatError) -> [UnifiedSocialCreditCode: [RefundRecord]] {
    var refunds: [UnifiedSocialCreditCode: [RefundRecord]] = [:]
    for _ in 0..<(try reader.count()) {
      let text = try reader.raw(try reader.count())
      guard let code = text.withUnsafeBytes({ UnifiedSocialCreditCode(asciiBytes: $0) }) else {
        throw SnapshotFormatError(
          reason: "a credit code '\(String(decoding: text, as: UTF8.self))'")
      }
      var records: [RefundRecord] = []
      for _ in 0..<(try reader.count()) {
        let seq = try reader.int64()
        guard let start = Self.yearMonth(try reader.int64()),
          let end = Self.yearMonth(try reader.int64()),
          let period = MonthPeriod(start: start, end: end)
        else { throw SnapshotFormatError(reason: "a refund period of seq \(seq)") }
        records.append(RefundRecord(seq: seq, period: period))
      }
      refunds[code] = records
    }
    return refunds
  }

  private static func yearMonth(_ packed: Int64) -> YearMonth? {
    guard packed >= 0, packed <= 999_999 else { return nil }
    return YearMonth(year: Int(packed / 100), month: Int(packed % 100))
  }
}
