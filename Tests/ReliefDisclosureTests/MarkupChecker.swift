import Foundation

/// A small well-formedness check for the markup the site emits: every non-void element is
/// closed in order, and no `<` starts something that is not a tag.
enum MarkupChecker {
  static let voidElements: Set<String> = ["meta", "br", "img", "link", "input", "hr", "!doctype"]

  /// The problems found in `html` (empty when well-formed).
  static func problems(_ html: String) -> [String] {
    var stack: [String] = []
    var problems: [String] = []
    let scalars = Array(html.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count && scalars[end] != ">" { end += 1 }
      let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
      index = end + 1
      let isClosing = tag.hasPrefix("/")
      let name = String(
        tag.drop(while: { $0 == "/" }).prefix(while: { !$0.isWhitespace && $0 != "/" })
      ).lowercased()
      guard !name.isEmpty, name.first?.isLetter == true || name == "!doctype" else {
        problems.append("stray '<' before '\(tag.prefix(20))'")
        continue
      }
      if voidElements.contains(name) || tag.hasSuffix("/") { continue }
      if isClosing {
        if stack.last == name {
          stack.removeLast()
        } else {
          problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
        }
      } else {
        stack.append(name)
        if name == "script" || name == "style" {
          // Skip raw text up to the closing tag.
          let rest = String(String.UnicodeScalarView(scalars[index...]))
          if let range = rest.range(of: "</\(name)>") {
            index += rest.unicodeScalars.distance(
              from: rest.unicodeScalars.startIndex, to: range.lowerBound)
          }
        }
      }
    }
    if !stack.isEmpty { problems.append("unclosed: \(stack)") }
    return problems
  }

  /// Relative `href` targets in `html`.
  static func links(_ html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
      guard let end = part.firstIndex(of: "\"") else { return nil }
      let target = String(part[..<end])
      return target.contains(":") || target.hasPrefix("#") ? nil : target
    }
  }
}
