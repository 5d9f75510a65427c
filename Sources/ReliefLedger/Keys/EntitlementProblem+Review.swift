import ReliefText

extension EntitlementProblem {
  /// The message of a maker-and-checker problem (制单/审核).
  var reviewDescription: String {
    switch self {
    case .unsigned, .partlySigned, .unknownSigner, .revokedSigner, .badSignature, .notEntitled:
      return code
    case .reviewRequired(let union, let amount, let threshold):
      return Text.current(
        .reviewRequiredAbove,
        [
          "amount": amount.groupedYuanString, "union": union,
          "threshold": threshold.groupedYuanString,
        ])
    case .malformedMaker(let reason):
      return Text.current(.reviewMalformedMaker, ["reason": reason])
    case .makerIsChecker(let id):
      return Text.current(.reviewMakerIsChecker, ["id": id])
    case .checkerNotReviewer(let id, let reason):
      return Text.current(.reviewCheckerRefused, ["id": id, "reason": reason])
    case .unknownMaker(let id):
      return Text.current(.reviewUnknownMaker, ["id": id])
    case .revokedMaker(let id, let seq):
      return Text.current(.reviewRevokedMaker, ["id": id, "seq": String(seq)])
    case .badMakerSignature(let id):
      return Text.current(.reviewBadMakerSignature, ["id": id])
    case .makerNotEntitled(let id, let reason):
      return Text.current(.reviewMakerNotEntitled, ["id": id, "reason": reason])
    case .makerSignatureReused(let id):
      return Text.current(.reviewMakerSignatureReused, ["id": id])
    }
  }
}
