import ReliefText

/// A person paid, as the public journal shows them (format version 2).
///
/// The masked name and a salted commitment of who they are; the name, ID number and salt
/// are in the roster.
public struct Payee: Equatable, Sendable {
  /// The name masked (`PersonName.masked`): the journal's `payee`.
  public var display: String
  /// The lowercase hex SHA-256 of the identity (`PayeeCommitment`): `payee_commitment`.
  public var commitment: String

  /// Creates a payee shown as `display` and committed to by `commitment`.
  public init(display: String, commitment: String) {
    self.display = display
    self.commitment = commitment
  }

  /// Why `display` and `commitment` cannot be a payee's, or nil when they can.
  public static func problem(display: String, commitment: String) -> (String, String)? {
    if let problem = FieldRules.checkName(display) { return ("payee", problem) }
    guard PersonName.isMasked(display) else {
      return ("payee", Text.current(.payeeNotMasked, ["name": display]))
    }
    let bytes = Array(commitment.utf8)
    let hex = bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    guard bytes.count == 64, hex else {
      return ("payee_commitment", Text.current(.payeeCommitmentNotHex))
    }
    return nil
  }
}

extension Action {
  /// The person a subsidy or disbursement pays, if it pays one (a reversal pays no one: its
  /// original's record stays with the original's seq).
  public var payee: Payee? {
    switch self {
    case .subsidy(let subsidy): return subsidy.payee
    case .disbursement(let disbursement): return disbursement.payee
    case .genesis, .union, .program, .receipt, .allocation, .refund, .commitment, .reversal,
      .key, .keyRevocation, .close, .reviewThreshold, .goodsReceipt, .goodsDistribution,
      .goodsAllocation:
      return nil
    }
  }

  /// The same action paying `payee` in place of its own (subsidies and disbursements).
  func replacingPayee(_ payee: Payee) -> Action {
    switch self {
    case .subsidy(var subsidy):
      subsidy.payee = payee
      return .subsidy(subsidy)
    case .disbursement(var disbursement):
      disbursement.payee = payee
      return .disbursement(disbursement)
    case .genesis, .union, .program, .receipt, .allocation, .refund, .commitment, .reversal,
      .key, .keyRevocation, .close, .reviewThreshold, .goodsReceipt, .goodsDistribution,
      .goodsAllocation:
      return self
    }
  }
}

extension Entry {
  /// True when `input` states this committed entry again: equal, except that a payee's
  /// commitment differs (a row mapped again draws a new salt), so that importing a file
  /// twice skips its payments to people as duplicates.
  public func isSame(asInput input: Entry) -> Bool {
    guard let payee = action.payee, input.action.kind == action.kind,
      input.action.payee?.display == payee.display
    else { return self == input }
    return self == input.with(input.action.replacingPayee(payee))
  }
}
