import ReliefCrypto
import ReliefDisclosure
import ReliefLedger
import ReliefLog
import ReliefText

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
      throw .usage(Text.current(.usageCheckProofFile), command: "check-proof")
    }
    let keys = try verifierKeys(arguments, command: "check-proof")
    let quorum = try SignatureQuorum(arguments, keys: keys, command: "check-proof")
    let receipt = try Receipt.parse(try CheckpointStore.read(arguments.positionals[0]))
    let verified: VerifiedCheckpoint
    do throws(CheckpointError) {
      verified = try receipt.proof.verify(leafHash: MerkleHash.leaf(receipt.line), logKeys: keys)
    } catch {
      let missing = error == .note(.noVerifiableSignatures) ? quorum.missingAll() : ""
      let message = Text.current(.receiptInvalid, ["error": "\(error)"])
      throw CommandFailure(code: .invalid, message: message + missing)
    }
    let missing = try quorum.check(
      verified.verification.verified, prefix: Text.current(.receiptInvalidPrefix))
    let index = receipt.proof.index
    let entry = try describe(receipt.line, index: index)
    let checkpoint = verified.checkpoint
    let (signers, cosigners) = split(verified.verification.verified, keys: keys)
    // Lines are numbered from 1 as `verify` numbers them: seq N is line N + 1.
    let text = Text.current
    let signed =
      signers.isEmpty
      ? text(.receiptCosignedOnly) : text(.receiptSignedBy, ["keys": text.list(signers)])
    let values = [
      "entry": entry, "line": String(index + 1), "origin": checkpoint.origin,
      "size": String(checkpoint.treeSize), "root": Base64.encode(checkpoint.rootHash.bytes),
      "signed": signed,
    ]
    var out = text(.receiptValid, values) + "\n"
    out += cosigners.joined()
    let others = verified.verification.unverified.map(\.keyID)
    if !others.isEmpty {
      out += text(.receiptOtherSignatures, ["keys": text.list(others)]) + "\n"
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
      let time = Labels.utcTime(seconds: cosignature.timestamp)
      cosignatures.append(
        Text.current(.receiptCosignedBy, ["key": signature.keyID, "time": time]) + "\n")
    }
    return (signers, cosignatures)
  }

  /// Words for the entry line, checking its seq is the proof's index.
  static func describe(_ line: [UInt8], index: UInt64) throws(CommandFailure) -> String {
    let header: LineHeader
    do {
      header = try line.withUnsafeBytes { bytes in try LineHeader.parse(bytes) }
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.receiptEntryLineInvalid, ["error": "\(error)"]))
    }
    guard header.seq >= 0, UInt64(header.seq) == index else {
      throw CommandFailure(
        code: .invalid,
        message: Text.current(
          .receiptSeqMismatch,
          ["seq": String(header.seq), "index": String(index), "line": String(index + 1)]))
    }
    let text = Text.current
    if header.isCommit { return text(.receiptCommitLine, ["seq": String(index)]) }
    guard let decoded = try? line.withUnsafeBytes({ bytes in try EntryDecoder.decode(bytes) })
    else { return text(.receiptOtherLine, ["seq": String(index), "kind": header.kind]) }
    let cells = EntryText.cells(seq: header.seq, entry: decoded.entry)
    var words = [cells[2], cells[1]]
    if !cells[5].isEmpty { words.append(text(.receiptYuan, ["amount": cells[5]])) }
    if !cells[3].isEmpty { words.append(text(.receiptUnion, ["union": cells[3]])) }
    if !cells[4].isEmpty { words.append(text(.receiptProgram, ["program": cells[4]])) }
    if !cells[6].isEmpty { words.append(cells[6]) }
    return text(.receiptEntry, ["seq": String(index), "words": text.list(words)])
  }

  /// The verifier keys given with `--key`: key texts, or files holding one.
  static func verifierKeys(
    _ arguments: Arguments, command: String
  ) throws(CommandFailure) -> [NoteVerifierKey] {
    let given = arguments.lists["key"] ?? []
    guard !given.isEmpty else {
      throw .usage(Text.current(.usageVerifierKeyMissing), command: command)
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
        throw .usage(
          Text.current(.usageNotVerifierKey, ["value": value, "error": "\(error)"]),
          command: command)
      }
    }
    return keys
  }
}
