/// Every problem found in one input file, in file order; thrown when there is at least one.
public struct InputIssues: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problems, capped at ``InputLimits/issueCountMax`` plus one final issue counting
  /// the ones left out.
  public let issues: [InputIssue]

  /// Wraps a list of issues.
  public init(_ issues: [InputIssue]) {
    self.issues = issues
  }

  /// One issue per line.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
