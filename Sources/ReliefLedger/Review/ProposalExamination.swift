import ReliefText

/// What a reviewer can know of a proposal before approving it (`relief review`).
///
/// Whether it was staged for this ledger, whether its maker is a registered key, whether
/// the maker's signature verifies over its entries, and whether its people section matches
/// its payments. The rules (balances, entitlement, thresholds) are checked by `approve`.
public struct ProposalExamination: Sendable {
  /// The origin of the verified ledger.
  public let ledgerOrigin: String
  /// The maker's key as the ledger registers it, nil if no key has the maker's id.
  public let makerKey: RegisteredKey?
  /// Whether the maker's signature verifies, with the maker's registered key, over the
  /// message for this ledger's origin and the proposal's entries.
  public let signatureVerifies: Bool
  /// Whether the people lines verify with the maker's registered key (`people_sig`; true
  /// when the proposal pays no person).
  public let peopleSignatureVerifies: Bool
  /// Whether a committed batch already carries this maker signature (approved before).
  public let alreadyCommitted: Bool
  /// The people section's problems, by entry index (`Proposal.peopleProblems`).
  public let peopleProblems: [(index: Int, reason: String)]

  /// Examines `proposal` against the verified ledger `state`.
  public init(_ proposal: Proposal, state: LedgerState) {
    ledgerOrigin = state.origin ?? ""
    makerKey = state.keys[proposal.maker.keyID]
    let message = MakerSignature.message(
      origin: ledgerOrigin, entryCount: Int64(proposal.entries.count), digest: proposal.digest)
    signatureVerifies =
      makerKey.map { MakerSignature.isValid(proposal.maker.signature, key: $0, message: message) }
      ?? false
    let origin = ledgerOrigin
    peopleSignatureVerifies =
      makerKey.map { proposal.peopleSignatureVerifies(key: $0, origin: origin) }
      ?? proposal.people.isEmpty
    alreadyCommitted = state.usedMakerSignatures.contains(proposal.maker.signature)
    peopleProblems = proposal.peopleProblems()
  }

  /// Why `approve` would refuse the proposal before looking at its entries' rules, in the
  /// order a reviewer should read them; empty when it is verified.
  public func problems(for proposal: Proposal) -> [String] {
    var problems: [String] = []
    if proposal.origin != ledgerOrigin {
      problems.append(
        Text.current(
          .proposalOtherLedger, ["origin": proposal.origin, "ledger": ledgerOrigin]))
    }
    if let key = makerKey {
      if let seq = key.revokedSeq {
        problems.append(Text.current(.proposalMakerRevoked, ["id": key.id, "seq": String(seq)]))
      }
      if !signatureVerifies {
        problems.append(
          Text.current(.proposalSignatureFails, ["id": key.id]))
      }
      // Altered entries break both signatures: the first says it.
      if signatureVerifies && !peopleSignatureVerifies {
        problems.append(
          Text.current(.proposalPeopleAltered))
      }
    } else {
      problems.append(Text.current(.proposalMakerUnknown, ["id": proposal.maker.keyID]))
    }
    if alreadyCommitted {
      problems.append(Text.current(.proposalAlreadyCommitted))
    }
    return problems + peopleProblems.map(\.reason)
  }

}
