extension Money {
  /// The amount in yuan with exactly two decimal places and no grouping.
  ///
  /// For example `"1234.56"`, `"0.05"`, `"-12.00"`. `Money.parseYuan` reads it back exactly.
  public var yuanString: String {
    sign + String(fen.magnitude / 100) + "." + cents
  }

  /// The amount in yuan with thousands commas and two decimal places.
  ///
  /// For example `"1,234,567.89"`, `"-0.50"`. `Money.parseYuan` reads it back exactly.
  public var groupedYuanString: String {
    sign + Money.grouped(String(fen.magnitude / 100)) + "." + cents
  }

  private var sign: String { fen < 0 ? "-" : "" }

  /// The fen part as two digits; uses the magnitude so `Int64.min` needs no negation.
  private var cents: String {
    let value = fen.magnitude % 100
    return (value < 10 ? "0" : "") + String(value)
  }

  /// A count with thousands commas, such as `"2,408"` or `"-12"`: for counts beside money.
  public static func groupedCount(_ value: Int64) -> String {
    (value < 0 ? "-" : "") + grouped(String(value.magnitude))
  }

  private static func grouped(_ digits: String) -> String {
    var result = ""
    let count = digits.count
    for (index, digit) in digits.enumerated() {
      if index > 0, (count - index) % 3 == 0 {
        result.append(",")
      }
      result.append(digit)
    }
    return result
  }
}
