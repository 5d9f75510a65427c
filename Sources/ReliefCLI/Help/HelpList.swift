import ReliefLedger
import ReliefText

/// Lists of names in the help (kinds), wrapped, and in Chinese with each one's Chinese name.
enum HelpList {
  /// `kinds` as the help shows them: `refund` in English, `refund（返还经费）` in Chinese,
  /// joined and wrapped at `width` columns.
  static func kinds(_ kinds: [EntryKind], width: Int = 80) -> String {
    let chinese = Text.current.language == .zh
    let names = kinds.map { kind in
      guard chinese, let name = ChineseValues.displayName(of: kind) else { return kind.rawValue }
      return kind.rawValue + "（" + name + "）"
    }
    return wrapped(names, separator: chinese ? "、" : ", ", width: width)
  }

  /// `names` joined by `separator`, broken into lines of at most `width` columns, each
  /// broken line ending in the separator without its trailing space.
  static func wrapped(_ names: [String], separator: String, width: Int) -> String {
    let tail = String(separator.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    var lines: [String] = []
    var line = ""
    for name in names {
      let piece = line.isEmpty ? name : line + separator + name
      if displayWidth(piece) > width - 2, !line.isEmpty {
        lines.append(line + tail)
        line = name
      } else {
        line = piece
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The values of the entry fields' help placeholders (the lists the code accepts), in
  /// the current language: categories with their Chinese names in Chinese, wrapped to fit
  /// beside the option column.
  static func fieldValues() -> [String: String] {
    let chinese = Text.current.language == .zh
    let separator = chinese ? "、" : ", "
    func names(_ values: [String]) -> String { values.joined(separator: separator) }
    func categories(_ values: [String]) -> String {
      let shown = values.map { value in
        guard chinese, let name = ChineseValues.displayName(ofCategory: value) else {
          return value
        }
        return value + "（" + name + "）"
      }
      return wrapped(shown, separator: separator, width: categoryWidth)
    }
    return [
      "units": names(GoodsUnit.allCases.map(\.rawValue)),
      "beneficiaryUnits": names(BeneficiaryUnit.allCases.map(\.rawValue)),
      "approximations": names(Approximation.allCases.map(\.rawValue)),
      "roles": names(KeyRole.allCases.map(\.rawValue)),
      "receiptCategories": categories(ReceiptCategory.allCases.map(\.rawValue)),
      "subsidyCategories": categories(SubsidyCategory.allCases.map(\.rawValue)),
      "disbursementCategories": categories(DisbursementCategory.allCases.map(\.rawValue)),
    ]
  }

  /// Columns a category list may take beside its label, so that the line ends by column 88.
  private static let categoryWidth = 88 - HelpPage.optionColumn - 14
}
