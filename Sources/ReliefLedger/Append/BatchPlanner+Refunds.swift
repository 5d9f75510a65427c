extension BatchPlanner {
  /// The businesses whose refunds in force the drafts' rows are checked against: those of
  /// their refunds and of the committed refunds their reversals name.
  func refundCodes(
    _ drafts: [(row: InputRow, draft: EntryDraft)], _ committed: CommittedRequests
  ) -> Set<UnifiedSocialCreditCode> {
    var codes: Set<UnifiedSocialCreditCode> = []
    for (_, draft) in drafts {
      switch draft {
      case .entry(let entry), .payment(let entry, _):
        if case .refund(let refund) = entry.action { codes.insert(refund.code) }
      case .reversal:
        continue
      }
    }
    for entry in committed.entries.values {
      if case .refund(let refund) = entry.action { codes.insert(refund.code) }
    }
    return codes
  }
}
