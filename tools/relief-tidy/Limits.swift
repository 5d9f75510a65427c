/// The house limits (../shared/STYLE.md and the tidy issue).
enum Limits {
  static let functionLinesMax = 70
  static let fileLinesMax = 400
  /// Modules that must not import Foundation (DESIGN.md: byte-level, Glibc only).
  static let foundationFreeModules = ["ReliefCrypto", "ReliefLog", "ReliefLedger"]
  /// A comment on the offending line that accepts it, with a reason after it.
  static let allowMarker = "tidy: allow"
}
