extension Money {
  /// Reads an amount written in yuan, as people type it on vouchers and in spreadsheets.
  ///
  /// Accepted forms:
  /// - digits with an optional fraction of one or two digits: `"1234"`, `"1234.5"`,
  ///   `"0.01"`;
  /// - thousands commas in the integer part, in correct groups of three: `"1,234.56"`
  ///   (a grouped amount may not begin with `0`, so `"0,500"` — a decimal comma in
  ///   some locales — is rejected rather than read as five hundred);
  /// - the suffix `万` (ten thousand yuan) right after the number: `"1987万"`,
  ///   `"19.87万"`; with `万` up to six fraction digits are allowed, since 0.000001万
  ///   is exactly one fen;
  /// - a leading `-` only when `allowNegative` is true; `"-0"` is zero.
  ///
  /// Leading zeros are accepted (`"007.00"` is 7 yuan) because accountants type them.
  /// Rejected: empty text, whitespace anywhere, a leading `+`, exponents, a second
  /// decimal point, `"1."`, `".5"`, more than two decimal places (six with `万`), any
  /// character outside ASCII digits, `-`, `.` and `,` except a final `万`, and amounts
  /// beyond the `Int64` fen range (92,233,720,368,547,758.07 yuan; the negative limit
  /// is one fen further).
  public static func parseYuan(
    _ text: String, allowNegative: Bool = false
  ) throws(MoneyParseError) -> Money {
    try parseYuan(text.utf8, allowNegative: allowNegative)
  }

  /// Reads an amount written in yuan from UTF-8 bytes; the rules are those of
  /// `parseYuan(_ text: String, allowNegative:)`.
  public static func parseYuan(
    _ bytes: some Collection<UInt8>, allowNegative: Bool = false
  ) throws(MoneyParseError) -> Money {
    let fen = try YuanAmountParser(bytes: Array(bytes), allowNegative: allowNegative).parse()
    return Money(fen: fen)
  }
}
