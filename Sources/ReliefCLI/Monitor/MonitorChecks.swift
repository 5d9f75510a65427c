import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// The checks of `relief monitor`, each refusing with exit 1 and nothing accepted.
enum MonitorChecks {
  static func quorum(_ text: String?, of count: Int) throws(CommandFailure) -> Int {
    guard let text else { return count }
    guard let value = Int(text), value >= 1, value <= count else {
      throw .usage(Text.current(.monitorQuorumRange, ["count": "\(count)"]), command: "monitor")
    }
    return value
  }

  /// The checkpoint in `note`, once its log signature and enough cosignatures verify.
  static func checkpoint(
    _ note: [UInt8], logKey: NoteVerifierKey, witnessKeys: [NoteVerifierKey], quorum: Int
  ) throws(CommandFailure) -> Checkpoint {
    let verified: VerifiedCheckpoint
    do {
      verified = try VerifiedCheckpoint(parsing: note, logKeys: [logKey])
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.monitorCheckpointUnverified, ["reason": "\(error)"]))
    }
    guard !witnessKeys.isEmpty else { return verified.checkpoint }
    let cosigned = (try? verified.note.verify(keys: witnessKeys))?.verified.count ?? 0
    guard cosigned >= quorum else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .monitorTooFewCosignatures,
          [
            "size": "\(verified.checkpoint.treeSize)", "count": "\(cosigned)",
            "quorum": "\(quorum)",
          ]))
    }
    return verified.checkpoint
  }

  /// Refuses a checkpoint smaller than what was verified, or of the same size with another
  /// root.
  static func notBehind(_ checkpoint: Checkpoint, _ frontier: MerkleFrontier)
    throws(CommandFailure)
  {
    if checkpoint.treeSize < frontier.size {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .monitorRolledBack, ["size": "\(checkpoint.treeSize)", "verified": "\(frontier.size)"]))
    }
    if checkpoint.treeSize == frontier.size, frontier.size > 0,
      checkpoint.rootHash != frontier.root
    {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.monitorForked, ["size": "\(checkpoint.treeSize)"]))
    }
  }

  /// The lines from `start` to the end of its bundle (or `end`), read from the bundle
  /// `relief publish` wrote for them.
  static func bundle(
    _ source: TileSource, from start: UInt64, upTo end: UInt64
  ) throws(CommandFailure) -> [[UInt8]] {
    let tile = start / UInt64(TilePath.fullWidth)
    let first = tile * UInt64(TilePath.fullWidth)
    let width = Int(min(UInt64(TilePath.fullWidth), end - first))
    let path = TilePath.entryBundle(index: tile, width: width)
    let bytes = try source.fetch(path)
    var entries: [[UInt8]] = []
    var at = 0
    while at < bytes.count {
      guard at + 2 <= bytes.count else { break }
      let length = Int(bytes[at]) << 8 | Int(bytes[at + 1])
      guard at + 2 + length <= bytes.count else { break }
      entries.append(Array(bytes[(at + 2)..<(at + 2 + length)]))
      at += 2 + length
    }
    guard at == bytes.count, entries.count == width else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(.monitorBadBundle, ["path": path, "count": "\(width)"]))
    }
    return Array(entries[Int(start - first)...])
  }

  /// Verifies the mirror with its new lines (after `before` bytes), as `relief verify`
  /// does.
  ///
  /// The new lines are cut off again if anything fails. The log key must be an administrator
  /// key of the ledger.
  static func verify(
    state: MonitorState, before: Int64, logKey: NoteVerifierKey, _ context: Context,
    _ arguments: Arguments
  ) throws(CommandFailure) -> LedgerView {
    do throws(CommandFailure) {
      let view = try LedgerLoading.view(Journal(directory: state.ledger), context, arguments)
      guard CheckpointCommand.adminKeys(view, activeOnly: false).contains(logKey) else {
        throw CommandFailure(
          code: .invalid, message: Text.current(.monitorKeyNotAdmin))
      }
      return view
    } catch {
      state.truncate(to: before)
      throw CommandFailure(
        code: error.code,
        message: Text.current(.monitorNothingAccepted, ["reason": error.message]))
    }
  }
}
