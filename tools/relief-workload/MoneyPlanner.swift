/// Chooses the money rows: mostly payouts (refunds, subsidies, disbursements) by cities and
/// districts; when the payer lacks the money, the allocation or receipt that funds it
/// instead; and about 1 % reversals of recent rows.
///
/// Every row it returns is valid against the balances it tracks, which it updates.
struct MoneyPlanner {
  private var rng: SplitMix64
  private let tree: UnionTree
  private var accounts: Accounts
  private var schedule: RefundSchedule
  private var pool = ReversalPool(capacity: 4096)
  private let businessCount: Int

  private static let yuan: Int64 = 100
  private static let reversalPercent = 1

  init(rng: SplitMix64, tree: UnionTree, businessCount: Int, quarters: Int) {
    self.rng = rng
    self.tree = tree
    self.businessCount = businessCount
    accounts = Accounts(unionCount: tree.count)
    schedule = RefundSchedule(businessCount: businessCount, quarters: quarters, rng: &self.rng)
  }

  /// The row numbered `number`, dated `day` (of quarter `quarter`).
  mutating func next(number: Int, day: Int, quarter: Int) -> Step {
    if rng.chance(percent: Self.reversalPercent),
      let original = pool.take(rng: &rng, accounts: accounts)
    {
      accounts.apply(original, sign: -1)
      return .reversal(number: number, day: day, original: original)
    }
    var row = payout(number: number, day: day)
    // A refund takes its business only once it is sure to be paid, so no slot is wasted.
    if row.kind == .refund && accounts.balance(row.union, row.program) >= row.amountFen {
      if let business = schedule.nextBusiness(quarter: quarter) {
        row.business = business
        row.quarter = quarter
      } else {
        row = subsidy(union: row.union, number: number, day: day, amount: row.amountFen)
      }
    }
    if accounts.balance(row.union, row.program) < row.amountFen {
      let need = Amounts.scaled(row.amountFen, by: 4...12, roundingTo: 1_000 * Self.yuan, &rng)
      row = funding(row.union, row.program, need: need, number: number, day: day)
    }
    accounts.apply(row, sign: 1)
    pool.add(row)
    return .money(row)
  }

  /// A payout by a random city or district; a refund still lacks its business and period.
  private mutating func payout(number: Int, day: Int) -> MoneyRow {
    let union = tree.spenders[rng.below(tree.spenders.count)]
    let roll = rng.below(100)
    if roll < 42 {
      let dues = Amounts.duesPaid(&rng)
      var row = MoneyRow(
        kind: .refund, number: number, day: day, union: union, program: Programs.duesRefund,
        amountFen: Amounts.refund(of: dues, &rng))
      row.duesPaidFen = dues
      return row
    }
    if roll < 62 {
      return subsidy(union: union, number: number, day: day, amount: Amounts.subsidy(&rng))
    }
    let headcount = Amounts.headcount(&rng)
    var row = MoneyRow(
      kind: .disbursement, number: number, day: day, union: union,
      program: Programs.relief[rng.below(Programs.relief.count)],
      amountFen: Amounts.disbursement(headcount: headcount, &rng))
    row.category = rng.below(Categories.disbursement.count)
    row.headcount = headcount
    row.group = rng.below(Categories.groups.count)
    return row
  }

  private mutating func subsidy(union: Int, number: Int, day: Int, amount: Int64) -> MoneyRow {
    var row = MoneyRow(
      kind: .subsidy, number: number, day: day, union: union,
      program: Programs.relief[rng.below(Programs.relief.count)], amountFen: amount)
    row.category = rng.below(Categories.subsidy.count)
    if row.category != Categories.subsidyOther { row.business = rng.below(businessCount) }
    if row.category == Categories.subsidyEmployment { row.headcount = rng.within(1...50) }
    return row
  }

  /// The row that brings `need` fen toward (`union`, `program`): an allocation from the
  /// parent if it has the money, else (recursively) funding for the parent; receipts go to
  /// the national or a provincial federation only.
  private mutating func funding(
    _ union: Int, _ program: Int, need: Int64, number: Int, day: Int
  ) -> MoneyRow {
    let parent = tree.parents[union]
    let national = tree.levels[union] == .national
    let province = tree.levels[union] == .province
    if parent >= 0 && accounts.balance(parent, program) >= need {
      return MoneyRow(
        kind: .allocation, number: number, day: day, union: parent, to: union,
        program: program, amountFen: need)
    }
    if national || (province && rng.chance(percent: 50)) {
      let amount = Amounts.scaled(need, by: 2...4, roundingTo: 100_000 * Self.yuan, &rng)
      return MoneyRow(
        kind: .receipt, number: number, day: day, union: union, program: program,
        amountFen: amount)
    }
    let parentNeed = Amounts.scaled(need, by: 2...4, roundingTo: 10_000 * Self.yuan, &rng)
    return funding(parent, program, need: parentNeed, number: number, day: day)
  }
}
