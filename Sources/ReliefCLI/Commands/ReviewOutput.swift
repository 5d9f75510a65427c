import ReliefLedger
import ReliefLog
import ReliefText

/// What `relief review` prints: the proposal's claims, the checks made against the
/// verified ledger, and its entries (never a person's name or ID number).
struct ReviewOutput {
  let id: String
  let path: String
  let proposal: Proposal
  let examination: ProposalExamination
  let problems: [String]

  /// The maker key's status in words.
  private var makerKeyText: String {
    let text = Text.current
    guard let key = examination.makerKey else { return text(.reviewMakerKeyUnknown) }
    let scope = key.union.map { text(.reviewMakerKeyScope, ["union": $0]) } ?? ""
    let revoked =
      key.revokedSeq.map { text(.reviewMakerKeyRevoked, ["seq": String($0)]) }
      ?? text(.reviewMakerKeyNotRevoked)
    let values = [
      "seq": String(key.seq), "role": key.role.shownName, "scope": scope, "revoked": revoked,
    ]
    return text(.reviewMakerKeyRegistered, values)
  }

  /// The maker signature's status: `verifies`, `does-not-verify` or `unknown-key`.
  private var signatureStatus: String {
    if examination.makerKey == nil { return "unknown-key" }
    return examination.signatureVerifies ? "verifies" : "does-not-verify"
  }

  /// The payments to people among the entries.
  private var paymentCount: Int {
    proposal.entries.indices.filter { proposal.payee(ofEntry: $0) != nil }.count
  }

  func text() -> String {
    let words = Text.current
    var text = words(.reviewProposal, ["id": id, "path": path]) + "\n"
    text += words(.reviewOrigin, ["origin": proposal.origin]) + "\n"
    text += words(.reviewMaker, ["key": proposal.maker.keyID]) + "\n"
    text += words(.reviewSource, ["source": proposal.source]) + "\n"
    text += words(.reviewDigest, ["digest": proposal.digest.hex]) + "\n"
    text += words(.reviewEntries, ["count": String(proposal.entries.count)]) + "\n"
    let origin = examination.ledgerOrigin
    text +=
      (proposal.origin == origin
        ? words(.reviewLedgerOriginMatches)
        : words(.reviewLedgerOriginDiffers, ["origin": origin])) + "\n"
    text += words(.reviewMakerKey, ["status": makerKeyText]) + "\n"
    let signature: [String: MessageID] = [
      "verifies": .reviewSignatureVerifies, "does-not-verify": .reviewSignatureFails,
      "unknown-key": .reviewSignatureUnknownKey,
    ]
    let status = signature[signatureStatus].map { words($0) } ?? signatureStatus
    text += words(.reviewSignature, ["status": status]) + "\n"
    if paymentCount > 0 || !proposal.people.isEmpty {
      text += peopleLine(words) + "\n"
    }
    text += words(problems.isEmpty ? .reviewVerified : .reviewNotVerified) + "\n"
    text += problems.map { words(.reviewProblem, ["problem": $0]) + "\n" }.joined()
    var rows: [[String]] = []
    for (index, entry) in proposal.entries.enumerated() {
      var cells = EntryText.cells(seq: Int64(index + 1), entry: entry)
      cells[0] = "#\(index + 1)"
      if let payee = proposal.payee(ofEntry: index) {
        cells[6] = words.clauses(
          [cells[6], words(.reviewPays, ["who": payee.display])].filter { !$0.isEmpty })
      }
      rows.append(cells)
    }
    return text + rows.map { $0.joined(separator: "  ") }.joined(separator: "\n") + "\n"
  }

  /// The payments to people and the roster records the proposal carries, never who.
  private func peopleLine(_ words: Text) -> String {
    let records = proposal.people.count
    let values = [
      "payments": paymentCount == 1
        ? words(.reviewPaymentOne)
        : words(.reviewPaymentMany, ["count": Money.groupedCount(Int64(paymentCount))]),
      "records": records == 1
        ? words(.reviewRecordOne)
        : words(.reviewRecordMany, ["count": Money.groupedCount(Int64(records))]),
    ]
    return words(.reviewPeople, values)
  }

  func json() -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("id", id)
    writer.member("path", path)
    writer.member("origin", proposal.origin)
    writer.member("ledger_origin", examination.ledgerOrigin)
    writer.member("maker", proposal.maker.keyID)
    writer.key("maker_key")
    writeMakerKey(&writer)
    writer.member("source", proposal.source)
    writer.member("digest", proposal.digest.hex)
    writer.member("maker_signature", signatureStatus)
    writer.key("already_committed")
    writer.value(examination.alreadyCommitted)
    writer.member("people", Int64(proposal.people.count))
    writer.key("people_signature")
    if proposal.people.isEmpty && proposal.peopleSignature == nil {
      writer.null()
    } else if examination.makerKey == nil {
      writer.value("unknown-key")
    } else {
      writer.value(examination.peopleSignatureVerifies ? "verifies" : "does-not-verify")
    }
    writer.key("verified")
    writer.value(problems.isEmpty)
    writer.key("problems")
    writer.beginArray()
    for problem in problems { writer.value(problem) }
    writer.endArray()
    writer.key("entries")
    writer.beginArray()
    for entry in proposal.entries {
      writer.raw(CanonicalEncoder.encode(EntryEncoder.nested(entry)))
    }
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  private func writeMakerKey(_ writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("registered")
    writer.value(examination.makerKey != nil)
    if let key = examination.makerKey {
      writer.member("role", key.role.rawValue)
      writer.key("union")
      if let union = key.union { writer.value(union) } else { writer.null() }
      writer.member("seq", key.seq)
      writer.key("revoked_seq")
      if let seq = key.revokedSeq { writer.value(seq) } else { writer.null() }
    }
    writer.endObject()
  }
}
