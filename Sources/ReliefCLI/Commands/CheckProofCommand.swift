import ReliefCrypto
import ReliefDisclosure
import ReliefLedger
import ReliefLog

/// `relief check-proof FILE`: verifies a receipt offline, without the ledger.
enum CheckProofCommand {
  static let command = Command(
    name: "check-proof", summary: .summaryCheckProof, synopsis: .file,
    about: .aboutCheckProof,
    options: [
      .valued("key", .word(.placeholderVerifierKey), .optionProofKey, repeatable: true),
      .valued("quorum", .number, .optionKeyQuorum),
    ],
    examples: [
      "relief check-proof receipt-1234.txt \\",
      "  --key relief-demo-admin-NOT-SECRET+1389b1cd+ARS3LjAc6cWY9hrPfgLbmG8BYpZQIrsLmbrekbUqGuX0",
      "relief check-proof receipt-1234.txt --key admin.pub --key auditor-a.pub \\",
      "  --key auditor-b.pub --quorum 2    # any two of the three keys suffice",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.count == 1 else {
      throw .usage("check-proof needs exactly one receipt FILE", command: "check-proof")
    }
    let keys = try verifierKeys(arguments, command: "check-proof")
    let quorum = try SignatureQuorum(arguments, keys: keys, command: "check-proof")
    let receipt = try Receipt.parse(try CheckpointStore.read(arguments.positionals[0]))
    let verified: VerifiedCheckpoint
    do throws(CheckpointError) {
      verified = try receipt.proof.verify(leafHash: MerkleHash.leaf(receipt.line), logKeys: keys)
    } catch {
      let missing = error == .note(.noVerifiableSignatures) ? quorum.missingAll() : ""
      throw CommandFailure(code: .invalid, message: "INVALID receipt: \(error)\(missing)")
    }
    let missing = try quorum.check(
      verified.verification.verified, prefix: "INVALID receipt: the checkpoint has ")
    let index = receipt.proof.index
    let entry = try describe(receipt.line, index: index)
    let checkpoint = verified.checkpoint
    let (signers, cosigners) = split(verified.verification.verified, keys: keys)
    // Lines are numbered from 1 as `verify` numbers them: seq N is line N + 1.
    var out = "valid: \(entry) is line \(index + 1) of the ledger \(checkpoint.origin) "
    out += "whose checkpoint of size \(checkpoint.treeSize), root "
    out += "\(Base64.encode(checkpoint.rootHash.bytes)), "
    if signers.isEmpty {
      out += "is cosigned; the ledger's own signature was not checked (no ledger key given)\n"
    } else {
      out += "is signed by \(signers.joined(separator: ", "))\n"
    }
    out += cosigners.joined()
    let others = verified.verification.unverified.map(\.keyID)
    if !others.isEmpty {
      out += "other signatures, not checked (keys not given): \(others.joined(separator: ", "))\n"
    }
    out += quorum.note(missing: missing)
    context.console.out(out)
    return .success
  }

  /// The ids of the verified note signatures, and one line per verified cosignature naming
  /// its cosigner and time.
  static func split(
    _ verified: [NoteSignature], keys: [NoteVerifierKey]
  ) -> (signers: [String], cosignatures: [String]) {
    var signers: [String] = []
    var cosignatures: [String] = []
    for signature in verified {
      let isCosigner = keys.contains {
        $0.type == .cosignatureV1 && $0.name == signature.name && $0.keyHash == signature.keyHash
      }
      guard isCosigner, let cosignature = try? Cosignature(signature) else {
        signers.append(signature.keyID)
        continue
      }
      cosignatures.append(
        "cosigned by \(signature.keyID) at \(Labels.utcTime(seconds: cosignature.timestamp)): "
          + "this cosigner saw this checkpoint as the ledger's newest, consistent with the "
          + "ones it saw before\n")
    }
    return (signers, cosignatures)
  }

  /// Words for the entry line, checking its seq is the proof's index.
  static func describe(_ line: [UInt8], index: UInt64) throws(CommandFailure) -> String {
    let header: LineHeader
    do {
      header = try line.withUnsafeBytes { bytes in try LineHeader.parse(bytes) }
    } catch {
      throw CommandFailure(code: .invalid, message: "INVALID receipt: the entry line: \(error)")
    }
    guard header.seq >= 0, UInt64(header.seq) == index else {
      throw CommandFailure(
        code: .invalid,
        message: "INVALID receipt: the entry line has seq \(header.seq) but the proof is for "
          + "seq \(index) (line \(index + 1))")
    }
    if header.isCommit { return "the commit line seq \(index)" }
    guard let decoded = try? line.withUnsafeBytes({ bytes in try EntryDecoder.decode(bytes) })
    else { return "the line seq \(index) (kind \(header.kind))" }
    let cells = EntryText.cells(seq: header.seq, entry: decoded.entry)
    var words = [cells[2], cells[1]]
    if !cells[5].isEmpty { words.append(cells[5] + " yuan") }
    if !cells[3].isEmpty { words.append("union " + cells[3]) }
    if !cells[4].isEmpty { words.append("program " + cells[4]) }
    if !cells[6].isEmpty { words.append(cells[6]) }
    return "entry seq \(index) (\(words.joined(separator: ", ")))"
  }

  /// The verifier keys given with `--key`: key texts, or files holding one.
  static func verifierKeys(
    _ arguments: Arguments, command: String
  ) throws(CommandFailure) -> [NoteVerifierKey] {
    let given = arguments.lists["key"] ?? []
    guard !given.isEmpty else {
      throw .usage("give at least one verifier key with --key", command: command)
    }
    var keys: [NoteVerifierKey] = []
    for value in given {
      var text = value
      if FileSystem.exists(value) {
        text = String(decoding: try CheckpointStore.read(value), as: UTF8.self)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
      }
      do {
        keys.append(try NoteVerifierKey(parsing: text, accepting: [.ed25519, .cosignatureV1]))
      } catch {
        throw .usage("--key \(value) is not a verifier key: \(error)", command: command)
      }
    }
    return keys
  }
}
