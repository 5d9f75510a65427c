import ReliefText

/// Maker and checker (制单/审核): a maker stages a batch as a signed proposal, a reviewer
/// approves it into the journal.
extension LedgerWriter {
  /// Checks `rows` against the ledger exactly as `append` would, signs their entries as
  /// their maker with the writer's key, and writes nothing: the proposal is returned for the
  /// caller to keep outside the journal.
  ///
  /// The maker must be entitled to every entry; review thresholds are the approver's
  /// concern.
  ///
  /// `issues` are problems the caller already found in the input, as for `append`.
  public func stage(
    rows: [InputRow], source: String, issues inputIssues: [InputIssue] = []
  ) throws(AppendError) -> Proposal {
    var (drafts, issues, persons) = try mapRows(rows, source: source)
    issues += inputIssues
    // The roster is written only by the approval that commits the payments: the people
    // travel in the proposal, by entry index, until then.
    let planned = try plan(drafts, issues: issues, source: source, mode: .stage)
    guard var proposal = planned.proposal else {
      let problem = InputIssue(
        file: source, line: nil, field: nil, reason: Text.current(.proposalNothingToStage))
      throw .rejected([problem])
    }
    for (index, appended) in planned.result.appended.enumerated() {
      if let person = persons[appended.line] { proposal.people[index] = person }
    }
    if !proposal.people.isEmpty {
      proposal.peopleSignature = signer.signature(
        for: proposal.peopleMessage(origin: proposal.origin))
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
  ///
  /// The people the proposal carries are written to the roster at the committed seqs, as
  /// an append writes them; each must give its entry's `payee_commitment`, or nothing is
  /// written (`Proposal.peopleProblems`).
  public func approve(_ proposal: Proposal, source: String) throws(AppendError) -> AppendResult {
    let problems = proposal.peopleProblems()
    guard problems.isEmpty else {
      throw .rejected(
        problems.map {
          InputIssue(file: source, line: $0.index + 2, field: "people", reason: $0.reason)
        })
    }
    let drafts = proposal.drafts
    var persons: [Int: PersonPayment] = [:]
    for (index, payment) in proposal.people { persons[drafts[index].row.line] = payment }
    return try plan(
      drafts, issues: [], source: source, mode: .approve(proposal), persons: persons
    ).result
  }
}
