/// Recent money rows that may still be reversed: a ring of the last `capacity` rows, each
/// taken out when reversed so that nothing is reversed twice.
struct ReversalPool {
  private var slots: [MoneyRow?]
  private var nextSlot = 0
  private var filled = 0

  init(capacity: Int) {
    slots = Array(repeating: nil, count: capacity)
  }

  /// Remembers `row`, forgetting the oldest if the ring is full.
  mutating func add(_ row: MoneyRow) {
    slots[nextSlot] = row
    nextSlot = (nextSlot + 1) % slots.count
    filled = min(filled + 1, slots.count)
  }

  /// Takes a random remembered row that `accounts` can reverse, trying a few; nil if none.
  mutating func take(rng: inout SplitMix64, accounts: Accounts) -> MoneyRow? {
    guard filled > 0 else { return nil }
    for _ in 0..<8 {
      let slot = rng.below(filled)
      guard let row = slots[slot], accounts.canReverse(row) else { continue }
      slots[slot] = nil
      return row
    }
    return nil
  }
}
