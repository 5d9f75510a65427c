import XCTest

@testable import ReliefLedger

/// A projection folded from the first line settles request ids at the end, as the verifier
/// does: it fails at the same line, and its index finds every id.
final class RebuildRequestIDTests: LedgerTestCase {
  private func rebuildFailure() throws -> LedgerInvalidError? {
    do {
      _ = try ProjectionStore.rebuild(try journal.openSnapshot(), location: location)
      return nil
    } catch let error as LedgerInvalidError {
      return error
    }
  }

  func testAReusedRequestIDFailsTheRebuildWhereVerifyFails() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00", requestID: "r-1"), Row.receipt("prov", "2.00")])
    var forged = try forgedBatch()
    forged.append(Make.receipt("prov", 300, requestID: "r-2"))
    forged.append(Make.receipt("prov", 400, requestID: "r-1"))
    forged.append(Make.receipt("nowhere", 500))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let failure = try XCTUnwrap(try rebuildFailure())
    let report = try verify()
    XCTAssertEqual(failure.line, 12)
    XCTAssertEqual(failure.line, report.failure?.line)
    XCTAssertEqual(failure.offset, report.failure?.offset)
    XCTAssertEqual(failure.failure.seq, 11)
    XCTAssertEqual(failure.failure.code, "request-id-already-used")
    XCTAssertEqual(failure.failure.code, report.failure?.code)
  }

  func testAnEarlierFailureWinsOverALaterReuse() throws {
    try createStandardLedger()
    try append([Row.receipt("prov", "1.00", requestID: "r-1")])
    var forged = try forgedBatch()
    forged.append(Make.receipt("nowhere", 300))
    forged.append(Make.receipt("prov", 400, requestID: "r-1"))
    forged.commitSigned()
    try appendToJournal(forged.bytes)
    let failure = try XCTUnwrap(try rebuildFailure())
    XCTAssertEqual(failure.line, 10)
    XCTAssertEqual(failure.line, try verify().failure?.line)
    XCTAssertEqual(failure.failure.code, RuleViolation.unknownUnion("nowhere").code)
  }

  func testTheRebuiltIndexFindsEveryID() throws {
    try createStandardLedger()
    try append((1...300).map { Row.receipt("prov", "1.00", requestID: "id-\($0)") })
    let rebuilt = try ProjectionStore.rebuild(try journal.openSnapshot(), location: location)
    XCTAssertEqual(rebuilt.requests.baseCount, 300)
    XCTAssertEqual(rebuilt.requests.recentCount, 0)
    for number in 1...300 {
      // The batch's entries start at seq 7 (genesis 0, its commit 1, registrations 2-5, commit 6).
      XCTAssertEqual(rebuilt.requests.candidates("id-\(number)"), [Int64(6 + number)])
    }
    XCTAssertEqual(rebuilt.requests.candidates("id-301"), [])
  }
}
