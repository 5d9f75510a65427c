import ReliefLedger
import ReliefLog

/// Loading the committed ledger for the read-only commands.
enum LedgerLoading {
  static func view(_ journal: Journal) throws(CommandFailure) -> LedgerView {
    do {
      return try LedgerView.load(journal)
    } catch let error as JournalError {
      throw CommandFailure(error)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(error)")
    }
  }

  static func writeHead(_ head: ChainHead, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.member("seq", head.lastSeq ?? -1)
    writer.member("hash", head.lastHash.hex)
    writer.endObject()
  }
}
