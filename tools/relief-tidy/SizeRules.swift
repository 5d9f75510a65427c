import Foundation

/// File and function length limits.
enum SizeRules {
  static func check(path: String, root: String) -> [Finding] {
    let source = lines(of: path)
    let name = relative(path, to: root)
    var findings: [Finding] = []
    let count = source.last == "" ? source.count - 1 : source.count
    if count > Limits.fileLinesMax {
      findings.append(
        Finding(
          path: name, line: Limits.fileLinesMax + 1,
          message: "file has \(count) lines (limit \(Limits.fileLinesMax)); split it by concern"))
    }
    findings += functionLengths(source, name: name)
    return findings
  }

  /// Functions (and initializers) whose body spans more than the limit, found by matching
  /// braces after a `func` or `init` declaration; braces inside strings are ignored.
  static func functionLengths(_ source: [String], name: String) -> [Finding] {
    var findings: [Finding] = []
    var index = 0
    while index < source.count {
      let trimmed = source[index].trimmingCharacters(in: .whitespaces)
      guard isFunctionStart(trimmed) else {
        index += 1
        continue
      }
      let start = index
      var depth = 0
      var opened = false
      var end = index
      var inMultilineString = false
      scan: while end < source.count {
        // Lines of a multi-line string literal hold text, not code: skip their braces.
        let code = removingRawStrings(source[end])
        if code.components(separatedBy: "\"\"\"").count % 2 == 0 {
          inMultilineString.toggle()
          end += 1
          continue
        }
        if inMultilineString {
          end += 1
          continue
        }
        for character in strippingStrings(code) {
          if character == "{" {
            depth += 1
            opened = true
          } else if character == "}" {
            depth -= 1
            if opened && depth == 0 { break scan }
          }
        }
        end += 1
      }
      let length = end - start + 1
      let allowed =
        source[start].contains(Limits.allowMarker)
        || (start > 0 && source[start - 1].contains(Limits.allowMarker))
      if opened && length > Limits.functionLinesMax && !allowed {
        findings.append(
          Finding(
            path: name, line: start + 1,
            message: "function is \(length) lines long (limit \(Limits.functionLinesMax))"))
      }
      index = opened ? start + 1 : end + 1
    }
    return findings
  }

  static func isFunctionStart(_ line: String) -> Bool {
    if line.hasPrefix("//") { return false }
    let words = line.split(separator: " ").map(String.init)
    return words.contains { $0 == "func" || $0.hasPrefix("init(") || $0.hasPrefix("init?(") }
  }
}

/// `line` without raw string literals (`#"..."#`), whose quotes would confuse the scan.
func removingRawStrings(_ line: String) -> String {
  guard line.contains("#\""),
    let pattern = try? NSRegularExpression(pattern: "#+\".*?\"#+")
  else { return line }
  let range = NSRange(line.startIndex..., in: line)
  return pattern.stringByReplacingMatches(in: line, range: range, withTemplate: "\"\"")
}

/// `line` with the contents of string literals and any `//` comment removed.
func strippingStrings(_ line: String) -> String {
  var result = ""
  var inString = false
  var escaped = false
  var previous: Character = " "
  for character in line {
    if inString {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        inString = false
        result.append(character)
      }
    } else if character == "\"" {
      inString = true
      result.append(character)
    } else if character == "/" && previous == "/" {
      result.removeLast()
      break
    } else {
      result.append(character)
    }
    previous = character
  }
  return result
}
