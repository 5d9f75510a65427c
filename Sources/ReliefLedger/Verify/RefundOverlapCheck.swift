import ReliefLog

/// Checks that no refund's period overlaps a refund in force (not reversed) of the same
/// business, without holding the refunds of every business in memory.
///
/// The pass spills each refund that reached the overlap check and each reversal of a
/// refund; at the end they are sorted out of core by business and seq and replayed one
/// business at a time, as `LedgerState.apply` would have checked them in journal order.
struct RefundOverlapCheck {
  private var events: ExternalSort<RefundEvent>

  /// A check whose sorted runs hold at most `runSizeBytes` of events.
  init(runSizeBytes: Int) {
    events = ExternalSort(runSizeBytes: runSizeBytes)
  }

  /// Notes the refund of `code` for `period` at `seq`, on the line at `offset`.
  mutating func addRefund(
    code: UnifiedSocialCreditCode, period: MonthPeriod, seq: Int64, offset: Int64
  ) throws(SystemError) {
    try events.add(RefundEvent(refund: code, period: period, seq: seq, offset: offset))
  }

  /// Notes that the reversal at `seq` took the refund of `code` at `reversed` out of force.
  mutating func addReversal(
    of reversed: Int64, code: UnifiedSocialCreditCode, seq: Int64
  ) throws(SystemError) {
    try events.add(RefundEvent(reversalOf: reversed, code: code, seq: seq))
  }

  /// The refund with the lowest seq whose period overlaps a refund in force of its
  /// business (the in-force one reported being the lowest seq that overlaps), with its
  /// line's offset and the violation, if any.
  mutating func firstOverlap() throws -> (seq: Int64, offset: Int64, violation: RuleViolation)? {
    var found: (refund: RefundEvent, existing: RefundEvent)?
    var business: RefundEvent?
    var inForce: [RefundEvent] = []
    var settled = false
    try events.forEachSorted { event in
      if business.map({ !$0.isSameBusiness(as: event) }) ?? true {
        business = event
        inForce.removeAll(keepingCapacity: true)
        settled = false
      }
      // A business is settled at its first overlap, or once its seqs pass the best found.
      if settled { return true }
      if let found, event.seq > found.refund.seq {
        settled = true
      } else if event.isReversal {
        inForce.removeAll { $0.seq == event.offsetOrReversed }
      } else if let existing = inForce.first(where: { $0.overlaps(event) }) {
        found = (event, existing)
        settled = true
      } else {
        inForce.append(event)
      }
      return true
    }
    guard let found else { return nil }
    let violation = RuleViolation.refundPeriodOverlaps(
      code: found.refund.codeText, period: found.refund.periodText,
      existingSeq: found.existing.seq, existingPeriod: found.existing.periodText)
    return (found.refund.seq, found.refund.offsetOrReversed, violation)
  }
}
