import ReliefText

/// Where an entry's figure came from, when its memo follows the sample's convention
/// `seeds:<figure> <report file>[ SYNTHETIC …]` (seeds/README.md): the figure's id, the
/// report's file and whether the entry is synthetic (made up to fill in what a report
/// gives only as a total).
public struct SourceNote: Equatable, Sendable {
  /// The figure's id (`NT-01`), or the seed table (`unions.csv`).
  public let figure: String
  /// The report's file name.
  public let report: String
  /// Whether the entry is synthetic rather than a figure the report states.
  public let isSynthetic: Bool

  /// Reads `memo`; nil when it does not follow the convention.
  public init?(memo: String?) {
    guard let memo, memo.hasPrefix("seeds:") else { return nil }
    let words = memo.dropFirst("seeds:".count).split(separator: " ", maxSplits: 2)
    guard words.count >= 2, words[1].hasSuffix(".txt") else { return nil }
    figure = String(words[0])
    report = String(words[1])
    isSynthetic = words.count == 3 && words[2].hasPrefix("SYNTHETIC")
  }
}

/// The report titles and quotes a site shows for source notes, read from the file given to
/// `disclose --sources`: a CSV with the header `key,title,quote`, one row per report
/// (key: its file name, with its title) and per figure (key: its id, with the report's
/// words it was drawn from).
public struct SiteSources: Equatable, Sendable {
  /// Titles by report file name.
  public private(set) var titles: [String: String] = [:]
  /// Quotes by figure id.
  public private(set) var quotes: [String: String] = [:]

  /// No titles or quotes: source notes show the figure's id only.
  public init() {}

  /// A line of the file that could not be read.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// The message for people.
    public var description: String {
      Text.current(.sourcesLine, ["line": "\(line)", "reason": reason])
    }
  }

  /// Parses the file's text.
  public init(parsing text: String) throws(ParseError) {
    // Split on scalars: "\r\n" is one Character, which a split on "\n" would not cut.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
      }
    guard let header = lines.first,
      header.replacingBOM == "key,title,quote"
    else { throw ParseError(line: 1, reason: Text.current(.sourcesHeader)) }
    for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      guard let fields = Self.fields(line), fields.count == 3, !fields[0].isEmpty else {
        throw ParseError(
          line: index + 1, reason: Text.current(.sourcesFields))
      }
      if !fields[1].isEmpty { titles[fields[0]] = fields[1] }
      if !fields[2].isEmpty { quotes[fields[0]] = fields[2] }
    }
  }

  /// The same titles and quotes as the site may show them: names masked and anything
  /// holding an identifier left out (`DisclosurePolicy.quote`).
  public func published(by policy: DisclosurePolicy) -> SiteSources {
    var shown = SiteSources()
    shown.titles = titles.compactMapValues(policy.quote)
    shown.quotes = quotes.compactMapValues(policy.quote)
    return shown
  }

  /// A CSV line's fields (RFC 4180 quoting, no line breaks inside), nil if malformed.
  static func fields(_ line: String) -> [String]? {
    let characters = Array(line)
    var fields: [String] = []
    var index = 0
    while true {
      var field = ""
      if index < characters.count, characters[index] == "\"" {
        index += 1
        while true {
          guard index < characters.count else { return nil }
          if characters[index] == "\"" {
            if index + 1 < characters.count, characters[index + 1] == "\"" {
              field.append("\"")
              index += 2
              continue
            }
            index += 1
            break
          }
          field.append(characters[index])
          index += 1
        }
        guard index == characters.count || characters[index] == "," else { return nil }
      } else {
        while index < characters.count, characters[index] != "," {
          field.append(characters[index])
          index += 1
        }
      }
      fields.append(field)
      guard index < characters.count else { return fields }
      index += 1
    }
  }
}

extension String {
  fileprivate var replacingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
