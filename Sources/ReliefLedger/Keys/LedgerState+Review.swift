import ReliefText

/// The maker-and-checker rules (制单/审核), shared by appends, approvals and the verifier.
extension LedgerState {
  /// The maker a commit names: its key id and its signature over the batch.
  public struct MakerClaim: Equatable, Sendable {
    /// The maker's key id, `<name>+<hash>`.
    public var keyID: String
    /// The maker's base64 Ed25519 signature over `MakerSignature.message`.
    public var signature: String

    /// Creates a claim.
    public init(keyID: String, signature: String) {
      self.keyID = keyID
      self.signature = signature
    }
  }

  /// The first union (in registration order) whose review threshold the batch exceeds, with
  /// the amount the batch moves in its subtree: every union with a threshold compares it
  /// with the sum of the batch's amounts whose acting union is in its subtree.
  public func thresholdExceeded(
    by scope: BatchScope, thresholds: [String: Money]
  ) -> (union: String, amount: Money, threshold: Money)? {
    guard !thresholds.isEmpty, !scope.amountsFen.isEmpty else { return nil }
    var sums: [String: Int64] = [:]
    for (union, amount) in scope.amountsFen {
      var current: String? = union
      var steps = 0
      // Depth is bounded by the number of unions: a parent is registered before its child.
      while let id = current, steps <= unions.count {
        if thresholds[id] != nil {
          let (sum, overflow) = sums[id, default: 0].addingReportingOverflow(amount)
          sums[id] = overflow ? .max : sum
        }
        current = unions[id]?.parent
        steps += 1
      }
    }
    for union in unionOrder {
      guard let sum = sums[union], let threshold = thresholds[union], sum > threshold.fen
      else { continue }
      return (union, Money(fen: sum), threshold)
    }
    return nil
  }

  /// Why `signer` may not commit a batch of `scope` made by `maker` (nil: not made), given
  /// the keys and review thresholds in force before the batch; `makerSignatureIsValid`
  /// checks the maker's signature with the maker's registered key.
  ///
  /// Without a maker, the signer must be entitled to every entry and the batch must not
  /// exceed a threshold. With one, in this order: the maker fields are well formed, the
  /// maker is another key than the checker, the checker is a reviewer covering the batch,
  /// the maker is registered and unrevoked, its signature verifies, it is entitled to
  /// every entry, and its signature was not used by an earlier batch.
  public func commitProblem(
    signer: RegisteredKey, maker: MakerClaim?, keys: [String: RegisteredKey],
    scope: BatchScope, thresholds: [String: Money],
    makerSignatureIsValid: (RegisteredKey) -> Bool
  ) -> EntitlementProblem? {
    guard let maker else {
      if let problem = entitlementProblem(of: signer, for: scope) { return problem }
      guard let over = thresholdExceeded(by: scope, thresholds: thresholds) else { return nil }
      return .reviewRequired(union: over.union, amount: over.amount, threshold: over.threshold)
    }
    if let problem = MakerSignature.formProblem(keyID: maker.keyID, signature: maker.signature) {
      return .malformedMaker(problem)
    }
    let makerKey = keys[maker.keyID]
    if maker.keyID == signer.id || makerKey?.publicKey == signer.publicKey {
      return .makerIsChecker(signer.id)
    }
    if let reason = checkerProblem(signer, scope: scope) {
      return .checkerNotReviewer(signer.id, reason: reason)
    }
    guard let makerKey else { return .unknownMaker(maker.keyID) }
    if let seq = makerKey.revokedSeq { return .revokedMaker(makerKey.id, revokedSeq: seq) }
    guard makerSignatureIsValid(makerKey) else { return .badMakerSignature(makerKey.id) }
    if case .notEntitled(_, _, _, _, let reason) = entitlementProblem(of: makerKey, for: scope) {
      return .makerNotEntitled(makerKey.id, reason: reason)
    }
    if usedMakerSignatures.contains(maker.signature) {
      return .makerSignatureReused(makerKey.id)
    }
    return nil
  }

  /// Why `checker` may not approve a batch of `scope`: it must be a reviewer, and a
  /// reviewer with a union covers only money entries of that union's subtree.
  private func checkerProblem(_ checker: RegisteredKey, scope: BatchScope) -> String? {
    guard checker.role == .reviewer else {
      return Text.current(.scopeCheckerNotReviewer, ["role": checker.role.shownName])
    }
    guard let root = checker.union else { return nil }
    if let (_, kind) = scope.adminOnly {
      return Text.current(.scopeReviewerKind, ["root": root, "kind": kind.shownName])
    }
    for (union, _) in scope.unions.sorted(by: { $0.value < $1.value })
    where !isUnion(union, inSubtreeOf: root) {
      return Text.current(.scopeOutsideSubtree, ["union": union, "root": root])
    }
    return nil
  }

  /// Records that a batch with this maker signature was committed.
  mutating func recordMakerSignature(_ signature: String) {
    usedMakerSignatures.insert(signature)
  }
}
