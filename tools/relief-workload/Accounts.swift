/// The balance of every (union, program) account in fen, kept exactly as the ledger's rules
/// keep it, so the generator only writes entries that leave no balance below zero.
struct Accounts {
  private var balances: [Int64]

  init(unionCount: Int) {
    balances = Array(repeating: 0, count: unionCount * Programs.count)
  }

  func balance(_ union: Int, _ program: Int) -> Int64 {
    balances[union * Programs.count + program]
  }

  /// Applies `row`'s effect (`sign` 1), or its reversal's (`sign` -1).
  mutating func apply(_ row: MoneyRow, sign: Int64) {
    let amount = row.amountFen * sign
    switch row.kind {
    case .receipt:
      add(row.union, row.program, amount)
    case .allocation:
      add(row.union, row.program, -amount)
      add(row.to, row.program, amount)
    case .refund, .subsidy, .disbursement:
      add(row.union, row.program, -amount)
    }
  }

  /// Whether reversing `row` now keeps every balance at zero or above.
  func canReverse(_ row: MoneyRow) -> Bool {
    switch row.kind {
    case .receipt: return balance(row.union, row.program) >= row.amountFen
    case .allocation: return balance(row.to, row.program) >= row.amountFen
    case .refund, .subsidy, .disbursement: return true
    }
  }

  private mutating func add(_ union: Int, _ program: Int, _ amount: Int64) {
    balances[union * Programs.count + program] += amount
    assert(balances[union * Programs.count + program] >= 0, "a balance went below zero")
  }
}
