/// A refund that reached the overlap check, or a reversal of a refund, as the verifier
/// spills it: ordered by business, then seq, so that each business's refunds and
/// reversals replay in journal order.
struct RefundEvent: Comparable, BitwiseCopyable, Sendable {
  /// The business's credit code, packed (`UnifiedSocialCreditCode.sortKey`).
  let codeHigh: UInt64
  let codeLow: UInt64
  /// The seq of the refund or of the reversal.
  let seq: Int64
  /// For a refund, the byte offset of its line; for a reversal, the seq it reverses.
  let offsetOrReversed: Int64
  /// For a refund, its first and last month as `YearMonth.ordinal`; 0 for a reversal
  /// (no month's ordinal is 0).
  let start: UInt32
  let end: UInt32

  /// A refund of `code` for `period` on the line at `offset`.
  init(refund code: UnifiedSocialCreditCode, period: MonthPeriod, seq: Int64, offset: Int64) {
    (codeHigh, codeLow) = code.sortKey
    self.seq = seq
    offsetOrReversed = offset
    start = UInt32(truncatingIfNeeded: period.start.ordinal)
    end = UInt32(truncatingIfNeeded: period.end.ordinal)
  }

  /// The reversal at `seq` of the refund of `code` at `reversed`.
  init(reversalOf reversed: Int64, code: UnifiedSocialCreditCode, seq: Int64) {
    (codeHigh, codeLow) = code.sortKey
    self.seq = seq
    offsetOrReversed = reversed
    start = 0
    end = 0
  }

  var isReversal: Bool { start == 0 }

  /// Whether both are refunds whose periods share a month.
  func overlaps(_ other: RefundEvent) -> Bool {
    start <= other.end && other.start <= end
  }

  func isSameBusiness(as other: RefundEvent) -> Bool {
    codeHigh == other.codeHigh && codeLow == other.codeLow
  }

  static func < (lhs: RefundEvent, rhs: RefundEvent) -> Bool {
    (lhs.codeHigh, lhs.codeLow, lhs.seq) < (rhs.codeHigh, rhs.codeLow, rhs.seq)
  }

  /// The business's code as text: the 17 packed characters and their check character.
  var codeText: String {
    let alphabet = Array(UnifiedSocialCreditCode.alphabet)
    var characters: [Character] = []
    for (word, count) in [(codeHigh, 9), (codeLow, 8)] {
      var digits: [Character] = []
      var rest = word
      for _ in 0..<count {
        digits.append(alphabet[Int(rest % 31)])
        rest /= 31
      }
      characters += digits.reversed()
    }
    let first17 = String(characters)
    return first17
      + (UnifiedSocialCreditCode.checkCharacter(forFirst17: first17).map { "\($0)" } ?? "")
  }

  /// The refund's period as text.
  var periodText: String {
    func month(_ ordinal: UInt32) -> YearMonth {
      YearMonth(uncheckedYear: Int(ordinal) / 12, month: Int(ordinal) % 12 + 1)
    }
    return (MonthPeriod(start: month(start), end: month(end)) ?? MonthPeriod(month: month(start)))
      .description
  }
}
