import ReliefText

/// What a registered key may do.
public enum KeyRole: String, CaseIterable, Sendable {
  /// Registers unions, programs and keys, and may append any entry.
  case admin
  /// Appends money entries whose acting union is in the key's union subtree.
  case accountant
  /// Appends nothing; cosigns checkpoints.
  case auditor
  /// Appends nothing of its own; approves (checks and commits) batches a maker prepared,
  /// of its union's subtree if registered with a union, else of any union.
  case reviewer

  /// The role as a message names it: 管理员, 会计, 审计, 复核人 in Chinese, else its name.
  public var shownName: String {
    let id: MessageID
    switch self {
    case .admin: id = .roleAdmin
    case .accountant: id = .roleAccountant
    case .auditor: id = .roleAuditor
    case .reviewer: id = .roleReviewer
    }
    return Text.current(id)
  }
}

/// A key registered in the ledger, by its C2SP signed-note verifier key text.
public struct KeyRegistration: Equatable, Sendable {
  /// The verifier key, `<name>+<hash>+<base64>`.
  public var key: String
  /// What the key may do.
  public var role: KeyRole
  /// For an accountant (required) or a reviewer (optional), the union whose subtree the key
  /// covers; nil otherwise.
  public var union: String?

  /// Creates a registration.
  public init(key: String, role: KeyRole, union: String? = nil) {
    self.key = key
    self.role = role
    self.union = union
  }
}

/// The revocation of a registered key, by its verifier key text.
public struct KeyRevocation: Equatable, Sendable {
  /// The verifier key, `<name>+<hash>+<base64>`, exactly as registered.
  public var key: String

  /// Creates a revocation.
  public init(key: String) {
    self.key = key
  }
}
