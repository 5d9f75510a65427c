import ReliefCrypto
import ReliefLedger
import ReliefText

/// Reading a trust policy file: one setting per line (docs/FORMAT.md, "Trust policies").
///
/// ```
/// # who we trust for example.org/relief
/// origin example.org/relief
/// admin nantong-admin+5f3c4a1e+AUtw...
/// cosigner audit-committee+9d2b7c01+BGx1...
/// cosignatures 1
/// ```
extension TrustPolicy {
  /// Largest policy file read; a policy with a hundred keys is about 10 KB.
  static let fileSizeBytesMax: Int64 = 64 * 1024
  /// Most cosignatures a policy may ask for.
  static let cosignaturesMax = 100

  /// The policy in `bytes`, read from `path`.
  ///
  /// - Throws: a usage failure (exit 2) listing every problem as `path:line: reason`.
  static func parse(_ bytes: [UInt8], path: String) throws(CommandFailure) -> TrustPolicy {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw failure(["\(path): " + Text.current(.policyNotUTF8)])
    }
    var reader = PolicyReader(path: path)
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      reader.read(rawLine, lineNumber: index + 1)
    }
    return try reader.finish()
  }

  static func failure(_ problems: [String]) -> CommandFailure {
    CommandFailure(
      code: .usage,
      message: Text.current(.policyInvalid, ["problems": problems.joined(separator: "\n")]))
  }
}

/// The settings read so far from a policy file, and the problems found; every line is
/// read so that all problems are reported at once.
private struct PolicyReader {
  let path: String
  var origin: (value: String, line: Int)?
  var admins: [NoteVerifierKey] = []
  var cosigners: [NoteVerifierKey] = []
  var cosignatures: (value: Int, line: Int)?
  var problems: [String] = []

  init(path: String) {
    self.path = path
  }

  mutating func read(_ rawLine: Substring, lineNumber: Int) {
    var line = rawLine
    if line.last == "\r" { line = line.dropLast() }
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    if trimmed.isEmpty || trimmed.first == "#" { return }
    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first else { return }
    let keyword = String(first)
    func problem(_ reason: String) { problems.append("\(path):\(lineNumber): \(reason)") }
    guard ["origin", "admin", "cosigner", "cosignatures"].contains(keyword) else {
      return problem(Text.current(.policyUnknownSetting, ["setting": keyword]))
    }
    guard words.count == 2 else {
      return problem(Text.current(.policyOneValue, ["setting": keyword]))
    }
    let value = String(words[1])
    switch keyword {
    case "origin":
      if let origin {
        return problem(Text.current(.policySecondOrigin, ["line": "\(origin.line)"]))
      }
      if let reason = FieldRules.checkOrigin(value) {
        return problem(Text.current(.policyOrigin, ["reason": reason]))
      }
      origin = (value, lineNumber)
    case "admin", "cosigner":
      let isCosigner = keyword == "cosigner"
      let key: NoteVerifierKey
      do {
        key = try NoteVerifierKey(parsing: value, accepting: [.ed25519, .cosignatureV1])
      } catch {
        return problem(Text.current(.policyNotAKey, ["value": value, "reason": "\(error)"]))
      }
      if isCosigner != (key.type == .cosignatureV1) {
        return problem(
          Text.current(
            isCosigner ? .policyLedgerKeyAsCosigner : .policyCosignerKeyAsAdmin, ["key": key.id]))
      }
      guard !(admins + cosigners).contains(key) else {
        return problem(Text.current(.policyKeyRepeated, ["key": key.id]))
      }
      if isCosigner { cosigners.append(key) } else { admins.append(key) }
    default:
      if let cosignatures {
        return problem(
          Text.current(.policySecondCosignatures, ["line": "\(cosignatures.line)"]))
      }
      guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(value),
        count <= TrustPolicy.cosignaturesMax
      else {
        return problem(
          Text.current(.policyCosignaturesRange, ["max": "\(TrustPolicy.cosignaturesMax)"]))
      }
      cosignatures = (count, lineNumber)
    }
  }

  func finish() throws(CommandFailure) -> TrustPolicy {
    var problems = problems
    if origin == nil { problems.append("\(path): " + Text.current(.policyNoOrigin)) }
    if admins.isEmpty {
      problems.append("\(path): " + Text.current(.policyNoAdmin))
    }
    if let cosignatures, cosignatures.value > cosigners.count {
      problems.append(
        "\(path):\(cosignatures.line): "
          + Text.current(
            .policyNeverMet,
            ["count": "\(cosignatures.value)", "cosigners": "\(cosigners.count)"]))
    }
    guard problems.isEmpty, let origin else { throw TrustPolicy.failure(problems) }
    return TrustPolicy(
      source: path, origin: origin.value, adminKeys: admins, cosignerKeys: cosigners,
      cosignaturesRequired: cosignatures?.value ?? 0)
  }
}
