/// A deterministic split of a total into `count` positive parts that sum to it exactly.
///
/// All arithmetic is in integer fen: each part gets a seeded random weight w (the product
/// of two draws from 1–20, so most businesses are small and a few large), and part k is
/// ⌊total·Wₖ/W⌋ − ⌊total·Wₖ₋₁/W⌋, where Wₖ is the sum of the first k weights and W of all.
/// The differences telescope to the total; with total ≥ W every part is at least 1 fen.
struct Breakdown: Sequence {
  /// The most parts one breakdown may have.
  static let countMax = 1_000_000

  let totalFen: Int64
  let count: Int
  let seed: UInt64
  /// W, the sum of all weights.
  let weightSum: Int64

  /// A breakdown of `totalFen` into `count` parts seeded by `seed`.
  ///
  /// Nil unless 1 ≤ count ≤ `countMax` and the total is at least W fen, so that no part
  /// is zero.
  init?(totalFen: Int64, count: Int, seed: UInt64) {
    guard count >= 1, count <= Self.countMax else { return nil }
    var rng = SplitMix64(seed: seed)
    var sum: Int64 = 0
    for _ in 0..<count {
      sum += Self.weight(&rng)
    }
    guard totalFen >= sum else { return nil }
    self.totalFen = totalFen
    self.count = count
    self.seed = seed
    self.weightSum = sum
  }

  private static func weight(_ rng: inout SplitMix64) -> Int64 {
    Int64(1 + rng.below(20)) * Int64(1 + rng.below(20))
  }

  /// Yields the parts in order, in fen.
  struct Iterator: IteratorProtocol {
    fileprivate let breakdown: Breakdown
    fileprivate var rng: SplitMix64
    fileprivate var cumulative: Int64 = 0
    fileprivate var previousBoundary: Int64 = 0
    fileprivate var produced = 0

    mutating func next() -> Int64? {
      guard produced < breakdown.count else { return nil }
      produced += 1
      cumulative += Breakdown.weight(&rng)
      // total·Wₖ needs up to 128 bits; the quotient is at most total, so it fits.
      let product = breakdown.totalFen.multipliedFullWidth(by: cumulative)
      let boundary = breakdown.weightSum.dividingFullWidth(product).quotient
      defer { previousBoundary = boundary }
      return boundary - previousBoundary
    }
  }

  func makeIterator() -> Iterator {
    Iterator(breakdown: self, rng: SplitMix64(seed: seed))
  }
}
