import ReliefLedger

/// What a money entry does, in the terms the exports and the site share.
public enum Flow: String, CaseIterable, Sendable {
  /// Money received into a union's program.
  case receipt
  /// Money moved from one union to another within a program.
  case allocation
  /// Union dues refunded to a business.
  case refund
  /// A subsidy paid out.
  case subsidy
  /// A disbursement paid out to people.
  case disbursement
}

/// A money entry reduced to its flow, accounts, amount and counterparty.
///
/// A reversal is the movement of its original with `sign` −1.
public struct Movement: Equatable, Sendable {
  /// What kind of flow it is.
  public var flow: Flow
  /// The acting union: the receiving union of a receipt, the paying union otherwise.
  public var union: String
  /// The receiving union of an allocation.
  public var to: String?
  /// The program (fund) the money belongs to.
  public var program: String
  /// The amount, always positive.
  public var amount: Money
  /// 1 for an entry, −1 for the reversal of one.
  public var sign: Int64 = 1
  /// The counterparty's name, if recorded.
  public var counterparty: String?
  /// The counterparty's identifier (a credit code for refunds), if recorded.
  public var counterpartyID: String?
  /// The receipt, subsidy or disbursement category.
  public var category: String?
  /// Who was reached, if recorded.
  public var beneficiaries: Beneficiaries?
  /// The months a refund covers.
  public var period: String?
  /// The seq of the commitment a refund, subsidy or disbursement pays against.
  public var commitment: Int64?

  /// The amount with the sign applied, in fen.
  public var signedFen: Int64 { amount.fen &* sign }

  /// The change to the acting union's balance, in fen: positive for a receipt.
  public var effectOnUnionFen: Int64 { flow == .receipt ? signedFen : -signedFen }

  /// The same movement with the sign flipped, as a reversal applies it.
  public var negated: Movement {
    var copy = self
    copy.sign = -sign
    return copy
  }
}

/// An entry seen by the disclosure code: a registration, a money movement, or something
/// that moves no money.
public enum LedgerEvent: Equatable, Sendable {
  /// A union joined the ledger.
  case union(UnionRegistration)
  /// A program joined the ledger.
  case program(ProgramRegistration)
  /// Money moved; `reverses` is the seq an entry negates, for reversals.
  case money(Movement, reverses: Int64?)
  /// A commitment, or (with `reverses`) its reversal: it moves no money and is never an
  /// outflow.
  case commitment(Commitment, reverses: Int64?)
  /// Goods moved; `reverses` is the seq an entry negates, for reversals. Never money.
  case goods(GoodsMovement, reverses: Int64?)
  /// An entry that moves no money (genesis, and kinds this code does not disclose).
  case other

  /// Classifies `action`.
  ///
  /// This, `Movement.of` and `GoodsMovement.of` are the only places that switch over `Action`; a new kind is
  /// added here.
  public init(_ action: Action) {
    switch action {
    case .union(let union): self = .union(union)
    case .program(let program): self = .program(program)
    case .commitment(let commitment): self = .commitment(commitment, reverses: nil)
    case .reversal(let reversal):
      if case .commitment(let commitment) = reversal.original.action {
        self = .commitment(commitment, reverses: reversal.reverses)
        return
      }
      if let goods = GoodsMovement.of(reversal.original.action) {
        var negated = goods
        negated.sign = -goods.sign
        self = .goods(negated, reverses: reversal.reverses)
        return
      }
      guard let movement = Movement.of(reversal.original.action) else {
        self = .other
        return
      }
      self = .money(movement.negated, reverses: reversal.reverses)
    case .genesis, .key, .keyRevocation, .close, .reviewThreshold: self = .other
    case .goodsReceipt, .goodsDistribution, .goodsAllocation:
      guard let goods = GoodsMovement.of(action) else {
        self = .other
        return
      }
      self = .goods(goods, reverses: nil)
    case .receipt, .allocation, .refund, .subsidy, .disbursement:
      guard let movement = Movement.of(action) else {
        self = .other
        return
      }
      self = .money(movement, reverses: nil)
    }
  }
}

extension Movement {
  /// The movement of a money action, or nil for an action that moves no money.
  public static func of(_ action: Action) -> Movement? {
    switch action {
    case .receipt(let value):
      return Movement(
        flow: .receipt, union: value.union, program: value.program, amount: value.amount,
        counterparty: value.counterparty, counterpartyID: value.counterpartyID,
        category: value.category?.rawValue)
    case .allocation(let value):
      return Movement(
        flow: .allocation, union: value.union, to: value.to, program: value.program,
        amount: value.amount)
    case .refund(let value):
      return Movement(
        flow: .refund, union: value.union, program: value.program, amount: value.amount,
        counterparty: value.business, counterpartyID: value.code.text,
        period: value.period.description, commitment: value.commitment)
    case .subsidy(let value):
      return Movement(
        flow: .subsidy, union: value.union, program: value.program, amount: value.amount,
        counterparty: value.counterparty ?? value.payee?.display,
        counterpartyID: value.counterpartyID,
        category: value.category.rawValue, beneficiaries: value.beneficiaries,
        commitment: value.commitment)
    case .disbursement(let value):
      return Movement(
        flow: .disbursement, union: value.union, program: value.program, amount: value.amount,
        // A person paid is shown as the journal shows them: masked (the roster is never read).
        counterparty: value.counterparty ?? value.payee?.display,
        counterpartyID: value.counterpartyID,
        category: value.category.rawValue, beneficiaries: value.beneficiaries,
        commitment: value.commitment)
    case .genesis, .union, .program, .commitment, .reversal, .key, .keyRevocation, .close,
      .reviewThreshold, .goodsReceipt, .goodsDistribution, .goodsAllocation:
      return nil
    }
  }
}
