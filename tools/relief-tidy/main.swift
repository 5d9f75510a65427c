// relief-tidy: the house checks swift-format does not make. Prints `file:line: message` for
// each finding and exits 1 if there is any. Usage: relief-tidy [ROOT] (default: .)
import Foundation

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
var findings: [Finding] = []
for path in swiftFiles(under: root + "/Sources") {
  findings += SourceRules.check(path: path, root: root)
}
for path in swiftFiles(under: root + "/Tests") + swiftFiles(under: root + "/tools") {
  findings += SizeRules.check(path: path, root: root)
}
findings += PackageRules.check(path: root + "/Package.swift", root: root)
for finding in findings {
  print(finding.description)
}
if !findings.isEmpty {
  FileHandle.standardError.write(Data("relief-tidy: \(findings.count) finding(s)\n".utf8))
  exit(1)
}
