/// Random amounts in fen with a long tail: each draw first picks an order of magnitude by
/// weight, then a uniform amount inside it.
///
/// Integer-only, so identical on every platform.
enum Amounts {
  private static let yuan: Int64 = 100

  /// Union dues a small business paid for one quarter: 300–30,000 yuan.
  static func duesPaid(_ rng: inout SplitMix64) -> Int64 {
    tiered(&rng, [(60, 300 * yuan...3_000 * yuan), (40, 3_000 * yuan...30_000 * yuan)])
  }

  /// The refunded share of `dues`: all of it half the time, else 50–99 %.
  static func refund(of dues: Int64, _ rng: inout SplitMix64) -> Int64 {
    if rng.chance(percent: 50) { return dues }
    return max(1, dues * rng.within(50...99) / 100)
  }

  /// A subsidy: 1,000–500,000 yuan.
  static func subsidy(_ rng: inout SplitMix64) -> Int64 {
    tiered(
      &rng,
      [
        (50, 1_000 * yuan...10_000 * yuan), (40, 10_000 * yuan...100_000 * yuan),
        (10, 100_000 * yuan...500_000 * yuan),
      ])
  }

  /// People reached by a disbursement: 1–999.
  static func headcount(_ rng: inout SplitMix64) -> Int64 {
    tiered(&rng, [(50, 1...9), (40, 10...99), (10, 100...999)])
  }

  /// A disbursement to `headcount` people: 100–2,000 yuan each, in whole yuan.
  static func disbursement(headcount: Int64, _ rng: inout SplitMix64) -> Int64 {
    headcount * rng.within(100...2_000) * yuan
  }

  /// `amount` times a random factor in `factors`, rounded up to a multiple of `unit` fen.
  static func scaled(
    _ amount: Int64, by factors: ClosedRange<Int64>, roundingTo unit: Int64,
    _ rng: inout SplitMix64
  ) -> Int64 {
    let raw = amount * rng.within(factors)
    return (raw + unit - 1) / unit * unit
  }

  private static func tiered(
    _ rng: inout SplitMix64, _ tiers: [(weight: Int, range: ClosedRange<Int64>)]
  ) -> Int64 {
    var roll = rng.below(100)
    for tier in tiers {
      if roll < tier.weight { return rng.within(tier.range) }
      roll -= tier.weight
    }
    return rng.within(tiers[tiers.count - 1].range)
  }
}
