/// The problems found in the seed files, collected so that all of them are reported at
/// once rather than one per run.
struct SeedIssues {
  /// The problems in the order found, as `file:line: field 'F': reason`.
  private(set) var messages: [String] = []

  /// The most problems listed; the rest are counted in one final message.
  static let countMax = 200
  private var omitted = 0

  /// Records a problem in `file` at `line` (nil for the whole file), about `field` if given.
  mutating func add(file: String, line: Int?, field: String? = nil, _ reason: String) {
    guard messages.count < Self.countMax else {
      omitted += 1
      return
    }
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let field { text += "field '\(field)': " }
    messages.append(text + reason)
  }

  /// Throws every recorded problem, if there is any.
  func throwIfAny() throws(SeedError) {
    guard !messages.isEmpty else { return }
    var all = messages
    if omitted > 0 { all.append("... and \(omitted) more") }
    throw .invalidSeeds(all)
  }
}
