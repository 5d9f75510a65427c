import XCTest

@testable import ReliefLedger

/// The verifier finds a reused request id without holding the ids in memory: at the line
/// that reuses it, and only if no earlier line failed.
final class VerifierRequestIDTests: LedgerTestCase {
  func testAReusedRequestIDIsReportedAtTheLineThatReusesIt() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00", requestID: "r-1"), Row.receipt("prov", "2.00")])
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 300, requestID: "r-2"))
    forged.append(Make.receipt("prov", 400, requestID: "r-1"))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.verdict, .invalid)
    XCTAssertEqual(report.failure?.line, 12)
    XCTAssertEqual(report.failure?.seq, 11)
    XCTAssertEqual(report.failure?.code, "request-id-already-used")
    XCTAssertEqual(
      report.failure?.found, RuleViolation.requestIDAlreadyUsed("r-1", seq: 7).description)
    let lines = splitLines(try journalBytes())
    XCTAssertEqual(report.failure?.offset, Int64(lines[0..<11].map { $0.count + 1 }.reduce(0, +)))
  }

  func testAnEarlierFailureWinsOverALaterReuse() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00", requestID: "r-1")])
    var forged = try forgedBatch()
    forged.append(Make.receipt("nowhere", 300))
    forged.append(Make.receipt("prov", 400, requestID: "r-1"))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let report = try verify()
    XCTAssertEqual(report.failure?.line, 10)
    XCTAssertEqual(report.failure?.code, RuleViolation.unknownUnion("nowhere").code)
  }

  func testDistinctRequestIDsVerify() throws {
    try createStandardLedger()
    try append((1...300).map { Row.receipt("prov", "1.00", requestID: "id-\($0)") })
    let report = try verify()
    XCTAssertEqual(report.verdict, .valid)
    XCTAssertEqual(report.entryCount, 305)
  }
}
