import ReliefText

/// Extra redaction for the public site, read from a text file given to `--redact`.
///
/// One directive per line: `NAME TARGET`, where TARGET is a union id or `*` for all unions;
/// blank lines and lines starting with `#` are ignored. See docs/DISCLOSURE.md.
public struct RedactionPolicy: Equatable, Sendable {
  /// The directives a policy may hold.
  public enum Directive: String, CaseIterable, Sendable {
    /// Show no counterparty (name or code) for the union's entries.
    case hideCounterparty = "hide-counterparty"
    /// Show no memo for the union's entries.
    case hideMemo = "hide-memo"
    /// Mask business names like people's names.
    case maskBusinessNames = "mask-business-names"
    /// Show no unified social credit codes.
    case hideBusinessCodes = "hide-business-codes"
    /// Mask every counterparty that is not a business with a code, organisations included.
    case maskAllNames = "mask-all-names"
  }

  /// A line of a policy file that could not be read.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// The message for people.
    public var description: String {
      Text.current(.redactionLine, ["line": "\(line)", "reason": reason])
    }
  }

  private var targets: [Directive: Set<String>] = [:]

  /// The default policy: only the built-in masking rules.
  public init() {}

  /// Parses a policy file's text.
  public init(parsing text: String) throws(ParseError) {
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let words = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let first = words.first, !first.hasPrefix("#") else { continue }
      guard let directive = Directive(rawValue: String(first)) else {
        let known = Directive.allCases.map(\.rawValue).joined(separator: ", ")
        throw ParseError(
          line: index + 1,
          reason: Text.current(
            .redactionUnknownDirective, ["directive": String(first), "known": known]))
      }
      guard words.count == 2 else {
        throw ParseError(
          line: index + 1, reason: Text.current(.redactionOneTarget, ["directive": String(first)]))
      }
      targets[directive, default: []].insert(String(words[1]))
    }
  }

  /// Whether the policy adds nothing to the built-in rules.
  public var isEmpty: Bool { targets.isEmpty }

  /// Whether `directive` applies to entries of `union`.
  public func applies(_ directive: Directive, to union: String) -> Bool {
    guard let set = targets[directive] else { return false }
    return set.contains("*") || set.contains(union)
  }
}
