import ReliefLedger
import ReliefLog

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
    guard let key = examination.makerKey else { return "not registered in this ledger" }
    let scope = key.union.map { " of union '\($0)'" } ?? ""
    let revoked = key.revokedSeq.map { "revoked at seq \($0)" } ?? "not revoked"
    return "registered at seq \(key.seq) as \(key.role.rawValue)\(scope), \(revoked)"
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
    var text = "proposal \(id) (\(path))\n"
    text += "origin: \(proposal.origin)\n"
    text += "maker: \(proposal.maker.keyID)\n"
    text += "source: \(proposal.source)\n"
    text += "digest signed by the maker: \(proposal.digest.hex)\n"
    text += "entries: \(proposal.entries.count), not yet checked against the ledger\n"
    let origin = examination.ledgerOrigin
    text +=
      "ledger origin: "
      + (proposal.origin == origin ? "matches" : "'\(origin)', not the proposal's") + "\n"
    text += "maker key: \(makerKeyText)\n"
    let signature = [
      "verifies": "verifies over these entries with the maker's registered key",
      "does-not-verify": "DOES NOT VERIFY over these entries",
      "unknown-key": "not checked: no registered key has the maker's id",
    ]
    text += "maker signature: \(signature[signatureStatus] ?? signatureStatus)\n"
    if paymentCount > 0 || !proposal.people.isEmpty {
      text +=
        "people: \(paymentCount) payment\(paymentCount == 1 ? "" : "s") to people, "
        + "\(proposal.people.count) record\(proposal.people.count == 1 ? "" : "s") carried "
        + "for the roster (names and ID numbers not shown)\n"
    }
    text +=
      problems.isEmpty
      ? "status: verified; 'relief approve' checks every entry against the ledger again\n"
      : "status: NOT VERIFIED: do not approve it\n"
    text += problems.map { "problem: \($0)\n" }.joined()
    var rows: [[String]] = []
    for (index, entry) in proposal.entries.enumerated() {
      var cells = EntryText.cells(seq: Int64(index + 1), entry: entry)
      cells[0] = "#\(index + 1)"
      if let payee = proposal.payee(ofEntry: index) {
        cells[6] += (cells[6].isEmpty ? "" : "; ") + "pays \(payee.display)"
      }
      rows.append(cells)
    }
    return text + rows.map { $0.joined(separator: "  ") }.joined(separator: "\n") + "\n"
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
