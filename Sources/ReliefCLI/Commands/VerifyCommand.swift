import Foundation
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief verify`: checks the whole journal from its bytes.
enum VerifyCommand {
  static let command = Command(
    name: "verify", summary: .summaryVerify, about: .aboutVerify,
    options: TrustPin.options + [
      .valued("since", .file, .optionSince),
      .flag("json", .optionVerifyJSON),
    ],
    examples: [
      "relief verify --ledger ledger --json",
      "relief verify --ledger ledger \\",
      "  --key relief-demo-admin-NOT-SECRET+1389b1cd+ARS3LjAc6cWY9hrPfgLbmG8BYpZQIrsLmbrekbUqGuX0",
      "relief verify --ledger ledger --trust nantong.trust --since old-checkpoint.note",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "verify"]), command: "verify")
    }
    // What the user gives is read before the journal: a bad option or file ends the
    // command before anything is printed.
    let policy = try TrustPin.parse(arguments, command: "verify")
    var sinceCheckpoint: (path: String, bytes: [UInt8])?
    if let path = arguments.values["since"] {
      sinceCheckpoint = (path, try CheckpointStore.read(path))
    }
    let journal = try context.journal(arguments)
    let json = arguments.flags.contains("json")
    let meter = ProgressMeter(
      label: Text.current(.progressVerify), unit: Text.current(.progressUnitLines),
      describeTotal: ProgressMeter.size,
      enabled: context.console.errIsTerminal && !json,
      clockMillis: FileSystem.nowMillis, write: context.console.err)
    let report = try verify(journal) { lines, bytes, totalBytes in
      meter.update(items: lines, done: bytes, total: totalBytes)
    }
    meter.finish()
    var outcome = VerifyOutcome(report: report, policy: policy)
    try outcome.checkTrust(journal)
    if let sinceCheckpoint {
      outcome.since = try since(
        sinceCheckpoint.bytes, path: sinceCheckpoint.path, journal: journal,
        journalIsValid: report.verdict != .invalid)
    }
    context.console.out(json ? Self.json(outcome) + "\n" : text(outcome))
    return exitCode(outcome.verdict)
  }

  static func verify(
    _ journal: Journal, progress: ((Int64, Int64, Int64) -> Void)? = nil
  ) throws(CommandFailure) -> VerificationReport {
    do {
      return try Verifier(journal: journal).verify(progress: progress)
    } catch .lineTooLong(let index, let offset) {
      // A line no reader accepts is damage like any other, with a verdict of its own.
      let line = index >= 0 ? index + 1 : try lineNumber(at: offset, in: journal)
      var report = VerificationReport(verdict: .invalid)
      report.failure = VerificationFailure(
        line: line, seq: nil, offset: offset, code: "line-too-long",
        expected: "a line of at most \(JournalLimits.lineSizeBytesMax) bytes",
        found: "no newline within \(JournalLimits.lineSizeBytesMax) bytes",
        message: Text.current(
          .verifyLineOverlong, ["line": "\(line)", "max": "\(JournalLimits.lineSizeBytesMax)"]))
      return report
    } catch {
      throw CommandFailure(error)
    }
  }

  /// The 1-based number of the line starting at byte `offset`: one more than the newlines
  /// before it.
  static func lineNumber(at offset: Int64, in journal: Journal) throws(CommandFailure) -> Int64 {
    guard let handle = FileHandle(forReadingAtPath: journal.journalPath) else {
      throw CommandFailure(
        code: .environment, message: Text.current(.verifyCannotRead, ["path": journal.journalPath]))
    }
    defer { try? handle.close() }
    var newlines: Int64 = 0
    var remaining = offset
    while remaining > 0 {
      let chunk = handle.readData(ofLength: Int(min(remaining, 1 << 20)))
      if chunk.isEmpty { break }
      newlines += Int64(chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
      remaining -= Int64(chunk.count)
    }
    return newlines + 1
  }

  static func exitCode(_ verdict: VerificationReport.Verdict) -> ExitCode {
    switch verdict {
    case .valid: return .success
    case .tornTail: return .tornTail
    case .invalid: return .invalid
    }
  }

  /// The journal's own verdict for people (what `recover` shows, and `verify` without
  /// trust problems).
  static func text(_ report: VerificationReport) -> String {
    var out = ""
    let text = Text.current
    let summary = text(
      .verifySummary,
      [
        "lines": Money.groupedCount(report.lineCount),
        "entries": Money.groupedCount(report.entryCount),
        "batches": Money.groupedCount(report.commitCount),
      ])
    let head =
      report.committedHead.lastSeq.map {
        text(.verifyHead, ["seq": String($0), "hash": report.committedHead.lastHash.hex])
      } ?? text(.verifyHeadNone)
    switch report.verdict {
    case .valid:
      out += text(.verifyValid, ["summary": summary]) + "\n\(head)\n"
    case .tornTail:
      out += text(.verifyTorn, ["message": report.failure?.message ?? text(.verifyTornDefault)])
      out += "\n" + text(.verifyTornCommittedValid, ["summary": summary]) + "\n\(head)\n"
      let cut = report.sizeBytes - report.committedSizeBytes
      out += text(.verifyTornRecover, ["bytes": Money.groupedCount(cut)]) + "\n"
    case .invalid:
      if let failure = report.failure {
        let seq = failure.seq.map { text(.verifyInvalidSeq, ["seq": String($0)]) } ?? ""
        let place = [
          "line": String(failure.line), "seq": seq, "offset": String(failure.offset),
          "message": failure.message,
        ]
        out += text(.verifyInvalid, place) + "\n"
        let details = [
          "code": failure.code, "expected": failure.expected, "found": failure.found,
        ]
        out += text(.verifyInvalidDetails, details) + "\n" + text(.verifyInvalidHint) + "\n"
      }
    }
    return out
  }
}
