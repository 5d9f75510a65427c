/// The rule for signed-note key names.
enum NoteKeyName {
  /// Whether `name` may name a key: non-empty, with no `+` (it separates the fields of a
  /// key), no Unicode White_Space character (signature lines are split at spaces; this is
  /// the set Go's unicode.IsSpace tests) and no control character.
  static func isValid(_ name: Substring) -> Bool {
    guard !name.isEmpty else { return false }
    for scalar in name.unicodeScalars {
      let properties = scalar.properties
      if scalar == "+" || properties.isWhitespace || properties.generalCategory == .control {
        return false
      }
    }
    return true
  }
}
