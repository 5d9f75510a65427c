/// The one definition of how a person's name is shown in public: the writer puts it in the
/// journal's `payee`, and the site masks old lines' counterparties the same way.
public enum PersonName {
  /// `name` masked: its first and last characters kept, every other one `*`: `张三丰` →
  /// `张*丰`, `李四` → `李*`, `欧阳娜娜` → `欧**娜`, a single character → `*`.
  public static func masked(_ name: String) -> String {
    let characters = Array(name)
    switch characters.count {
    case 0: return ""
    case 1: return "*"
    case 2: return String(characters[0]) + "*"
    default:
      return String(characters[0]) + String(repeating: "*", count: characters.count - 2)
        + String(characters[characters.count - 1])
    }
  }

  /// True when `text` has the shape `masked` gives: `*`, or one character then `*`, or one
  /// character, one or more `*`, one character.
  ///
  /// The verifier checks a `payee` with it, so that no line shows more than two characters
  /// of a name.
  public static func isMasked(_ text: String) -> Bool {
    let characters = Array(text)
    switch characters.count {
    case 0: return false
    case 1: return characters[0] == "*"
    case 2: return characters[1] == "*"
    default: return characters[1..<(characters.count - 1)].allSatisfy { $0 == "*" }
    }
  }
}
