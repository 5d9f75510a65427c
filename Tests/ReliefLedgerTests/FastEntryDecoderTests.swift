import ReliefLog
import XCTest

@testable import ReliefLedger

/// The fast decoder must never accept a line the full decoder rejects, and must give the
/// same entry when it accepts one.
final class FastEntryDecoderTests: XCTestCase {
  private static let lines = [
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"receipt","date":"2020-01-01","union":"nt","program":"p","amount_fen":12345,"counterparty":"南通市财政","counterparty_id":"X-1","memo":"m é","request_id":"r1"}"#,
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"allocation","date":"2020-02-29","union":"a","to":"b-1","program":"p.x","amount_fen":1}"#,
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"refund","date":"2020-01-01","union":"a","program":"p","amount_fen":500,"counterparty":"某公司","counterparty_id":"91320600MA1MXXXX03","period":"2020-02..2020-06","dues_paid_fen":900}"#,
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"refund","date":"2020-01-01","union":"a","program":"p","amount_fen":5,"counterparty":"B","counterparty_id":"91320600MA1MXXXX03","period":"2020-02","dues_paid_fen":9}"#,
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"subsidy","date":"2021-12-31","union":"a","program":"p","amount_fen":70,"category":"interest","counterparty":"c","headcount":0}"#,
    #"{"seq":1,"prev":"\#(zeroHex)","time_ms":1,"kind":"disbursement","date":"2021-12-31","union":"a","program":"p","amount_fen":70,"category":"consolation","headcount":3,"counterparty_id":"z"}"#,
    #"{"seq":9,"prev":"\#(zeroHex)","time_ms":1,"kind":"reversal","date":"2020-01-01","reverses":0,"original":{"kind":"allocation","date":"2020-01-01","union":"a","to":"b","program":"p","amount_fen":60,"request_id":"w3"},"memo":"红字","request_id":"w4"}"#,
  ]

  private static let replacements: [UInt8] = Array(#"0 9-.,:"\{}aZé\"#.utf8) + [0x01, 0x7F, 0xFF]

  private func assertAgreement(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line)
  {
    bytes.withUnsafeBytes { buffer in
      guard let header = try? LineHeader.parse(buffer),
        let fast = FastEntryDecoder.decode(buffer, header: header)
      else { return }
      do {
        let full = try EntryDecoder.decodeFully(buffer, header: header)
        XCTAssertEqual(fast, full.entry, text(bytes), file: file, line: line)
      } catch {
        XCTFail(
          "fast path accepted a rejected line (\(error)): \(text(bytes))", file: file, line: line)
      }
    }
  }

  func testValidLinesTakeTheFastPath() throws {
    for line in Self.lines {
      let bytes = utf8(line)
      try bytes.withUnsafeBytes { buffer in
        let header = try LineHeader.parse(buffer)
        XCTAssertNotNil(FastEntryDecoder.decode(buffer, header: header), line)
      }
      assertAgreement(bytes)
    }
  }

  func testMutatedLinesAgree() {
    for line in Self.lines {
      let bytes = utf8(line)
      for index in bytes.indices {
        var removed = bytes
        removed.remove(at: index)
        assertAgreement(removed)
        for replacement in Self.replacements {
          var changed = bytes
          changed[index] = replacement
          assertAgreement(changed)
          var inserted = bytes
          inserted.insert(replacement, at: index)
          assertAgreement(inserted)
        }
      }
    }
  }

  func testSampleLedgerAgrees() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let data = try Data(contentsOf: root.appendingPathComponent("ledger/journal.jsonl"))
    for line in data.split(separator: 0x0A) {
      assertAgreement(Array(line))
    }
  }
}
