import ReliefCrypto

extension LedgerState {
  /// Registers a key, checking its text, that its id is new, and its role's union.
  mutating func registerKey(_ registration: KeyRegistration, seq: Int64) throws(RuleViolation) {
    let parsed: NoteVerifierKey
    do {
      parsed = try NoteVerifierKey(parsing: registration.key)
    } catch {
      throw .invalidKey("\(error)")
    }
    let id = parsed.id
    guard keys[id] == nil else { throw .keyAlreadyRegistered(id) }
    switch registration.role {
    case .accountant:
      guard let union = registration.union else {
        throw .keyUnionMismatch(role: .accountant, union: nil)
      }
      guard unions[union] != nil else { throw .unknownUnion(union) }
    case .reviewer:
      if let union = registration.union, unions[union] == nil { throw .unknownUnion(union) }
    case .admin, .auditor:
      guard registration.union == nil else {
        throw .keyUnionMismatch(role: registration.role, union: registration.union)
      }
    }
    keys[id] = RegisteredKey(
      id: id, text: registration.key, publicKey: parsed.publicKey.bytes, role: registration.role,
      union: registration.union, seq: seq, revokedSeq: nil)
  }

  /// Revokes a registered key, refusing to revoke the last administrator.
  mutating func revokeKey(_ revocation: KeyRevocation, seq: Int64) throws(RuleViolation) {
    let id = Self.keyID(of: revocation.key)
    guard var key = keys[id], key.text == revocation.key else { throw .unknownKey(id) }
    if let revoked = key.revokedSeq { throw .keyAlreadyRevoked(id, seq: revoked) }
    if key.role == .admin {
      let otherAdmins = keys.values.filter {
        $0.role == .admin && $0.revokedSeq == nil && $0.id != id
      }
      guard !otherAdmins.isEmpty else { throw .lastAdministrator(id) }
    }
    key.revokedSeq = seq
    keys[id] = key
  }

  /// The id `<name>+<hash>` of a verifier key text (its first two `+`-separated fields).
  public static func keyID(of text: String) -> String {
    text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
      .joined(separator: "+")
  }

  /// The key with `id` if it is registered and not revoked, else why it may not sign.
  public func activeKey(id: String) -> Result<RegisteredKey, EntitlementProblem> {
    guard let key = keys[id] else { return .failure(.unknownSigner(id)) }
    if let revoked = key.revokedSeq { return .failure(.revokedSigner(id, revokedSeq: revoked)) }
    return .success(key)
  }
}
