import ReliefLedger

/// The synthetic small businesses that stand for the unnamed recipients of a refund total.
///
/// Business `serial` (from 1) is named 合成企业 plus five digits, and its
/// unified social credit code is `91` (market regulation, enterprise) + region `000000`
/// (no real administrative division) + the serial in nine digits + the GB 32100-2015 check
/// character, so the code is well-formed yet clearly not any real business's.
enum SyntheticBusiness {
  /// The most synthetic businesses one seed set may use (five-digit names).
  static let serialMax = 99_999

  /// The business's name, such as `合成企业00042`.
  static func name(serial: Int) -> String {
    "合成企业" + padded(serial, width: 5)
  }

  /// The business's 18-character code: `91000000`, the serial in 9 digits, the check.
  static func code(serial: Int) -> String {
    let first17 = "91000000" + padded(serial, width: 9)
    // Seventeen characters from the code alphabet always have a check character; the
    // fallback only satisfies the optional and would be refused by `relief import`.
    let check = UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) ?? "?"
    return first17 + String(check)
  }

  /// `value` in decimal with leading zeros to `width` digits.
  static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
