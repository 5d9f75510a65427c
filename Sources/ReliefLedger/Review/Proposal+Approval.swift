import ReliefCrypto
import ReliefText

/// What binds a proposal's people lines to its maker, and what refuses a proposal before
/// its entries are planned again.
extension Proposal {
  /// The message the maker signs over the people lines: the text
  /// `relief-proposal-people/v1`, the ledger's `origin`, the entries' digest and the
  /// SHA-256 of the people lines (each with its newline, as in the file), the digests in
  /// lowercase hex, each followed by a newline.
  public func peopleMessage(origin: String) -> [UInt8] {
    var hasher = SHA256()
    for (index, payment) in people.sorted(by: { $0.key < $1.key }) {
      hasher.update(Self.peopleLine(index: index, payment))
      hasher.update([UInt8(ascii: "\n")])
    }
    let peopleDigest = hasher.finalize().hex
    return Array("relief-proposal-people/v1\n\(origin)\n\(digest.hex)\n\(peopleDigest)\n".utf8)
  }

  /// Whether the people lines are as the maker signed them with `key` for the ledger named
  /// `origin` (true when there are none and no signature).
  public func peopleSignatureVerifies(key: RegisteredKey, origin: String) -> Bool {
    guard let signature = peopleSignature else { return people.isEmpty }
    return MakerSignature.isValid(signature, key: key, message: peopleMessage(origin: origin))
  }

  /// Why the proposal may not be approved on the ledger `state`, before its entries are
  /// planned.
  ///
  /// It was approved already, or its people lines are not as its maker signed them; nil
  /// otherwise (an unknown maker is left to the commit's checks).
  func approvalProblem(_ state: LedgerState) -> String? {
    if state.usedMakerSignatures.contains(maker.signature) {
      return Text.current(.proposalApprovedAlready)
    }
    guard let key = state.keys[maker.keyID],
      !peopleSignatureVerifies(key: key, origin: state.origin ?? "")
    else { return nil }
    return Text.current(.proposalPeopleAlteredBy, ["id": key.id])
  }
}
