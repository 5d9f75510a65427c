/// Dates, months and amounts as people type them, rewritten for the field parsers.
///
/// Spreadsheets on Chinese systems write `2022/4/1`, `2022年4月1日`, `2022年5月`, `12.5元`,
/// `￥1,234`, full-width digits; the parsers take `2022-04-01`, `2022-05`, `12.5`. Text in
/// none of these forms is returned as it is, so that the parser's message quotes what was
/// typed.
public enum InputForms {
  /// A date: `YYYY-MM-DD`, or year, month and day separated by `/`, `-` or `.`, or written
  /// `YYYY年M月D日`.
  public static func date(_ text: String) -> String {
    PlainForms.matches(text, PlainForms.date) ? text : generalDate(text)
  }

  /// `date(_:)` without the shortcut for text already in the form it returns.
  static func generalDate(_ text: String) -> String {
    guard let parts = numbers(text, separators: ["/", "-", "."], chinese: ["年", "月", "日"]),
      parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2
    else { return text }
    return parts[0] + "-" + padded(parts[1]) + "-" + padded(parts[2])
  }

  /// A month: `YYYY-MM`, or year and month separated by `/`, `-` or `.`, or `YYYY年M月`.
  public static func month(_ text: String) -> String {
    PlainForms.matches(text, PlainForms.month) ? text : generalMonth(text)
  }

  /// `month(_:)` without the shortcut for text already in the form it returns.
  static func generalMonth(_ text: String) -> String {
    guard let parts = numbers(text, separators: ["/", "-", "."], chinese: ["年", "月"]),
      parts.count == 2, parts[0].count == 4, parts[1].count <= 2
    else { return text }
    return parts[0] + "-" + padded(parts[1])
  }

  /// A period of months: one month, or two joined by `..`, `至`, `~` or `～`.
  public static func period(_ text: String) -> String {
    let plain =
      PlainForms.matches(text, PlainForms.period) || PlainForms.matches(text, PlainForms.month)
    return plain ? text : generalPeriod(text)
  }

  /// `period(_:)` without the shortcut for text already in the form it returns.
  static func generalPeriod(_ text: String) -> String {
    let ascii = halfWidth(text)
    for joiner in ["..", "至", "~", "～"] {
      var index = ascii.startIndex
      while index < ascii.endIndex {
        if ascii[index...].hasPrefix(joiner) {
          let first = month(String(ascii[..<index]))
          let last = month(String(ascii[ascii.index(index, offsetBy: joiner.count)...]))
          return first + ".." + last
        }
        index = ascii.index(after: index)
      }
    }
    let single = month(ascii)
    return single == ascii ? text : single
  }

  /// An amount in yuan without a currency sign or `元` around it (`￥1,234.50元` →
  /// `1,234.50`), full-width digits made ASCII.
  public static func amount(_ text: String) -> String {
    PlainForms.isPlainAmount(text) ? text : generalAmount(text)
  }

  /// `amount(_:)` without the shortcut for text already in the form it returns.
  static func generalAmount(_ text: String) -> String {
    var trimmed = Substring(halfWidth(text).trimmingSpaces())
    for sign in ["￥", "¥", "RMB"] where trimmed.hasPrefix(sign) {
      trimmed = trimmed.dropFirst(sign.count)
    }
    if trimmed.hasSuffix("元") { trimmed = trimmed.dropLast() }
    let result = String(trimmed).trimmingSpaces()
    return result.isEmpty ? text : result
  }

  /// The runs of digits of `text` when it is digits separated by one of `separators`
  /// throughout, or digits each followed by the next of `chinese`; nil otherwise.
  private static func numbers(
    _ text: String, separators: [Character], chinese: [Character]
  ) -> [String]? {
    let ascii = halfWidth(text).trimmingSpaces()
    for separator in separators where ascii.contains(separator) {
      let parts = ascii.split(separator: separator, omittingEmptySubsequences: false).map(
        String.init)
      return parts.allSatisfy(isDigits) ? parts : nil
    }
    var parts: [String] = []
    var current = ""
    var next = 0
    for character in ascii {
      if character.isASCII, character.isNumber {
        current.append(character)
      } else if next < chinese.count, character == chinese[next], !current.isEmpty {
        parts.append(current)
        current = ""
        next += 1
      } else {
        return nil
      }
    }
    // The last unit (日, 月) may be left out: `2022年4月1`.
    if !current.isEmpty { parts.append(current) }
    return next >= chinese.count - 1 && !parts.isEmpty ? parts : nil
  }

  private static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  private static func padded(_ digits: String) -> String {
    digits.count == 1 ? "0" + digits : digits
  }

  /// Full-width digits, letters and the punctuation of numbers (`０-９`, `，`, `．`, `／`,
  /// `－`) as ASCII.
  static func halfWidth(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          switch scalar.value {
          case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF0C, 0xFF0E, 0xFF0F, 0xFF0D:
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
          default:
            return scalar
          }
        }))
  }
}

extension String {
  /// The text without leading and trailing ASCII spaces.
  fileprivate func trimmingSpaces() -> String {
    var slice = Substring(self)
    while slice.first == " " { slice = slice.dropFirst() }
    while slice.last == " " { slice = slice.dropLast() }
    return String(slice)
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}
