import Foundation
import XCTest

/// Several `relief` processes appending and importing into one ledger at once, with readers
/// (`verify`, `balances`) running during the writes.
///
/// Every reported success is in the journal exactly once, the journal verifies, and no
/// reader ever fails, sees a torn tail or sees part of a batch.
final class ConcurrencyTests: XCTestCase {
  private var directory: TemporaryDirectory!
  private var ledger: String { directory.path("ledger") }
  private var keyPath: String { directory.path("admin.key") }

  static let header =
    "kind,date,id,name,parent,union,to,program,amount,counterparty,counterparty_id,"
    + "category,headcount,period,dues_paid,reverses_request,memo,request_id\n"
  static let appenders = 3
  static let appendsEach = 4
  static let importers = 2
  static let importsEach = 3
  static let rowsPerImport = 10

  override func setUpWithError() throws {
    directory = try TemporaryDirectory()
    try ReliefProcess.run(["keys", "generate", "--name", "conc-admin", "--out", keyPath])
      .assertStatus(0)
    try relief(["init", "--ledger", ledger]).assertStatus(0)
    let setup = directory.path("setup.csv")
    try
      (Self.header + "union,2022-03-01,u,某市总工会,,,,,,,,,,,,,,s1\n"
      + "program,2022-03-01,p,专项资金,,,,,,,,,,,,,,s2\n")
      .write(toFile: setup, atomically: true, encoding: .utf8)
    try relief(["import", setup, "--ledger", ledger]).assertStatus(0)
  }

  override func tearDown() { directory = nil }

  private func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try crowd.relief(arguments)
  }

  private var crowd: Crowd {
    Crowd(ledger: ledger, keyPath: keyPath, directory: directory.url.path)
  }

  func testConcurrentWritersAndReaders() throws {
    let log = Log()
    let writers = DispatchGroup()
    let readers = DispatchGroup()
    let writerCount = Self.appenders + Self.importers
    let crowd = self.crowd
    for index in 0..<writerCount {
      writers.enter()
      Thread {
        crowd.runWriter(index, log: log)
        writers.leave()
      }.start()
    }
    for _ in 0..<2 {
      readers.enter()
      Thread {
        crowd.runReader(log: log)
        readers.leave()
      }.start()
    }
    XCTAssertEqual(writers.wait(timeout: .now() + 60), .success)
    log.finishWriters()
    XCTAssertEqual(readers.wait(timeout: .now() + 30), .success)
    XCTAssertEqual(log.problems, [])
    XCTAssertGreaterThan(log.reads, 0)
    try checkJournal(successes: log.successIDs)
  }

  private func checkJournal(successes: [String]) throws {
    let expected =
      Self.appenders * Self.appendsEach + Self.importers * Self.importsEach
      * Self.rowsPerImport
    XCTAssertEqual(successes.count, expected, "every writer request should succeed")
    let journal = try String(contentsOfFile: ledger + "/journal.jsonl", encoding: .utf8)
    var counts: [String: Int] = [:]
    for line in journal.split(separator: "\n") {
      guard let range = line.range(of: #""request_id":""#) else { continue }
      let rest = line[range.upperBound...]
      counts[String(rest.prefix { $0 != "\"" }), default: 0] += 1
    }
    for id in successes { XCTAssertEqual(counts[id], 1, "request \(id)") }
    let lines = journal.split(separator: "\n")
    for (index, line) in lines.enumerated() {
      XCTAssertTrue(line.hasPrefix("{\"seq\":\(index),"), "line \(index + 1) seq")
    }
    let verify = try relief(["verify", "--ledger", ledger, "--json"]).assertStatus(0)
    XCTAssertTrue(verify.stdout.contains(#""verdict":"valid""#))
    let balances = try relief(["balances", "--ledger", ledger, "--json"]).assertStatus(0)
    let fen =
      Int64(Self.appenders * Self.appendsEach) * 10_000
      + Int64(Self.importers * Self.importsEach) * 100
    XCTAssertEqual(Crowd.received(balances.stdout), fen)
  }
}

/// The writer and reader jobs, run on their own threads.
private struct Crowd: Sendable {
  let ledger: String
  let keyPath: String
  let directory: String

  func relief(_ arguments: [String]) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(arguments, extraEnvironment: ["RELIEF_KEY": keyPath])
  }

  /// An import file of `rowsPerImport` receipts of 0.10 yuan: a whole batch adds 1.00.
  func importFile(writer: Int, number: Int) throws -> (String, [String]) {
    let ids = (0..<ConcurrencyTests.rowsPerImport).map { "i-\(writer)-\(number)-\($0)" }
    let rows = ids.map { "receipt,2022-03-02,,,,u,,p,0.10,捐赠人,,,,,,,,\($0)\n" }
    let path = directory + "/import-\(writer)-\(number).csv"
    try (ConcurrencyTests.header + rows.joined()).write(
      toFile: path, atomically: true, encoding: .utf8)
    return (path, ids)
  }

  /// Runs one writer's requests in order; returns the request ids of its successes.
  func runWriter(_ index: Int, log: Log) {
    do {
      if index < ConcurrencyTests.appenders {
        for number in 0..<ConcurrencyTests.appendsEach {
          let id = "a-\(index)-\(number)"
          let outcome = try relief([
            "append", "receipt", "--ledger", ledger, "--date", "2022-03-02", "--union", "u",
            "--program", "p", "--amount", "100.00", "--counterparty", "捐赠人",
            "--request-id", id,
          ])
          log.writer(outcome, ids: [id])
        }
      } else {
        for number in 0..<ConcurrencyTests.importsEach {
          let (path, ids) = try importFile(writer: index, number: number)
          log.writer(try relief(["import", path, "--ledger", ledger]), ids: ids)
        }
      }
    } catch {
      log.problem("writer \(index): \(error)")
    }
  }

  /// Runs `verify` and `balances` in turn until the writers are done.
  func runReader(log: Log) {
    repeat {
      do {
        let verify = try relief(["verify", "--ledger", ledger, "--json"])
        if verify.status != 0 || !verify.stdout.contains(#""verdict":"valid""#) {
          log.problem("verify during writes: \(verify.status) \(verify.stdout) \(verify.stderr)")
        }
        let balances = try relief(["balances", "--ledger", ledger, "--json"])
        if balances.status != 0 {
          log.problem("balances during writes: \(balances.status) \(balances.stderr)")
        } else if let received = Crowd.received(balances.stdout), received % 100 != 0 {
          log.problem("balances saw part of an import batch: received \(received) fen")
        }
        log.read()
      } catch {
        log.problem("reader: \(error)")
      }
    } while !log.writersDone
  }

  /// The received total in fen of union u in `balances --json` output.
  static func received(_ json: String) -> Int64? {
    guard let data = json.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let rows = object["balances"] as? [[String: Any]],
      let row = rows.first(where: { $0["union"] as? String == "u" })
    else { return nil }
    return (row["received_fen"] as? NSNumber)?.int64Value
  }
}

/// What the writer and reader threads saw, shared under a lock.
private final class Log: @unchecked Sendable {
  private let lock = NSLock()
  private var ids: [String] = []
  private var issues: [String] = []
  private var readCount = 0
  private var done = false

  func writer(_ outcome: ReliefProcess.Outcome, ids newIDs: [String]) {
    lock.withLock {
      if outcome.status == 0, outcome.stdout.contains("committed by seq") {
        ids += newIDs
      } else {
        issues.append("writer failed: \(outcome.status) \(outcome.stderr)")
      }
    }
  }

  func problem(_ text: String) { lock.withLock { issues.append(text) } }
  func read() { lock.withLock { readCount += 1 } }
  func finishWriters() { lock.withLock { done = true } }
  var writersDone: Bool { lock.withLock { done } }
  var problems: [String] { lock.withLock { issues } }
  var reads: Int { lock.withLock { readCount } }
  var successIDs: [String] { lock.withLock { ids } }
}
