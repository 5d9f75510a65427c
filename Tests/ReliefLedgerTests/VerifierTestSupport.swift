import XCTest

@testable import ReliefLedger

/// A ledger test case with the verifier tests' sample ledger and the helpers that alter its
/// lines and check the reported failure.
class VerifierTestCase: LedgerTestCase {
  /// A ledger of 31 entries in 6 batches (38 lines), every kind included.
  func buildSampleLedger() throws {
    try writer().initialize(origin: "test.example/l")
    try append([  // seqs 2-7, commit 8
      Row.union("national", name: "中华全国总工会"),
      Row.union("js", name: "江苏省总工会", parent: "national"),
      Row.union("nt", name: "南通市总工会", parent: "js"),
      Row.union("sz", name: "苏州市总工会", parent: "js"),
      Row.program("covid", name: "2020年疫情防控专项资金"),
      Row.program("relief", name: "困难职工帮扶资金"),
    ])
    try append([  // seqs 9-14, commit 15
      Row.receipt("national", "10000.00", requestID: "r-1"),
      Row.receipt("js", "2000.00", counterparty: "某慈善基金会"),
      Row.receipt("national", "500.00", program: "relief"),
      Row.allocation("national", to: "js", "3000.00"),
      Row.allocation("js", to: "nt", "1000.00"),
      Row.allocation("js", to: "sz", "800.00"),
    ])
    try append([  // seqs 16-22, commit 23
      Row.refund("nt", "50.00", dues: "80.00", code: codeA, requestID: "ref-1"),
      Row.refund("nt", "30.00", dues: "30.00", code: codeB, period: "2020-04"),
      Row.refund("sz", "20.00", dues: "25.00", code: codeC),
      Row.subsidy("sz", "120.00", headcount: "4"),
      Row.subsidy("nt", "60.00", category: "purchase"),
      Row.disbursement("nt", "200.00", headcount: "40"),
      Row.disbursement("sz", "50.00", headcount: "100", category: "insurance"),
    ])
    try append([  // seqs 24-28, commit 29
      Row.reversal(request: "ref-1"),
      Row.reversal(seq: 22),
      Row.receipt("nt", "10.00"),
      Row.allocation("national", to: "sz", "100.00", program: "relief"),
      Row.disbursement("sz", "100.00", headcount: "2", program: "relief"),
    ])
    try append([  // seqs 30-35, commit 36
      Row.receipt("sz", "1.00"),
      Row.receipt("sz", "2.00"),
      Row.refund("nt", "40.00", dues: "80.00", code: codeA, period: "2020-01..2020-02"),
      Row.disbursement("nt", "5.00", headcount: "1"),
      Row.subsidy("js", "1.00", category: "employment", headcount: "0"),
      Row.allocation("sz", to: "nt", "3.00"),
    ])
  }

  func lines() throws -> [[UInt8]] { splitLines(try journalBytes()) }

  func decodedEntry(_ line: [UInt8]) throws -> Entry {
    try line.withUnsafeBytes { try EntryDecoder.decode($0) }.entry
  }

  /// Byte offset of line `index` (from 0) in a journal of `lines`.
  func offset(of index: Int, in lines: [[UInt8]]) -> Int64 {
    Int64(lines[..<index].reduce(0) { $0 + $1.count + 1 })
  }

  /// Index of the first line containing `fragment`.
  func index(of fragment: String, in lines: [[UInt8]]) -> Int {
    lines.firstIndex { text($0).contains(fragment) } ?? -1
  }

  /// Replaces the first occurrence of `old` in line `index` by `new` (same length).
  func tamper(
    _ lines: [[UInt8]], line index: Int, _ old: String, _ new: String
  ) -> [[UInt8]] {
    var result = lines
    let original = text(lines[index])
    guard let range = original.range(of: old) else {
      XCTFail("'\(old)' not in line \(index)")
      return lines
    }
    result[index] = utf8(original.replacingCharacters(in: range, with: new))
    XCTAssertEqual(result[index].count, lines[index].count)
    return result
  }

  func assertFailure(
    _ report: VerificationReport, _ verdict: VerificationReport.Verdict, line: Int64,
    seq: Int64?, offset: Int64, code: String, expected: String? = nil, found: String? = nil,
    file: StaticString = #filePath, sourceLine: UInt = #line
  ) {
    XCTAssertEqual(report.verdict, verdict, file: file, line: sourceLine)
    guard let failure = report.failure else {
      return XCTFail("no failure reported", file: file, line: sourceLine)
    }
    XCTAssertEqual(failure.code, code, failure.message, file: file, line: sourceLine)
    XCTAssertEqual(failure.line, line, "line", file: file, line: sourceLine)
    XCTAssertEqual(failure.seq, seq, "seq", file: file, line: sourceLine)
    XCTAssertEqual(failure.offset, offset, "offset", file: file, line: sourceLine)
    if let expected { XCTAssertEqual(failure.expected, expected, file: file, line: sourceLine) }
    if let found { XCTAssertEqual(failure.found, found, file: file, line: sourceLine) }
  }
}
