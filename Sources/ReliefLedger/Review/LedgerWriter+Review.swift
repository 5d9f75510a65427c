/// Maker and checker (制单/审核): a maker stages a batch as a signed proposal, a reviewer
/// approves it into the journal.
extension LedgerWriter {
  /// Checks `rows` against the ledger exactly as `append` would, signs their entries as
  /// their maker with the writer's key, and writes nothing: the proposal is returned for the
  /// caller to keep outside the journal.
  ///
  /// The maker must be entitled to every entry; review thresholds are the approver's
  /// concern.
  public func stage(rows: [InputRow], source: String) throws(AppendError) -> Proposal {
    let (drafts, issues, persons) = try mapRows(rows, source: source)
    guard persons.isEmpty else {
      throw .rejected(
        persons.keys.sorted().map {
          InputIssue(
            file: source, line: $0, field: "person_name",
            reason: "payments to people cannot be staged yet (the roster is written only "
              + "with a commit)")
        })
    }
    let planned = try plan(drafts, issues: issues, source: source, mode: .stage)
    guard let proposal = planned.proposal else {
      let problem = InputIssue(
        file: source, line: nil, field: nil, reason: "there is nothing to stage")
      throw .rejected([problem])
    }
    return proposal
  }

  /// Commits `proposal` as one batch signed by the writer's key as checker, with the maker's
  /// signature on the commit line.
  ///
  /// Nothing in the proposal is believed: its entries are planned again against the
  /// verified ledger (reversals copy their originals from it), and the maker's signature
  /// must verify, with the maker's registered key, over the batch so built; the checker
  /// must be a reviewer covering the batch and another key than the maker.
  public func approve(_ proposal: Proposal, source: String) throws(AppendError) -> AppendResult {
    try plan(proposal.drafts, issues: [], source: source, mode: .approve(proposal.maker)).result
  }
}
