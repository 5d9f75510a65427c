/// Finds what may be a person's name in Chinese text.
///
/// The rules (docs/DISCLOSURE.md):
///
/// 1. after a role word (`职工张伟`, `家属王小红`, `店主陈建国`): the next two or three
///    characters (four after a two-character family name) when they start with a family name;
/// 2. before a role word (`张三家属`, `援鄂王小红家属`): the two or three characters before it
///    (three or four with a two-character family name) when they start with a family name;
/// 3. alone (`王小明`, `欧阳娜娜`, `王红和李明`): a piece of two or three characters (three or
///    four with a two-character family name) between role words, joiners (和, 及, 等 …),
///    punctuation or the text's ends, when it starts with a family name.
///
/// A candidate that starts with a word of the public vocabulary (`单位`, `商场`, `万余`), or
/// ends like a place or an organisation (`平度市`, `南彩镇`, `楼栋`), is not a name.
struct NameFinder {
  /// A stretch of characters that may be a name, and the rule that found it.
  struct Span: Equatable {
    let range: Range<Int>
    let rule: String
  }

  let vocabulary: PublicVocabulary

  /// The rule of a name standing alone (rule 3).
  static let aloneRule = "以姓氏开头的二至四字"

  /// The possible names in `characters`, in order, overlapping ones merged.
  func spans(in characters: [Character]) -> [Span] {
    var found: [Span] = []
    var index = 0
    while index < characters.count {
      guard PublicText.isHan(characters[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count && PublicText.isHan(characters[end]) { end += 1 }
      found += spans(inRun: characters, index..<end)
      index = end
    }
    return Self.merged(found)
  }

  private func spans(inRun characters: [Character], _ run: Range<Int>) -> [Span] {
    let roles = Self.roles(in: characters, run)
    var found: [Span] = []
    for role in roles {
      if role.before, let span = following(characters, from: role.range.upperBound, run, roles) {
        found.append(Span(range: span, rule: "后于称谓「\(String(characters[role.range]))」"))
      }
      if role.after, let span = preceding(characters, to: role.range.lowerBound, run, roles) {
        found.append(Span(range: span, rule: "先于称谓「\(String(characters[role.range]))」"))
      }
    }
    var start = run.lowerBound
    for stop in Self.boundaries(characters, run, roles) {
      if stop > start, isName(characters, start..<stop) {
        found.append(Span(range: start..<stop, rule: Self.aloneRule))
      }
      start = stop
      if let role = roles.first(where: { $0.range.lowerBound == stop }) {
        start = role.range.upperBound
      } else if stop < run.upperBound {
        start = stop + 1
      }
    }
    return found
  }

  /// The name after a role word ending at `start`, if any.
  private func following(
    _ characters: [Character], from start: Int, _ run: Range<Int>, _ roles: [Role]
  ) -> Range<Int>? {
    var end = start
    let limit = start + (isCompound(characters, at: start) ? 4 : 3)
    while end < min(limit, run.upperBound) && !NameLists.joiners.contains(characters[end])
      && !roles.contains(where: { $0.range.lowerBound == end })
    {
      end += 1
    }
    return isName(characters, start..<end) ? start..<end : nil
  }

  /// The name before a role word starting at `end`, if any.
  private func preceding(
    _ characters: [Character], to end: Int, _ run: Range<Int>, _ roles: [Role]
  ) -> Range<Int>? {
    for count in [4, 3, 2] {
      let start = end - count
      guard start >= run.lowerBound else { continue }
      let range = start..<end
      let crossesRole = roles.contains { $0.range.overlaps(range) }
      let crossesJoiner = characters[range].contains { NameLists.joiners.contains($0) }
      if !crossesRole && !crossesJoiner && isName(characters, range) { return range }
    }
    return nil
  }

  /// Whether `range` of `characters` has the shape of a name.
  private func isName(_ characters: [Character], _ range: Range<Int>) -> Bool {
    guard !vocabulary.startsWord(characters, at: range.lowerBound),
      let last = range.last, !NameLists.placeEndings.contains(characters[last])
    else { return false }
    if isCompound(characters, at: range.lowerBound) { return (3...4).contains(range.count) }
    return (2...3).contains(range.count)
      && NameLists.surnames.contains(characters[range.lowerBound])
  }

  private func isCompound(_ characters: [Character], at index: Int) -> Bool {
    index + 1 < characters.count
      && NameLists.compoundSurnames.contains(String(characters[index...(index + 1)]))
  }

  private struct Role {
    let range: Range<Int>
    let before: Bool
    let after: Bool
  }

  /// Role words in the run, longest first at each position, not overlapping.
  private static func roles(in characters: [Character], _ run: Range<Int>) -> [Role] {
    var roles: [Role] = []
    var index = run.lowerBound
    while index < run.upperBound {
      var matched: Role?
      for count in stride(from: min(4, run.upperBound - index), through: 1, by: -1) {
        let word = String(characters[index..<(index + count)])
        let before = NameLists.rolesBeforeName.contains(word)
        let after = NameLists.rolesAfterName.contains(word)
        if before || after {
          matched = Role(range: index..<(index + count), before: before, after: after)
          break
        }
      }
      if let matched {
        roles.append(matched)
        index = matched.range.upperBound
      } else {
        index += 1
      }
    }
    return roles
  }

  /// Where pieces of the run end: at role words, joiners, and the run's end.
  private static func boundaries(
    _ characters: [Character], _ run: Range<Int>, _ roles: [Role]
  ) -> [Int] {
    var stops: [Int] = []
    var index = run.lowerBound
    while index < run.upperBound {
      if let role = roles.first(where: { $0.range.lowerBound == index }) {
        stops.append(index)
        index = role.range.upperBound
      } else {
        if NameLists.joiners.contains(characters[index]) { stops.append(index) }
        index += 1
      }
    }
    return stops + [run.upperBound]
  }

  private static func merged(_ spans: [Span]) -> [Span] {
    var result: [Span] = []
    for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if let last = result.last, last.range.upperBound > span.range.lowerBound {
        let upper = max(last.range.upperBound, span.range.upperBound)
        result[result.count - 1] = Span(range: last.range.lowerBound..<upper, rule: last.rule)
      } else {
        result.append(span)
      }
    }
    return result
  }
}
