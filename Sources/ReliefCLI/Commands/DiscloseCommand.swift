import Foundation
import ReliefCrypto
import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief disclose`: the public disclosure site.
enum DiscloseCommand {
  static let command = Command(
    name: "disclose", summary: .summaryDisclose,
    help: """
      Usage: relief disclose --out DIR [--redact POLICY] [--sources FILE]
                             [--key KEY | --trust FILE]
             relief disclose --preview [--redact POLICY] [--key KEY | --trust FILE]

      Writes a static site (Chinese, works offline, amounts in yuan) into DIR, built
      beside it and swapped in whole (DIR must be new, empty or an earlier site):
      index.html with where each program's money came from and went, totals per program,
      every union with its subtree's totals, spending by category and the ledger head (seq
      and hash); unions/<id>.html per union (its own and its subtree's totals, months,
      largest outflows with their sources); data/*.csv (UTF-8 with BOM, Chinese headers,
      yuan) and data/*.json (fen) described by data/datapackage.json; and lookup.html,
      where a business enters its credit code and sees each entry naming it, proven in the
      browser against the signed checkpoint, with a receipt to download.

      When the ledger has a signed checkpoint (LEDGER/checkpoints/latest, which must verify
      with an administrator key and match the journal), the site carries it (checkpoint,
      checkpoint.txt) and the log up to it as tiles (tile/…, as 'relief publish' writes
      them), so the site is its own verifiable mirror; not with --redact (the log's lines
      cannot be redacted) or when a line would expose a person (the site is written
      without the log, and says why).

      Businesses appear with name and credit code; groups and organisations as written with
      any name in them masked; anyone else masked (张*丰); a memo only when it holds no ID,
      phone or card number however written, no name, and only words of the public
      vocabulary, otherwise it is withheld. Entries whose memo says SYNTHETIC are counted
      and marked as synthetic. POLICY is a text file of extra redactions, one per line:
        hide-counterparty|hide-memo|mask-business-names|hide-business-codes|mask-all-names
        followed by a union id or '*'  (see docs/DISCLOSURE.md)

      Options:
        --out DIR        write the site into DIR
        --preview        write nothing: list each distinct counterparty, memo and purpose
                         as it would be published, and what is masked or withheld and why
        --redact POLICY  extra redactions (above)
        --sources FILE   report titles and quotes for entries whose memo names a report
                         (seeds:FIGURE REPORT.txt): a CSV key,title,quote (seeds/sources.csv)

      Only what passes every check of 'relief verify' is published: for a ledger that
      does not verify (exit 1) or ends in an unfinished batch (exit 3) nothing is written.

      \(TrustPin.help)

      Example:
        relief disclose --ledger ledger --out site --sources seeds/sources.csv
        relief disclose --ledger ledger --out site --redact redact.txt
        relief disclose --ledger ledger --preview
        relief disclose --ledger ledger --out site --key "$(relief keys show admin.key)"

      """,
    valued: TrustPin.valued.union(["out", "redact", "sources"]), flagNames: ["preview"],
    run: run, repeatable: TrustPin.repeatable)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "disclose"]), command: "disclose")
    }
    let preview = arguments.flags.contains("preview")
    if preview && arguments.values["out"] != nil {
      throw .usage(Text.current(.usageDisclosePreviewOut), command: "disclose")
    }
    guard let out = arguments.values["out"] ?? (preview ? "" : nil) else {
      throw .usage(Text.current(.usageDiscloseOut), command: "disclose")
    }
    let policy = try self.policy(arguments.values["redact"])
    let journal = try context.journal(arguments)
    // Only what passed verification is published: nothing is written for a ledger that
    // does not verify, or whose last batch was cut off.
    try refuseTornTail(journal)
    let view = try LedgerLoading.view(journal, context, arguments)
    try TrustPin.check(view, journal: journal, arguments: arguments, command: "disclose")
    if preview {
      do {
        let shown = try DisclosurePreview.collect(journal, verified: view, redaction: policy)
        context.console.out(shown.text())
      } catch {
        throw CommandFailure.reading(error)
      }
      return .success
    }
    let written = try writeSite(
      journal, verified: view, to: out, policy: policy,
      sources: try sources(arguments.values["sources"]), context: context, arguments: arguments)
    let count = ProgressMeter.grouped(Int64(written.fileCount))
    let wrote = Text.current(.discloseWrote, ["count": count, "out": out])
    context.console.out(wrote + "\n\(written.logLine)\n")
    return .success
  }

  /// The bytes of `checkpoints/latest`, once checked: signed by an administrator key of the
  /// ledger and consistent with the journal (its first n lines have its root); nil if the
  /// ledger has no checkpoint yet.
  static func latestCheckpoint(
    _ journal: Journal, verified view: LedgerView,
    refusal: String = Text.current(.siteNotWritten)
  ) throws(CommandFailure) -> [UInt8]? {
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    guard let bytes = try store.latest() else { return nil }
    do {
      let keys = CheckpointCommand.adminKeys(view, activeOnly: false)
      let verified = try VerifiedCheckpoint(parsing: bytes, logKeys: keys)
      // Hashed from the journal, so that disclose writes nothing into the ledger
      // directory, and believed only if the lines hashed are the verified ones.
      let tree = try LedgerTree.load(journal)
      guard tree.size >= view.frontier.size,
        tree.tree.root(ofFirst: view.frontier.size) == view.frontier.root
      else {
        throw CommandFailure(
          code: .invalid,
          message: LedgerChangedError(verifiedSize: view.frontier.size).description)
      }
      try CheckpointCommand.checkConsistent(
        verified.checkpoint, with: tree, what: Text.current(.checkpointLatest))
    } catch let failure as CommandFailure {
      throw CommandFailure(
        code: failure.code, message: Text.current.joined(failure.message, refusal))
    } catch {
      let values = ["path": store.latestPath, "error": "\(error)"]
      throw CommandFailure(
        code: .invalid,
        message: Text.current.joined(Text.current(.siteCheckpointUnverified, values), refusal))
    }
    return bytes
  }

  /// Refuses a ledger whose last batch was cut off by a crash (`relief recover` first).
  static func refuseTornTail(_ journal: Journal) throws(CommandFailure) {
    do {
      let snapshot = try journal.openSnapshot()
      let cut = snapshot.sizeBytes - snapshot.committed.endOffset
      if cut > 0 {
        throw CommandFailure(
          code: .tornTail,
          message: Text.current.joined(
            Text.current(.siteTornTail, ["bytes": ProgressMeter.grouped(cut)]),
            Text.current(.siteNotWritten)))
      }
    } catch let error as CommandFailure {
      throw error
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(code: .environment, message: "\(error)")
    }
  }

  static func sources(_ path: String?) throws(CommandFailure) -> SiteSources {
    guard let path else { return SiteSources() }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw CommandFailure(
        code: .environment, message: Text.current(.siteSourcesUnreadable, ["path": path]))
    }
    do {
      return try SiteSources(parsing: text)
    } catch {
      throw CommandFailure(code: .usage, message: error.description)
    }
  }

  static func policy(_ path: String?) throws(CommandFailure) -> RedactionPolicy {
    guard let path else { return RedactionPolicy() }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw CommandFailure(
        code: .environment, message: Text.current(.sitePolicyUnreadable, ["path": path]))
    }
    do {
      return try RedactionPolicy(parsing: text)
    } catch {
      throw CommandFailure(code: .usage, message: error.description)
    }
  }
}
