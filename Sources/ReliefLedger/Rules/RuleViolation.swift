import ReliefText

/// A business rule an entry would break.
///
/// Cases are named after the rule; `code` is a stable name for machine-readable reports.
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
  case genesisMissing
  case genesisNotFirst
  case unknownUnion(String)
  case unknownProgram(String)
  case unionAlreadyRegistered(String)
  case programAlreadyRegistered(String)
  case allocationToSameUnion(String)
  case balanceWouldGoNegative(union: String, program: String, balance: Money, amount: Money)
  case amountOverflow(union: String, program: String)
  case refundExceedsDuesPaid(amount: Money, duesPaid: Money)
  case refundPeriodOverlaps(
    code: String, period: String, existingSeq: Int64, existingPeriod: String)
  case dateInFuture(date: BusinessDate, appendDate: BusinessDate)
  case appendTimeOutOfRange(Int64)
  case requestIDAlreadyUsed(String, seq: Int64)
  case reversalOfUnknownEntry(Int64)
  case reversalOfNonReversible(seq: Int64, kind: EntryKind)
  case alreadyReversed(seq: Int64, bySeq: Int64)
  case reversalDoesNotMatchOriginal(seq: Int64)
  /// The key text does not parse as a verifier key.
  case invalidKey(String)
  /// A key with this id was registered before (keys are never re-registered).
  case keyAlreadyRegistered(String)
  /// No key with this verifier text is registered.
  case unknownKey(String)
  /// The key was revoked already.
  case keyAlreadyRevoked(String, seq: Int64)
  /// Revoking this key would leave the ledger without an administrator.
  case lastAdministrator(String)
  /// Accountant keys need a registered union; other roles take none.
  case keyUnionMismatch(role: KeyRole, union: String?)
  /// The entry is dated in a month the books were closed through.
  case periodClosed(date: BusinessDate, closedThrough: YearMonth)
  /// A close may not reopen or repeat: the books are already closed through a later or
  /// the same month.
  case periodAlreadyClosed(period: YearMonth, closedThrough: YearMonth)
  /// A close may not close a month after the one it is dated in.
  case closeAfterItsDate(period: YearMonth, date: BusinessDate)
  /// A payment names a seq that holds no commitment.
  case unknownCommitment(Int64)
  /// A payment names a commitment that was reversed.
  case commitmentReversed(seq: Int64, bySeq: Int64)
  /// A payment names a commitment of another union or program.
  case commitmentAccountMismatch(seq: Int64, commitment: AccountKey, payment: AccountKey)
  /// A payment would take the total paid against a commitment beyond its amount.
  case commitmentOverpaid(seq: Int64, amount: Money, paid: Money, committed: Money)
  /// A commitment with payments against it cannot be reversed.
  case commitmentHasPayments(seq: Int64, paid: Money)
  /// Goods would leave a stock (union, program, item, unit) that holds fewer.
  case stockWouldGoNegative(GoodsKey, inStock: Int64, quantity: Int64)

  /// A stable short name for machine-readable reports, named after the rule.
  public var code: String {
    switch self {
    case .genesisMissing: return "genesis-missing"
    case .genesisNotFirst: return "genesis-not-first"
    case .unknownUnion: return "unknown-union"
    case .unknownProgram: return "unknown-program"
    case .unionAlreadyRegistered: return "union-already-registered"
    case .programAlreadyRegistered: return "program-already-registered"
    case .allocationToSameUnion: return "allocation-to-same-union"
    case .balanceWouldGoNegative: return "balance-would-go-negative"
    case .amountOverflow: return "amount-overflow"
    case .refundExceedsDuesPaid: return "refund-exceeds-dues-paid"
    case .refundPeriodOverlaps: return "refund-period-overlaps"
    case .dateInFuture: return "date-in-future"
    case .appendTimeOutOfRange: return "append-time-out-of-range"
    case .requestIDAlreadyUsed: return "request-id-already-used"
    case .reversalOfUnknownEntry: return "reversal-of-unknown-entry"
    case .reversalOfNonReversible: return "reversal-of-non-reversible"
    case .alreadyReversed: return "already-reversed"
    case .reversalDoesNotMatchOriginal: return "reversal-does-not-match-original"
    case .invalidKey: return "invalid-key"
    case .keyAlreadyRegistered: return "key-already-registered"
    case .unknownKey: return "unknown-key"
    case .keyAlreadyRevoked: return "key-already-revoked"
    case .lastAdministrator: return "last-administrator"
    case .keyUnionMismatch: return "key-union-mismatch"
    case .periodClosed: return "period-closed"
    case .periodAlreadyClosed: return "period-already-closed"
    case .closeAfterItsDate: return "close-after-its-date"
    case .unknownCommitment: return "unknown-commitment"
    case .commitmentReversed: return "commitment-reversed"
    case .commitmentAccountMismatch: return "commitment-account-mismatch"
    case .commitmentOverpaid: return "commitment-overpaid"
    case .commitmentHasPayments: return "commitment-has-payments"
    case .stockWouldGoNegative: return "stock-would-go-negative"
    }
  }

  /// A message for people, naming the rule broken and the values involved.
  public var description: String {
    switch self {
    case .genesisMissing:
      return Text.current(.ruleGenesisMissing)
    case .genesisNotFirst:
      return Text.current(.ruleGenesisNotFirst)
    case .unknownUnion(let id):
      return Text.current(.ruleUnknownUnion, ["union": id])
    case .unknownProgram(let id):
      return Text.current(.ruleUnknownProgram, ["program": id])
    case .unionAlreadyRegistered(let id):
      return Text.current(.ruleUnionRegistered, ["union": id])
    case .programAlreadyRegistered(let id):
      return Text.current(.ruleProgramRegistered, ["program": id])
    case .allocationToSameUnion(let id):
      return Text.current(.ruleAllocationToItself, ["union": id])
    case .balanceWouldGoNegative(let union, let program, let balance, let amount):
      return Text.current(
        .ruleBalanceNegative,
        [
          "union": union, "program": program, "balance": balance.groupedYuanString,
          "amount": amount.groupedYuanString,
        ])
    case .amountOverflow(let union, let program):
      return Text.current(.ruleAmountOverflow, ["union": union, "program": program])
    case .refundExceedsDuesPaid(let amount, let dues):
      return Text.current(
        .ruleRefundExceedsDues,
        ["amount": amount.groupedYuanString, "dues": dues.groupedYuanString])
    case .refundPeriodOverlaps(let code, let period, let seq, let existing):
      return Text.current(
        .ruleRefundOverlap,
        ["code": code, "existing": "\(existing)", "seq": String(seq), "period": "\(period)"])
    case .dateInFuture(let date, let appendDate):
      return Text.current(.ruleDateInFuture, ["date": "\(date)", "appendDate": "\(appendDate)"])
    case .appendTimeOutOfRange(let millis):
      return Text.current(.ruleAppendTimeOutOfRange, ["millis": "\(millis)"])
    case .requestIDAlreadyUsed(let id, let seq):
      return Text.current(.ruleRequestIDUsed, ["id": id, "seq": "\(seq)"])
    case .reversalOfUnknownEntry(let seq):
      return Text.current(.ruleReversalOfUnknown, ["seq": "\(seq)"])
    case .reversalOfNonReversible(let seq, let kind):
      return Text.current(
        .ruleReversalOfNonReversible, ["seq": "\(seq)", "kind": kind.shownName])
    case .alreadyReversed(let seq, let bySeq):
      return Text.current(.ruleAlreadyReversed, ["seq": "\(seq)", "bySeq": "\(bySeq)"])
    case .invalidKey(let reason):
      return Text.current(.ruleInvalidKey, ["reason": reason])
    case .keyAlreadyRegistered(let id):
      return Text.current(.ruleKeyRegistered, ["key": id])
    case .unknownKey(let id):
      return Text.current(.ruleUnknownKey, ["key": id])
    case .keyAlreadyRevoked(let id, let seq):
      return Text.current(.ruleKeyRevoked, ["key": id, "seq": "\(seq)"])
    case .lastAdministrator(let id):
      return Text.current(.ruleLastAdministrator, ["key": id])
    case .keyUnionMismatch(let role, let union):
      if role == .accountant {
        return Text.current(.ruleAccountantNeedsUnion)
      }

      return Text.current(.ruleRoleTakesNoUnion, ["role": role.shownName, "union": union ?? ""])
    case .reversalDoesNotMatchOriginal(let seq):
      return Text.current(.ruleReversalDiffers, ["seq": "\(seq)"])
    case .periodClosed(let date, let closed):
      return Text.current(.rulePeriodClosed, ["date": "\(date)", "closed": "\(closed)"])
    case .periodAlreadyClosed(let period, let closed):
      return Text.current(
        .rulePeriodAlreadyClosed, ["closed": "\(closed)", "period": "\(period)"])
    case .closeAfterItsDate(let period, let date):
      return Text.current(.ruleCloseBeforePeriod, ["date": "\(date)", "period": "\(period)"])
    case .unknownCommitment(let seq):
      return Text.current(.ruleUnknownCommitment, ["seq": "\(seq)"])
    case .commitmentReversed(let seq, let bySeq):
      return Text.current(.ruleCommitmentReversed, ["seq": "\(seq)", "bySeq": "\(bySeq)"])
    case .commitmentAccountMismatch(let seq, let commitment, let payment):
      return Text.current(
        .ruleCommitmentAccount,
        [
          "seq": "\(seq)", "union": commitment.union, "program": commitment.program,
          "paymentUnion": payment.union, "paymentProgram": payment.program,
        ])
    case .commitmentOverpaid(let seq, let amount, let paid, let committed):
      return Text.current(
        .ruleCommitmentOverpaid,
        [
          "amount": amount.groupedYuanString, "seq": "\(seq)", "paid": paid.groupedYuanString,
          "committed": committed.groupedYuanString,
        ])
    case .commitmentHasPayments(let seq, let paid):
      return Text.current(
        .ruleCommitmentHasPayments, ["seq": "\(seq)", "paid": paid.groupedYuanString])
    case .stockWouldGoNegative(let key, let inStock, let quantity):
      return Text.current(
        .ruleStockNegative,
        [
          "item": key.item, "unit": key.unit.rawValue, "union": key.union,
          "program": key.program, "stock": "\(inStock)", "quantity": "\(quantity)",
        ])
    }
  }
}
