import Foundation

/// One problem at a 1-based line of a file.
struct Finding: CustomStringConvertible {
  let path: String
  let line: Int
  let message: String

  var description: String { "\(path):\(line): \(message)" }
}

/// The `.swift` files below `directory`, sorted, skipping build folders.
func swiftFiles(under directory: String) -> [String] {
  guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
  var paths: [String] = []
  while let relative = enumerator.nextObject() as? String {
    if relative.hasPrefix(".build") || relative.contains("/.build") { continue }
    if relative.hasSuffix(".swift") { paths.append(directory + "/" + relative) }
  }
  return paths.sorted()
}

/// The lines of a file, or none if it cannot be read.
func lines(of path: String) -> [String] {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
  return text.components(separatedBy: "\n")
}

/// `path` relative to `root`, for short messages.
func relative(_ path: String, to root: String) -> String {
  path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
}
