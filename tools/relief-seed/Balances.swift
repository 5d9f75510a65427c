import ReliefLedger

/// The balance of every (union, program) account as the generated rows are written, so
/// that the generator knows where a reported outflow needs funding first.
struct Balances {
  private var fen: [String: Int64] = [:]

  /// The balance of `union` in `program`.
  func balance(union: String, program: String) -> Money {
    Money(fen: fen[Self.key(union, program)] ?? 0)
  }

  /// Adds `amount` (negative to take money out) to the account.
  mutating func add(_ amount: Money, union: String, program: String) throws(SeedError) {
    let key = Self.key(union, program)
    guard let sum = Money(fen: fen[key] ?? 0).adding(amount) else {
      throw .invalidSeeds(["the balance of \(union) in \(program) overflows"])
    }
    fen[key] = sum.fen
  }

  private static func key(_ union: String, _ program: String) -> String {
    union + " " + program
  }
}
