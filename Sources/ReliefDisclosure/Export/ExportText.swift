import ReliefLedger

/// Text helpers shared by the exporters.
enum ExportText {
  /// `fen` as yuan with two decimals and the commodity, for example `-1234.56 CNY`.
  static func amount(_ fen: Int64) -> String { Money(fen: fen).yuanString + " CNY" }

  /// Text safe on a ledger-cli/hledger transaction line: no `;` (a comment starts there),
  /// no runs of spaces (two spaces end a field).
  static func ledgerLine(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
      let isSpace = character == " " || character == "\t"
      if isSpace && lastWasSpace { continue }
      lastWasSpace = isSpace
      switch character {
      case ";": result += "；"
      case "\t": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// `text` as a quoted beancount string.
  static func beancountString(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.append(character)
      }
    }
    return result + "\""
  }

  /// A short description of an entry: its flow, then its counterparty or unions.
  static func description(_ movement: Movement, reverses: Int64?) -> String {
    var text = movement.flow.rawValue
    if let counterparty = movement.counterparty {
      text += ": " + counterparty
    } else if let to = movement.to {
      text += ": " + movement.union + " -> " + to
    } else {
      text += ": " + movement.union
    }
    if let reverses { text = "reversal of seq \(reverses), " + text }
    return text
  }

  /// A commitment (or its reversal) as a comment line, read the same way by ledger-cli,
  /// hledger and beancount: it moves no money, so it is never a posting.
  static func commitmentComment(
    _ item: StreamedEntry, _ commitment: Commitment, reverses: Int64?
  ) -> String {
    var text = "\(item.entry.date) "
    if let reverses {
      text += "reversal of commitment seq \(reverses): "
    } else {
      text += "commitment: "
    }
    text +=
      "\(commitment.union) \(commitment.program) \(Money(fen: commitment.amount.fen).yuanString) CNY"
    if let period = commitment.period { text += " for \(period)" }
    text += ", " + commitment.purpose
    return "; " + ledgerLine(text) + "  seq:\(item.seq)\n"
  }
}
