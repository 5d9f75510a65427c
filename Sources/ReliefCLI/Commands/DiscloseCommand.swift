import Foundation
import ReliefCrypto
import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief disclose`: the public disclosure site.
enum DiscloseCommand {
  static let command = Command(
    name: "disclose", summary: .summaryDisclose, about: .aboutDisclose,
    options: [
      .valued("out", .directory, .optionDiscloseOut),
      .flag("preview", .optionPreview),
      .valued("redact", .word(.placeholderPolicy), .optionRedact),
      .valued("sources", .file, .optionSources),
    ] + TrustPin.options,
    examples: [
      "relief disclose --ledger ledger --out site --sources seeds/sources.csv",
      "relief disclose --ledger ledger --out site --redact redact.txt",
      "relief disclose --ledger ledger --preview",
      "relief disclose --ledger ledger --out site --key \"$(relief keys show admin.key)\"",
    ],
    run: run)

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
    let count = Money.groupedCount(Int64(written.fileCount))
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
            Text.current(.siteTornTail, ["bytes": Money.groupedCount(cut)]),
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
