import ReliefText

extension Text {
  /// `first` then `then`, one clause after the other as the language joins them.
  ///
  /// A semicolon: `; ` in English, `；` in Chinese.
  func joined(_ first: String, _ then: String) -> String {
    clauses([first, then])
  }

  /// `items` as clauses of one sentence, joined as `joined` joins two.
  func clauses(_ items: [String]) -> String {
    items.joined(separator: language == .zh ? "；" : "; ")
  }

  /// `items` as a list in a sentence.
  ///
  /// Separated by `, ` in English and `，` in Chinese.
  func list(_ items: [String]) -> String {
    items.joined(separator: language == .zh ? "，" : ", ")
  }
}
