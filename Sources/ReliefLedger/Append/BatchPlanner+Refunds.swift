extension BatchPlanner {
  /// The businesses whose refunds in force the drafts' rows are checked against: those of
  /// their refunds and of the committed refunds their reversals name.
  func refundCodes(
    _ references: DraftReferences, _ committed: CommittedRequests
  ) -> Set<UnifiedSocialCreditCode> {
    var codes = references.refundCodes
    for entry in committed.entries.values {
      if case .refund(let refund) = entry.action { codes.insert(refund.code) }
    }
    return codes
  }
}
