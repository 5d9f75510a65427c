import ReliefLedger
import ReliefLog
import ReliefText

/// What `relief verify` prints: text for people, or one JSON object whose verdict is the
/// one the exit status is taken from.
extension VerifyCommand {
  static func text(_ outcome: VerifyOutcome) -> String {
    let report = outcome.report
    var out = ""
    if report.verdict != .invalid, let failure = outcome.failure, failure.isTrust,
      outcome.verdict == .invalid
    {
      let words = Text.current
      if let line = failure.line {
        let place = [
          "line": String(line), "seq": words(.verifyInvalidSeq, ["seq": String(line - 1)]),
          "offset": "0", "message": failure.message,
        ]
        out += words(.verifyInvalid, place) + "\n"
      } else {
        out += words(.verifyInvalidUnplaced, ["message": failure.message]) + "\n"
      }
      let details = ["code": failure.code, "expected": failure.expected, "found": failure.found]
      out += words(.verifyInvalidDetails, details) + "\n"
      let lines = ["lines": String(report.lineCount)]
      out += words(outcome.trustProblem != nil ? .verifyUntrusted : .verifyNotSince, lines) + "\n"
    } else {
      out += text(report)
    }
    out += trustText(outcome)
    if let since = outcome.since { out += since.text }
    return out
  }

  /// What the verdict rests on: the pin and what it established, or self-consistency
  /// only, naming the genesis key that was taken on the journal's word.
  static func trustText(_ outcome: VerifyOutcome) -> String {
    let report = outcome.report
    guard report.verdict != .invalid, outcome.trustProblem == nil else { return "" }
    guard outcome.policy != nil else {
      guard let genesis = report.genesis else {
        return Text.current(.verifyNothingCommitted) + "\n"
      }
      return Text.current(
        .verifySelfConsistency, ["key": genesis.adminKey, "origin": genesis.origin]) + "\n"
    }
    return outcome.trustChecked.map { $0 + "\n" }.joined()
  }

  static func json(_ outcome: VerifyOutcome) -> String {
    let report = outcome.report
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("verdict", outcome.verdict.rawValue)
    writer.member("lines", report.lineCount)
    writer.member("entries", report.entryCount)
    writer.member("commits", report.commitCount)
    writer.member("size_bytes", report.sizeBytes)
    writer.member("committed_size_bytes", report.committedSizeBytes)
    writer.key("head")
    LedgerLoading.writeHead(report.committedHead, to: &writer)
    writer.key("failure")
    if let failure = outcome.failure {
      writeFailure(failure, to: &writer)
    } else {
      writer.null()
    }
    let genesis = report.verdict == .invalid ? nil : report.genesis
    writeOptional("origin", genesis?.origin, to: &writer)
    writeOptional("genesis_key", genesis?.adminKey, to: &writer)
    writer.key("pinned")
    writer.value(outcome.policy != nil)
    writeOptional("pinned_by", outcome.policy?.source, to: &writer)
    writer.key("trust")
    writer.beginArray()
    for sentence in outcome.trustChecked { writer.value(sentence) }
    writer.endArray()
    writer.key("since")
    if let since = outcome.since {
      writer.beginObject()
      writer.member("checkpoint", since.path)
      writer.key("consistent")
      writer.value(since.problem == nil)
      writer.member("report", since.text)
      writer.endObject()
    } else {
      writer.null()
    }
    writer.endObject()
    return writer.text
  }

  private static func writeFailure(_ failure: ReportedFailure, to writer: inout JSONWriter) {
    writer.beginObject()
    writeOptional("line", failure.line, to: &writer)
    writeOptional("seq", failure.seq, to: &writer)
    writeOptional("offset", failure.offset, to: &writer)
    writer.member("code", failure.code)
    writer.member("expected", failure.expected)
    writer.member("found", failure.found)
    writer.member("message", failure.message)
    writer.endObject()
  }

  private static func writeOptional(_ name: String, _ text: String?, to writer: inout JSONWriter) {
    writer.key(name)
    if let text { writer.value(text) } else { writer.null() }
  }

  private static func writeOptional(_ name: String, _ number: Int64?, to writer: inout JSONWriter) {
    writer.key(name)
    if let number { writer.value(number) } else { writer.null() }
  }
}
