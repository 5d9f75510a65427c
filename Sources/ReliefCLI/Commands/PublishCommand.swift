import ReliefCrypto
import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief publish`: the committed journal as a tiled transparency log
/// (c2sp.org/tlog-tiles), static files any web server or object store can serve.
enum PublishCommand {
  static let command = Command(
    name: "publish", summary: .summaryPublish, about: .aboutPublish,
    options: [.valued("out", .directory, .optionPublishOut)],
    examples: [
      "relief checkpoint --ledger ledger --key admin.key",
      "relief publish --ledger ledger --out /srv/www/relief-log",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage(Text.current(.usageNoArguments, ["command": "publish"]), command: "publish")
    }
    guard let out = arguments.values["out"] else {
      throw .usage(Text.current(.usagePublishOut), command: "publish")
    }
    let journal = try context.journal(arguments)
    let view = try LedgerLoading.view(journal, context, arguments)
    guard
      let bytes = try DiscloseCommand.latestCheckpoint(
        journal, verified: view, refusal: Text.current(.nothingPublished))
    else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current.joined(
          Text.current(.publishNoCheckpoint), Text.current(.nothingPublished)))
    }
    let (_, checkpoint) = try CheckpointStore.parse(bytes, path: "checkpoints/latest")
    var writer = TileWriter(root: out)
    let meter = ProgressMeter.lines(.progressPublish, context, arguments)
    do {
      defer { meter.finish() }
      try writeTiles(
        journal, size: checkpoint.treeSize, root: checkpoint.rootHash,
        check: PublicLineCheck(state: view.state), &writer, progress: meter.callback)
      try writer.commit()
    } catch {
      writer.abandon()
      throw error
    }
    try writer.replace("checkpoint", bytes)
    let values = [
      "lines": Money.groupedCount(Int64(checkpoint.treeSize)), "out": out,
      "written": Money.groupedCount(Int64(writer.writtenCount)),
      "bytes": Money.groupedCount(Int64(writer.writtenSizeBytes)),
      "kept": Money.groupedCount(Int64(writer.keptCount)),
    ]
    context.console.out(Text.current(.publishDone, values) + "\n")
    return .success
  }

  /// Stages the tiles and bundles of the first `size` committed lines, whose tree must have
  /// `root` (the checkpoint's).
  static func writeTiles(
    _ journal: Journal, size: UInt64, root: SHA256Digest, check initialCheck: PublicLineCheck,
    _ writer: inout TileWriter,
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws(CommandFailure) {
    var check = initialCheck
    var tiles = TileBuilder()
    var frontier = MerkleFrontier()
    var bundle = EntryBundle()
    var bundleIndex: UInt64 = 0
    var failure: CommandFailure?
    do {
      let snapshot = try journal.openSnapshot()
      let end = snapshot.committed.endOffset
      _ = try snapshot.committedLines.forEachLine { line, offset, index in
        guard failure == nil, UInt64(index) < size else { return }
        if index & 0xFFFF == 0, let progress { progress(index, offset, end) }
        guard bundle.append(line) else {
          failure = CommandFailure(
            code: .invalid,
            message: Text.current.joined(
              Text.current(
                .publishLineTooLong,
                [
                  "line": String(index + 1), "bytes": String(line.count),
                  "max": String(EntryBundle.entrySizeBytesMax),
                ]), Text.current(.nothingPublished)))
          return
        }
        if let reason = exposure(line, &check) {
          failure = CommandFailure(
            code: .rejected,
            message: Text.current.joined(
              Text.current(.publishExposure, ["line": String(index + 1), "reason": reason]),
              Text.current(.nothingPublished)))
          return
        }
        let leaf = MerkleHash.leaf(line)
        frontier.append(leafHash: leaf)
        do throws(CommandFailure) {
          for tile in tiles.append(leafHash: leaf) { try writer.put(tile.path, tile.bytes) }
          if bundle.count == TilePath.fullWidth {
            try writer.put(
              TilePath.entryBundle(index: bundleIndex, width: bundle.count), bundle.bytes)
            bundle.removeAll()
            bundleIndex += 1
          }
        } catch {
          failure = error
        }
      }
    } catch {
      throw CommandFailure(
        code: .environment, message: Text.current(.publishJournalUnreadable, ["error": "\(error)"]))
    }
    if let failure { throw failure }
    if bundle.count > 0 {
      try writer.put(TilePath.entryBundle(index: bundleIndex, width: bundle.count), bundle.bytes)
    }
    for tile in tiles.partialTiles { try writer.put(tile.path, tile.bytes) }
    guard frontier.size == size, frontier.root == root else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current.joined(
          Text.current(.publishRootMismatch, ["size": String(size)]),
          Text.current(.nothingPublished)))
    }
  }

  /// Why the entry line `line` may not be published, or nil (commit lines always may).
  private static func exposure(
    _ line: UnsafeRawBufferPointer, _ check: inout PublicLineCheck
  ) -> String? {
    guard let header = try? LineHeader.parse(line), !header.isCommit,
      let decoded = try? EntryDecoder.decode(line, header: header)
    else { return nil }
    return check.exposure(decoded.entry)
  }
}
