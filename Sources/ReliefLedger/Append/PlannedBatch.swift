/// What planning a batch yields besides its bytes: the outcome for the caller and the
/// projection as it stands after the batch, to be saved once the batch is durable.
struct PlannedBatch {
  let result: AppendResult
  let projection: Projection
  /// The proposal a stage yields instead of a commit.
  var proposal: Proposal?
}

/// What a writer does with a planned batch.
enum BatchMode {
  /// Commits it signed by the writer (refused above a review threshold).
  case append
  /// Writes nothing: the writer signs the batch's entries as their maker (制单).
  case stage
  /// Commits a maker's proposal signed by the writer as checker (审核).
  case approve(Proposal)

  /// The maker whose proposal is approved, if approving.
  var approvedMaker: LedgerState.MakerClaim? {
    if case .approve(let proposal) = self { return proposal.maker }
    return nil
  }
}
