import ReliefCrypto
import XCTest

@testable import ReliefLog

final class BatchBuilderTests: XCTestCase {
  func testSmallBatchHasExactBytes() {
    var batch = BatchBuilder(after: .empty, nowMillis: fixedMillis)
    let first = batch.appendEntry(
      kind: "note", body: JSONObject([("text", .string("hi \"你好\"")), ("n", .integer(-3))]))
    let second = batch.appendEntry(kind: "note", body: JSONObject())
    batch.commit(signer: "")

    let line0 =
      #"{"seq":0,"prev":""# + zeroHex
      + #"","time_ms":1590969600000,"kind":"note","text":"hi \"你好\"","n":-3}"#
    let line1 =
      #"{"seq":1,"prev":""# + sha256Hex(line0)
      + #"","time_ms":1590969600000,"kind":"note"}"#
    let line2 =
      #"{"seq":2,"prev":""# + sha256Hex(line1)
      + #"","time_ms":1590969600000,"kind":"commit","entries":2,"signer":"","sig":""}"#
    XCTAssertEqual(first, 0)
    XCTAssertEqual(second, 1)
    XCTAssertEqual(text(batch.bytes), line0 + "\n" + line1 + "\n" + line2 + "\n")
    XCTAssertEqual(batch.entryCount, 2)
    XCTAssertEqual(
      batch.head,
      ChainHead(nextSeq: 3, lastHash: SHA256.hash(utf8(line2)), lastTimeMillis: fixedMillis))
  }

  func testBatchContinuesSeqAndChainFromHead() {
    let lastHash = SHA256.hash(utf8("line six"))
    let head = ChainHead(nextSeq: 7, lastHash: lastHash, lastTimeMillis: 1000)
    var batch = BatchBuilder(after: head, nowMillis: 5000)
    XCTAssertEqual(batch.appendEntry(kind: "a", body: JSONObject([("x", .integer(1))])), 7)
    XCTAssertEqual(batch.appendEntry(kind: "b", body: JSONObject()), 8)
    batch.commit(signer: "")
    let lines = text(batch.bytes).split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 3)
    XCTAssertEqual(
      lines[0], #"{"seq":7,"prev":""# + lastHash.hex + #"","time_ms":5000,"kind":"a","x":1}"#)
    XCTAssertEqual(
      lines[1], #"{"seq":8,"prev":""# + sha256Hex(lines[0]) + #"","time_ms":5000,"kind":"b"}"#)
    XCTAssertEqual(
      lines[2],
      #"{"seq":9,"prev":""# + sha256Hex(lines[1])
        + #"","time_ms":5000,"kind":"commit","entries":2,"signer":"","sig":""}"#)
    XCTAssertEqual(batch.head.nextSeq, 10)
  }

  func testTimeIsClampedToHeadTime() {
    let head = ChainHead(nextSeq: 2, lastHash: .zero, lastTimeMillis: 2000)
    var batch = BatchBuilder(after: head, nowMillis: 1000)
    XCTAssertEqual(batch.timeMillis, 2000)
    batch.appendEntry(kind: "a", body: JSONObject())
    batch.commit(signer: "")
    for line in text(batch.bytes).split(separator: "\n") {
      XCTAssertTrue(line.contains(#""time_ms":2000,"#), String(line))
    }
    XCTAssertEqual(batch.head.lastTimeMillis, 2000)
  }

  func testTimeAfterHeadTimeIsKept() {
    let head = ChainHead(nextSeq: 2, lastHash: .zero, lastTimeMillis: 2000)
    XCTAssertEqual(BatchBuilder(after: head, nowMillis: 2001).timeMillis, 2001)
    XCTAssertEqual(BatchBuilder(after: head, nowMillis: 2000).timeMillis, 2000)
  }

  func testEntryCountCountsEntriesOnly() {
    var batch = BatchBuilder(after: .empty, nowMillis: 1)
    XCTAssertEqual(batch.entryCount, 0)
    XCTAssertTrue(batch.bytes.isEmpty)
    for index in 1...3 {
      batch.appendEntry(kind: "a", body: JSONObject())
      XCTAssertEqual(batch.entryCount, Int64(index))
    }
    batch.commit(signer: "")
    XCTAssertEqual(batch.entryCount, 3)
    XCTAssertTrue(text(batch.bytes).hasSuffix(#""entries":3,"signer":"","sig":""}"# + "\n"))
  }

  func testSignedCommitSignsTheLineWithEmptySignature() {
    var batch = BatchBuilder(after: .empty, nowMillis: 1)
    batch.appendEntry(kind: "a", body: JSONObject())
    let head = batch.head
    var signedMessage: [UInt8] = []
    batch.commit(signer: "alice") { message in
      signedMessage = message
      return "c2ln"
    }
    let prefix =
      #"{"seq":1,"prev":""# + head.lastHash.hex
      + #"","time_ms":1,"kind":"commit","entries":1,"signer":"alice","sig":"#
    XCTAssertEqual(text(signedMessage), prefix + #""""# + "}")
    let lines = text(batch.bytes).split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[1], prefix + #""c2ln"}"#)
    XCTAssertEqual(batch.head.lastHash, SHA256.hash(utf8(lines[1])))
  }

  func testCommitWithEmptySignatureWritesTheMessage() {
    var batch = BatchBuilder(after: .empty, nowMillis: 1)
    batch.appendEntry(kind: "a", body: JSONObject())
    batch.commit(signer: "bob") { _ in "" }
    XCTAssertTrue(text(batch.bytes).hasSuffix(#""signer":"bob","sig":""}"# + "\n"))
  }

  func testBatchLinesPassTheChainChecker() throws {
    let first = noteBatch(after: .empty, count: 3)
    let second = noteBatch(after: first.head, count: 2, nowMillis: fixedMillis + 5)
    var checker = ChainChecker()
    for line in (first.bytes + second.bytes).split(separator: 0x0A) {
      _ = try Array(line).withUnsafeBytes { try checker.check($0) }
    }
    XCTAssertEqual(checker.head, second.head)
    XCTAssertEqual(checker.entriesSinceCommit, 0)
  }
}
