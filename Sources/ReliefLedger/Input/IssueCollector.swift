import ReliefText

/// Gathers the issues of one file, keeping the first `countMax` and counting the rest, so
/// that a file full of errors costs bounded memory yet the user learns how many there are.
struct IssueCollector {
  let file: String
  let countMax: Int
  private(set) var issues: [InputIssue] = []
  private(set) var omittedCount = 0

  init(file: String, countMax: Int) {
    self.file = file
    self.countMax = countMax
  }

  /// True when no issue has been added.
  var isEmpty: Bool { issues.isEmpty && omittedCount == 0 }

  /// How many issues have been added, kept or not: a reader compares it before and after a
  /// row to tell whether the row read cleanly.
  var addedCount: Int { issues.count + omittedCount }

  /// Records one issue.
  ///
  /// The reason is only built when the issue is kept, because some reasons cost time in
  /// proportion to the line (a column number), and a hostile line can hold hundreds of
  /// thousands of issues.
  mutating func add(line: Int?, field: String? = nil, _ reason: @autoclosure () -> String) {
    guard issues.count < countMax else {
      omittedCount += 1
      return
    }
    issues.append(InputIssue(file: file, line: line, field: field, reason: reason()))
  }

  /// The collected issues with a final count of the omitted ones, or nil when there are none.
  func result() -> InputIssues? {
    if isEmpty { return nil }
    var all = issues
    if omittedCount > 0 {
      all.append(
        InputIssue(
          file: file, line: nil, field: nil,
          reason: Text.current(
            omittedCount == 1 ? .issuesOmittedOne : .issuesOmittedMany,
            ["count": String(omittedCount)])))
    }
    return InputIssues(all)
  }
}
