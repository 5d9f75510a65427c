extension EntitlementProblem {
  /// The message of a maker-and-checker problem (制单/审核).
  var reviewDescription: String {
    switch self {
    case .unsigned, .partlySigned, .unknownSigner, .revokedSigner, .badSignature, .notEntitled:
      return code
    case .reviewRequired(let union, let amount, let threshold):
      return "the batch moves \(amount.yuanString) yuan in the subtree of union '\(union)', "
        + "above its review threshold of \(threshold.yuanString) yuan: stage it (--stage) and "
        + "have a reviewer approve it (relief approve)"
    case .malformedMaker(let reason):
      return "the commit's maker fields are malformed: \(reason)"
    case .makerIsChecker(let id):
      return "key '\(id)' both made and checked the batch: the checker must be another key"
    case .checkerNotReviewer(let id, let reason):
      return "key '\(id)' may not check this batch: \(reason)"
    case .unknownMaker(let id):
      return "the batch was made by '\(id)', which is not a registered key"
    case .revokedMaker(let id, let seq):
      return "the batch was made by '\(id)', which was revoked at seq \(seq)"
    case .badMakerSignature(let id):
      return "the maker signature of '\(id)' does not verify over the batch's entries: they "
        + "were altered after the maker signed them"
    case .makerNotEntitled(let id, let reason):
      return "the maker '\(id)' may not append this batch: \(reason)"
    case .makerSignatureReused(let id):
      return "a batch signed by maker '\(id)' with this very signature was committed before"
    }
  }
}
