import ReliefLog
import XCTest

@testable import ReliefLedger

/// What `DecodeAhead` parses on the reading thread must be exactly what the checking thread
/// would parse itself, and nothing where parsing fails (the checking thread then parses
/// again and reports the failure in its usual order).
final class DecodeAheadTests: XCTestCase {
  private static let lines = [
    #"{"seq":3,"prev":"\#(zeroHex)","time_ms":7,"kind":"receipt","date":"2020-01-01","union":"nt","program":"p","amount_fen":12345,"counterparty":"南通市财政","memo":"m","request_id":"r1"}"#,
    #"{"seq":4,"prev":"\#(zeroHex)","time_ms":7,"kind":"refund","date":"2020-01-01","union":"a","program":"p","amount_fen":5,"counterparty":"B","counterparty_id":"91320600MA1MXXXX03","period":"2020-02","dues_paid_fen":9}"#,
    #"{"seq":5,"prev":"\#(zeroHex)","time_ms":7,"kind":"commit","entries":2,"signer":"","signature":""}"#,
  ]

  /// The header and entry the checking thread would get from `bytes`.
  private func expected(_ bytes: [UInt8]) -> (LineHeader?, Entry?) {
    bytes.withUnsafeBytes { line in
      guard let header = try? LineHeader.parse(line) else { return (nil, nil) }
      if header.isCommit { return (header, nil) }
      return (header, try? EntryDecoder.decode(line, header: header).entry)
    }
  }

  private func prepared(
    _ lines: [[UInt8]], slot: Int, into ahead: DecodeAhead, slackNanos: Int64 = 0
  ) {
    let buffers = lines.map { bytes in
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
      bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
      return buffer
    }
    defer { for buffer in buffers { buffer.deallocate() } }
    ahead.prepare(
      slot: slot, lines: buffers.map { UnsafeRawBufferPointer($0) },
      slackNanos: slackNanos)
  }

  func testEveryLineIsParsedAsTheCheckingThreadWouldParseIt() {
    var variants: [[UInt8]] = []
    for line in Self.lines {
      let bytes = utf8(line)
      variants.append(bytes)
      for index in stride(from: 0, to: bytes.count, by: 3) {
        var removed = bytes
        removed.remove(at: index)
        var changed = bytes
        changed[index] = changed[index] == 0x30 ? 0x31 : 0x30
        variants += [removed, changed]
      }
    }
    let ahead = DecodeAhead()
    prepared(variants, slot: 1, into: ahead)
    var parsedHeaders = 0
    var decodedEntries = 0
    for (index, bytes) in variants.enumerated() {
      let (header, entry) = expected(bytes)
      let line = ahead.take(slot: 1, index: index)
      XCTAssertEqual(line.header, header, text(bytes))
      XCTAssertEqual(line.entry, entry, text(bytes))
      if header != nil { parsedHeaders += 1 }
      if entry != nil { decodedEntries += 1 }
    }
    // The variants include lines of every outcome: no header, a header but no entry, both.
    XCTAssertEqual(variants.count, 441)
    XCTAssertEqual(parsedHeaders, 289)
    XCTAssertEqual(decodedEntries, 57)
    // Taken once: a second take finds nothing prepared.
    XCTAssertNil(ahead.take(slot: 1, index: 0).header)
    XCTAssertNil(ahead.take(slot: 1, index: 0).entry)
  }

  func testTheTwoSlotsAreIndependent() {
    let ahead = DecodeAhead()
    prepared([utf8(Self.lines[0]), utf8(Self.lines[2])], slot: 0, into: ahead)
    prepared([utf8(Self.lines[1])], slot: 1, into: ahead)
    XCTAssertEqual(ahead.take(slot: 0, index: 0).entry?.requestID, "r1")
    let commit = ahead.take(slot: 0, index: 1)
    XCTAssertEqual(commit.header?.kind, "commit")
    XCTAssertNil(commit.entry)
    let refund = ahead.take(slot: 1, index: 0)
    XCTAssertEqual(refund.header?.seq, 4)
    XCTAssertEqual(refund.entry?.kind, .refund)
    // Preparing a slot again replaces what it held.
    prepared([utf8(Self.lines[1])], slot: 0, into: ahead)
    XCTAssertEqual(ahead.take(slot: 0, index: 0).header?.seq, 4)
  }

  func testAWaitingCheckerGetsMoreLinesToParseItself() {
    let ahead = DecodeAhead()
    let lines = Array(repeating: utf8(Self.lines[0]), count: 100)
    // Before any measurement a line is taken to cost 1 µs: a checker that waited 100 µs
    // gets 100 / (4 × 1) = 25 of the 100 lines back.
    prepared(lines, slot: 0, into: ahead, slackNanos: -100_000)
    XCTAssertEqual(ahead.share, 0.75)
    let taken = (0..<100).map { ahead.take(slot: 0, index: $0) }
    XCTAssertEqual(taken.filter { $0.entry != nil }.count, 75)
    XCTAssertNotNil(taken[74].header)
    XCTAssertNil(taken[75].header)
    // The share stays within all and none.
    prepared(lines, slot: 1, into: ahead, slackNanos: -.max / 2)
    XCTAssertEqual(ahead.share, 0)
    XCTAssertNil(ahead.take(slot: 1, index: 0).header)
    prepared(lines, slot: 1, into: ahead, slackNanos: .max / 2)
    XCTAssertEqual(ahead.share, 1)
    XCTAssertNotNil(ahead.take(slot: 1, index: 99).entry)
    // No slack, no change.
    prepared(lines, slot: 0, into: ahead)
    XCTAssertEqual(ahead.share, 1)
  }
}
