import Foundation
import ReliefCrypto
import ReliefLedger
import ReliefLog
import XCTest

/// Builds what an older relief wrote: memos and counterparties holding ID and phone numbers,
/// which input now refuses, so that the site's masking of such old lines stays tested.
///
/// The last batch is rebuilt entry by entry with the memos restored, at the same time and
/// signed by the same key: byte for byte the batch the older relief's import made.
enum OldLedgerMemos {
  static func restore(
    _ replacements: [String: String], ledger: String, keyPath: String
  ) throws {
    let path = ledger + "/journal.jsonl"
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let lines = bytes.split(separator: 0x0A).map(Array.init)
    // The last batch starts after the last commit line before the final one.
    var checker = ChainChecker()
    var lastBatchStart = 0
    var headBefore = ChainHead.empty
    for (index, line) in lines.enumerated() {
      let checked = try line.withUnsafeBytes { try checker.check($0) }
      if checked.commit != nil && index < lines.count - 1 {
        lastBatchStart = index + 1
        headBefore = checker.head
      }
    }
    let keyText = try String(contentsOfFile: keyPath, encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let signer = CommitSigner(try NoteSignerKey(parsing: keyText))
    let time = try lines[lastBatchStart].withUnsafeBytes { try LineHeader.parse($0).timeMillis }
    var batch = BatchBuilder(after: headBefore, nowMillis: time)
    for line in lines[lastBatchStart..<(lines.count - 1)] {
      let entry = try line.withUnsafeBytes { try EntryDecoder.decode($0).entry }
      var body = EntryEncoder.body(of: entry)
      // Any string member (a memo, a counterparty) that is a placeholder is restored.
      for index in body.members.indices {
        if case .string(let text) = body.members[index].value, let restored = replacements[text] {
          body.members[index].value = .string(restored)
        }
      }
      batch.appendEntry(kind: entry.kind.rawValue, body: body)
    }
    batch.commit(signer: signer.keyID, sign: signer.signature(for:))
    var rebuilt: [UInt8] = []
    for line in lines[..<lastBatchStart] { rebuilt += line + [0x0A] }
    rebuilt += batch.bytes
    try Data(rebuilt).write(to: URL(fileURLWithPath: path))
  }
}
