import ReliefLedger
import ReliefLog
import ReliefText

/// Loading the committed ledger for the read-only commands: only what passed every check
/// of `relief verify` is shown.
enum LedgerLoading {
  /// The verified ledger, folded forward from this user's saved projection.
  ///
  /// - Throws: exit 1 with verify's message if the journal does not verify or has nothing
  ///   committed; the journal error's exit code if it cannot be read.
  static func view(
    _ journal: Journal, _ context: Context, _ arguments: Arguments
  ) throws(CommandFailure) -> LedgerView {
    let view: LedgerView
    // Folding a ledger this user has not read before checks every line: on a terminal, a
    // meter shows how far it has got (machine-readable output is left alone).
    let meter = ProgressMeter.lines(.progressChecking, context, arguments)
    defer { meter.finish() }
    do {
      view = try LedgerView.load(
        journal, stateDirectory: context.stateDirectory(arguments), progress: meter.callback)
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(error)")
    }
    guard view.head.lastSeq != nil else {
      throw CommandFailure(code: .invalid, message: Text.current(.journalNoCommit))
    }
    return view
  }

  static func writeHead(_ head: ChainHead, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("seq", head.lastSeq ?? -1)
    writer.member("hash", head.lastHash.hex)
    writer.endObject()
  }
}
