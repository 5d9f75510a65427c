import Foundation

/// Rules for library and executable sources.
enum SourceRules {
  static func check(path: String, root: String) -> [Finding] {
    let source = lines(of: path)
    let name = relative(path, to: root)
    var findings = SizeRules.check(path: path, root: root)
    let module = moduleName(of: name)
    for (index, line) in source.enumerated() {
      if line.contains(Limits.allowMarker) { continue }
      let code = strippingStrings(line)
      let trimmed = code.trimmingCharacters(in: .whitespaces)
      func report(_ message: String) {
        findings.append(Finding(path: name, line: index + 1, message: message))
      }
      if code.contains("try!") { report("'try!' traps on error; handle or propagate it") }
      if code.contains("as!") { report("'as!' traps on a wrong type; use 'as?'") }
      if code.contains("fatalError(") { report("'fatalError(' in library code; throw an error") }
      if hasForceUnwrap(code) {
        report("force unwrap '!'; unwrap with guard/if-let (or mark '// tidy: allow <why>')")
      }
      if trimmed == "import Foundation", let module,
        Limits.foundationFreeModules.contains(module)
      {
        report("\(module) must not import Foundation (DESIGN.md); use the stdlib and Glibc")
      }
    }
    return findings
  }

  /// The module a `Sources/<Module>/...` path belongs to.
  static func moduleName(of path: String) -> String? {
    let parts = path.split(separator: "/")
    guard parts.count > 2, parts[0] == "Sources" else { return nil }
    return String(parts[1])
  }

  /// A postfix `!` after an identifier, `)` or `]` that is not part of `!=`.
  static func hasForceUnwrap(_ code: String) -> Bool {
    let characters = Array(code)
    for index in characters.indices where characters[index] == "!" && index > 0 {
      let before = characters[index - 1]
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      let unwrapsValue =
        before.isLetter || before.isNumber || before == "_" || before == ")"
        || before == "]"
      if unwrapsValue && after != "=" { return true }
    }
    return false
  }
}

/// Rules for Package.swift.
enum PackageRules {
  static func check(path: String, root: String) -> [Finding] {
    var findings: [Finding] = []
    for (index, line) in lines(of: path).enumerated() where line.contains(".package(") {
      findings.append(
        Finding(
          path: relative(path, to: root), line: index + 1,
          message: "package dependency: relief depends on nothing beyond the Swift toolchain"))
    }
    return findings
  }
}
