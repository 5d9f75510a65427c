import ReliefLedger
import ReliefLog

/// `relief verify`: checks the whole journal from its bytes.
enum VerifyCommand {
  static let command = Command(
    name: "verify", summary: "check the journal's chain, encoding and rules",
    help: """
      Usage: relief verify [--json] [--since CHECKPOINT_FILE] [--ledger DIR]

      Reads every line of the journal and checks: canonical encoding, contiguous seq,
      each prev hash, append times that never decrease, every batch closed by its commit
      line signed (Ed25519) by a registered, unrevoked key entitled to every entry of its
      batch, and every business rule replayed in order (no overdraft, valid reversals,
      refunds within dues paid and not overlapping, valid credit codes). Reports the first
      failure exactly: line, seq, byte offset, what was expected and what was found.

      --since FILE also checks that the journal extends the signed checkpoint in FILE: its
      first n lines (n the checkpoint's size) must have the checkpoint's Merkle root. If
      not, it names the first diverging line exactly when the node cache (merkle.cache, or
      merkle.cache.old kept at its last rebuild) still holds nodes that reproduce the
      signed root; otherwise it says why and gives the range that the signed checkpoints
      in DIR/checkpoints allow. Lines count from 1, as above; seq = line - 1.

      Exit status: 0 valid, 1 invalid (damage or tampering in committed lines),
      3 torn tail (an append was cut off by a crash; 'relief recover' removes it),
      5 the ledger cannot be read.

      Example:
        relief verify --ledger ledger --json

      """,
    valued: ["since"], flagNames: ["json"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage("verify takes no arguments", command: "verify")
    }
    let meter = ProgressMeter(
      label: "verify", unit: "lines", describeTotal: ProgressMeter.size,
      enabled: context.console.errIsTerminal && !arguments.flags.contains("json"),
      clockMillis: FileSystem.nowMillis, write: context.console.err)
    let report = try verify(context.journal(arguments)) { lines, bytes, totalBytes in
      meter.update(items: lines, done: bytes, total: totalBytes)
    }
    meter.finish()
    if arguments.flags.contains("json") {
      context.console.out(json(report) + "\n")
    } else {
      context.console.out(text(report))
    }
    if let path = arguments.values["since"] {
      let (text, holds) = try since(path, journal: context.journal(arguments))
      if arguments.flags.contains("json") {
        context.console.err(text)
      } else {
        context.console.out(text)
      }
      if !holds && report.verdict != .tornTail { return .invalid }
    }
    return exitCode(report.verdict)
  }

  static func verify(
    _ journal: Journal, progress: ((Int64, Int64, Int64) -> Void)? = nil
  ) throws(CommandFailure) -> VerificationReport {
    do {
      return try Verifier(journal: journal).verify(progress: progress)
    } catch {
      throw CommandFailure(error)
    }
  }

  static func exitCode(_ verdict: VerificationReport.Verdict) -> ExitCode {
    switch verdict {
    case .valid: return .success
    case .tornTail: return .tornTail
    case .invalid: return .invalid
    }
  }

  static func text(_ report: VerificationReport) -> String {
    var out = ""
    let summary =
      "\(report.lineCount) lines: \(report.entryCount) committed entries in "
      + "\(report.commitCount) signed batches"
    let head =
      report.committedHead.lastSeq.map {
        "committed head: seq \($0), hash \(report.committedHead.lastHash.hex)"
      } ?? "committed head: none"
    switch report.verdict {
    case .valid:
      out += "valid: \(summary)\n\(head)\n"
    case .tornTail:
      out += "TORN TAIL: \(report.failure?.message ?? "unfinished batch at the end")\n"
      out += "the committed part is valid: \(summary)\n\(head)\n"
      let cut = report.sizeBytes - report.committedSizeBytes
      out += "run 'relief recover' to cut the last \(cut) bytes (they are kept in torn/)\n"
    case .invalid:
      if let failure = report.failure {
        let seq = failure.seq.map { ", seq \($0)" } ?? ""
        out += "INVALID: line \(failure.line)\(seq), byte offset \(failure.offset): "
        out += "\(failure.message)\n"
        out += "  failure:  \(failure.code)\n  expected: \(failure.expected)\n"
        out += "  found:    \(failure.found)\n"
        out += "this is damage or tampering in committed lines, not a crash; "
        out += "compare with a published copy or checkpoint\n"
      }
    }
    return out
  }

  static func json(_ report: VerificationReport) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("verdict", report.verdict.rawValue)
    writer.member("lines", report.lineCount)
    writer.member("entries", report.entryCount)
    writer.member("commits", report.commitCount)
    writer.member("size_bytes", report.sizeBytes)
    writer.member("committed_size_bytes", report.committedSizeBytes)
    writer.key("head")
    LedgerLoading.writeHead(report.committedHead, to: &writer)
    writer.key("failure")
    if let failure = report.failure {
      writer.beginObject()
      writer.member("line", failure.line)
      writer.key("seq")
      if let seq = failure.seq { writer.value(seq) } else { writer.null() }
      writer.member("offset", failure.offset)
      writer.member("code", failure.code)
      writer.member("expected", failure.expected)
      writer.member("found", failure.found)
      writer.member("message", failure.message)
      writer.endObject()
    } else {
      writer.null()
    }
    writer.endObject()
    return writer.text
  }
}
