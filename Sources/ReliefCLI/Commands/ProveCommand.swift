import ReliefCrypto
import ReliefLedger
import ReliefLog

/// `relief prove SEQ`: prints a receipt, the entry line and its C2SP tlog-proof.
enum ProveCommand {
  static let command = Command(
    name: "prove", summary: .summaryProve, synopsis: .seq, about: .aboutProve,
    options: [.valued("checkpoint", .file, .optionProveCheckpoint)],
    examples: ["relief prove 1234 --ledger ledger > receipt-1234.txt"],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1, let seq = UInt64(arguments.positionals[0]) else {
      throw .usage("prove needs exactly one SEQ, a whole number", command: "prove")
    }
    let journal = try context.journal(arguments)
    let store = CheckpointStore(ledgerDirectory: journal.directory)
    let path = arguments.values["checkpoint"] ?? store.latestPath
    guard FileSystem.exists(path) else {
      throw CommandFailure(
        code: .environment, message: "no checkpoint at \(path): run 'relief checkpoint' first")
    }
    let noteBytes = try CheckpointStore.read(path)
    let (_, checkpoint) = try CheckpointStore.parse(noteBytes, path: path)
    guard seq < checkpoint.treeSize else {
      throw CommandFailure(
        code: .rejected,
        message: "seq \(seq) is not in the checkpoint, which covers lines 0 to "
          + "\(checkpoint.treeSize - 1); sign a newer one with 'relief checkpoint'")
    }
    let view = try LedgerLoading.view(journal, context, arguments)
    let tree = try LedgerTree.cached(journal, verified: view, keeping: [seq])
    try CheckpointCommand.checkConsistent(checkpoint, with: tree, what: "the checkpoint")
    guard let line = tree.keptLines[seq] else {
      throw CommandFailure(code: .invalid, message: "line \(seq) cannot be read")
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
      throw CommandFailure(code: .invalid, message: "the receipt has no entry line")
    }
    do {
      let proof = try TlogProof(parsing: Array(bytes[(newline + 1)...]))
      return Receipt(line: Array(bytes[..<newline]), proof: proof)
    } catch {
      throw CommandFailure(code: .invalid, message: "\(error)")
    }
  }
}
