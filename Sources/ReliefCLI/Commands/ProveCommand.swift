import ReliefCrypto
import ReliefLedger
import ReliefLog
import ReliefText

/// `relief prove SEQ`: prints a receipt, the entry line and its C2SP tlog-proof.
enum ProveCommand {
  static let command = Command(
    name: "prove", summary: .summaryProve, synopsis: .seq, about: .aboutProve,
    options: [.valued("checkpoint", .file, .optionProveCheckpoint)],
    examples: ["relief prove 1234 --ledger ledger > receipt-1234.txt"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let seq = UInt64(arguments.positionals[0]) else {
      throw .usage(Text.current(.usageProveSeq), command: "prove")
    }
    let journal = try context.journal(arguments)
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    let path = arguments.values["checkpoint"] ?? store.latestPath
    guard FileSystem.exists(path) else {
      throw CommandFailure(
        code: .environment, message: Text.current(.proveNoCheckpoint, ["path": path]))
    }
    let noteBytes = try CheckpointStore.read(path)
    let (_, checkpoint) = try CheckpointStore.parse(noteBytes, path: path)
    guard seq < checkpoint.treeSize else {
      throw CommandFailure(
        code: .rejected,
        message: Text.current(
          .proveSeqOutside, ["seq": String(seq), "last": String(checkpoint.treeSize - 1)]))
    }
    let view = try LedgerLoading.view(journal, context, arguments)
    let tree = try LedgerTree.cached(journal, verified: view, keeping: [seq])
    try CheckpointCommand.checkConsistent(
      checkpoint, with: tree, what: Text.current(.checkpointGiven))
    guard let line = tree.keptLines[seq] else {
      throw CommandFailure(
        code: .invalid, message: Text.current(.proveLineUnreadable, ["seq": String(seq)]))
    }
    let proof = try tree.inclusionProof(index: seq, treeSize: checkpoint.treeSize, line: line)
    let receipt = Receipt(
      line: line,
      proof: TlogProof(index: seq, hashes: proof.hashes, checkpointNote: noteBytes))
    context.console.out(String(decoding: receipt.encoded, as: UTF8.self))
    return .success
  }
}

/// A receipt: one journal line, a newline, then a c2sp.org/tlog-proof@v1 for it, byte for
/// byte (docs/FORMAT.md, "Receipts").
struct Receipt {
  /// The journal line, without its newline.
  let line: [UInt8]
  /// The proof of its inclusion in a signed checkpoint.
  let proof: TlogProof

  /// The receipt's bytes.
  var encoded: [UInt8] { line + [0x0a] + proof.encoded }

  /// Parses a receipt.
  static func parse(_ bytes: [UInt8]) throws(CommandFailure) -> Receipt {
    guard let newline = bytes.firstIndex(of: 0x0a) else {
      throw CommandFailure(code: .invalid, message: Text.current(.receiptNoEntryLine))
    }
    do {
      let proof = try TlogProof(parsing: Array(bytes[(newline + 1)...]))
      return Receipt(line: Array(bytes[..<newline]), proof: proof)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(error)")
    }
  }
}
