/// Hands out (business, quarter) refund slots so that no business is refunded twice for the
/// same quarter: within a quarter businesses are visited in a seeded permutation order
/// (start + k·stride mod count, stride coprime to count), each at most once.
struct RefundSchedule {
  private let businessCount: Int
  private let stride: Int
  private var starts: [Int]
  private var used: [Int]

  init(businessCount: Int, quarters: Int, rng: inout SplitMix64) {
    self.businessCount = businessCount
    var stride = businessCount / 2 + 1 + rng.below(max(1, businessCount / 4))
    while Self.gcd(stride, businessCount) != 1 { stride += 1 }
    self.stride = stride
    starts = (0..<quarters).map { _ in rng.below(businessCount) }
    used = Array(repeating: 0, count: quarters)
  }

  /// The next business not yet refunded for `quarter`, or nil if all have been.
  mutating func nextBusiness(quarter: Int) -> Int? {
    guard used[quarter] < businessCount else { return nil }
    let step = used[quarter] * stride % businessCount
    used[quarter] += 1
    return (starts[quarter] + step) % businessCount
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
  }
}
