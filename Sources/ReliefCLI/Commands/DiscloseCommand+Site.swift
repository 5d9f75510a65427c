import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

extension DiscloseCommand {
  /// What the site carries of the log: the log for the lookup page (nil when none), why
  /// not (shown on the page), the line printed, and the files written for it.
  struct CarriedLog {
    var log: LookupPage.Log?
    var absence = LookupPage.noCheckpoint
    var line = Text.current(.discloseNoCheckpoint)
    var fileCount = 0
  }

  /// Builds the site beside `out` and swaps it in whole.
  ///
  /// The site holds the pages, the data files and, when the ledger has a checkpoint and
  /// nothing is redacted beyond the built-in rules, the log's tiles and checkpoint (as
  /// `relief publish` writes them) for `lookup.html`. Returns the number of files and the line saying whether the site carries the log.
  static func writeSite(
    _ journal: Journal, verified view: LedgerView, to out: String, policy: RedactionPolicy,
    sources: SiteSources, context: Context, arguments: Arguments
  ) throws(CommandFailure) -> (fileCount: Int, logLine: String) {
    let checkpoint = try latestCheckpoint(journal, verified: view)
    let staging = try SiteStaging(destination: out)
    do throws(CommandFailure) {
      var carried = CarriedLog()
      if let checkpoint {
        carried = try carryLog(
          journal, verified: view, checkpoint: checkpoint, policy: policy, into: staging,
          context: context, arguments: arguments)
      }
      let files: [String]
      let meter = ProgressMeter.lines(.progressDisclosePages, context, arguments)
      defer { meter.finish() }
      do {
        files = try SiteWriter.write(
          journal, verified: view, to: staging.path, policy: policy, checkpoint: checkpoint,
          log: carried.log, logAbsence: carried.absence, sources: sources,
          progress: meter.callback)
      } catch {
        throw CommandFailure.reading(error)
      }
      try staging.swapIn()
      return (files.count + carried.fileCount, carried.line)
    } catch {
      staging.abandon()
      throw error
    }
  }

  /// Writes the tiles and the checkpoint into the staged site, unless the redaction
  /// policy hides something the lines show or a line would expose a person.
  private static func carryLog(
    _ journal: Journal, verified view: LedgerView, checkpoint: [UInt8],
    policy: RedactionPolicy, into staging: SiteStaging, context: Context, arguments: Arguments
  ) throws(CommandFailure) -> CarriedLog {
    var carried = CarriedLog()
    guard policy.isEmpty else {
      carried.absence =
        "本站按 --redact 规则隐去了部分信息，而日志是账本原文，无法隐去，所以本站不附带日志，无法在此查询和核验。"
      carried.line = Text.current(.discloseNoLogRedact)
      return carried
    }
    let (_, parsed) = try CheckpointStore.parse(checkpoint, path: "checkpoints/latest")
    var writer = TileWriter(root: staging.path)
    let meter = ProgressMeter.lines(.progressDiscloseTiles, context, arguments)
    do throws(CommandFailure) {
      defer { meter.finish() }
      try PublishCommand.writeTiles(
        journal, size: parsed.treeSize, root: parsed.rootHash,
        check: PublicLineCheck(state: view.state), &writer, progress: meter.callback)
      try writer.commit()
      try writer.replace("checkpoint", checkpoint)
    } catch {
      writer.abandon()
      guard error.code == .rejected else { throw error }
      staging.remove("tile")
      carried.absence = "账本中有记录一旦原文公开会暴露个人信息，日志不能随本站公开，因此无法在此查询和核验。"
      carried.line = Text.current(.discloseNoLogPerson, ["reason": error.message])
      return carried
    }
    let cosigners = try TrustPin.parse(arguments, command: "disclose")?.cosignerKeys ?? []
    carried.log = LookupPage.Log(
      origin: parsed.origin,
      keys: CheckpointCommand.adminKeys(view, activeOnly: false).map(\.encoded),
      witnesses: cosigners.map(\.encoded))
    carried.fileCount = writer.writtenCount + 1
    carried.line = Text.current(.discloseLogCarried, ["size": String(parsed.treeSize)])
    return carried
  }
}
