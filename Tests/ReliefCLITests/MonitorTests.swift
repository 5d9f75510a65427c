import Foundation
import XCTest

/// `relief monitor` follows a published log over HTTP (a static server on loopback) or from
/// a directory: it catches up, then fetches only what is new, lists a watched business's
/// entries, and catches a forked mirror and a bad tile.
final class MonitorTests: TrustBoundaryTestCase {
  private var servers: [StaticFileServer] = []

  override func tearDown() {
    for server in servers { server.stop() }
    super.tearDown()
  }

  private func publish(_ ledger: String, to out: String) throws {
    try succeed(["checkpoint", "--ledger", ledger])
    try succeed(["publish", "--ledger", ledger, "--out", out])
  }

  private func monitor(_ source: String, _ extra: [String] = []) throws -> ReliefProcess.Outcome {
    try relief(
      ["monitor", source, "--key", verifierKey, "--state", directory.path("monitor-state")]
        + extra)
  }

  private func refundRows(_ count: Int, firstSerial: Int) -> String {
    "kind,date,union,program,amount,counterparty,counterparty_id,period,dues_paid\n"
      + (0..<count).map { offset in
        let code = offset == 0 && firstSerial == 1 ? "91320600MA1N000001" : "91000000000000002R"
        return "refund,2022-03-05,city,p,10.00,企业\(firstSerial + offset),\(code),"
          + "2021-\(String(format: "%02d", offset % 12 + 1)),10.00"
      }.joined(separator: "\n") + "\n"
  }

  func testFollowsALogOverHTTPAndWatchesABusiness() throws {
    try makeLedger(ledger, rows: (1...300).map { "receipt,2022-03-02,city,p,\($0).00,市财政,,," })
    let site = directory.path("site")
    try publish(ledger, to: site)
    let server = try StaticFileServer(root: site, maxRequests: 20)
    servers.append(server)
    let url = "http://127.0.0.1:\(server.port)"
    let first = try monitor(url)
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(
      first.stdout.hasPrefix(
        "checkpoint 307 of tb.example/l: 307 new lines (0 → 307), every line verified\n"),
      first.stdout)

    try "\(refundRows(2, firstSerial: 1))".write(
      toFile: directory.path("refunds.csv"), atomically: true, encoding: .utf8)
    try succeed(["import", directory.path("refunds.csv"), "--ledger", ledger])
    try publish(ledger, to: site)
    let second = try monitor(url, ["--watch", "91320600MA1N000001"])
    XCTAssertEqual(second.status, 0, second.stderr)
    XCTAssertTrue(
      second.stdout.hasPrefix(
        "checkpoint 310 of tb.example/l: 3 new lines (307 → 310), every line verified\n"
          + "new: 1 commit, 2 refund\n"), second.stdout)
    XCTAssertTrue(
      second.stdout.contains(
        "entries naming 91320600MA1N000001: 1 new\n307  2022-03-05  refund  city  p  10.00  "
          + "企业1 91320600MA1N000001 2021-01\n"), second.stdout)
  }

  func testAForkedMirrorAndABadTileAreCaught() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    let honest = directory.path("honest")
    try publish(ledger, to: honest)
    try succeed(["monitor", honest, "--key", verifierKey, "--state", directory.path("m")])
    // The same origin and key, another history (a split view), longer than the first.
    let other = directory.path("other")
    try makeLedger(
      other,
      rows: ["receipt,2022-03-02,city,p,60万,市财政,,,", "receipt,2022-03-03,city,p,1.00,市财政,,,"])
    try "kind,date,union,program,amount\nreceipt,2022-03-04,city,p,2.00\n".write(
      toFile: directory.path("more.csv"), atomically: true, encoding: .utf8)
    try succeed(["import", directory.path("more.csv"), "--ledger", other])
    let forked = directory.path("forked")
    try publish(other, to: forked)
    let caught = try relief([
      "monitor", forked, "--key", verifierKey, "--state", directory.path("m"),
    ])
    XCTAssertEqual(caught.status, 1)
    XCTAssertTrue(
      caught.stderr.contains("the log forked (two histories under one origin)"), caught.stderr)
    // What the monitor accepted is unchanged: the honest log still checks out.
    try succeed(["monitor", honest, "--key", verifierKey, "--state", directory.path("m")])

    // A bundle altered on the server: its entries no longer give the checkpoint's root.
    var bundle = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: honest + "/tile/entries/000.p/8")))
    bundle[40] ^= 0x01
    try Data(bundle).write(to: URL(fileURLWithPath: honest + "/tile/entries/000.p/8"))
    let bad = try relief([
      "monitor", honest, "--key", verifierKey, "--state", directory.path("fresh"),
    ])
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.stderr.contains("served a bad tile"), bad.stderr)
  }

  func testASiteWhoseTotalsDifferFromTheLogIsCaught() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,50万,市财政,,,"])
    let site = directory.path("site")
    try succeed(["checkpoint", "--ledger", ledger])
    try succeed(["disclose", "--ledger", ledger, "--out", site])
    try succeed(["publish", "--ledger", ledger, "--out", site])
    let agreed = try monitor(site)
    XCTAssertEqual(agreed.status, 0, agreed.stderr)
    XCTAssertTrue(
      agreed.stdout.hasSuffix("disclosure site: the totals of its 1 accounts agree with the log\n"),
      agreed.stdout)
    let path = site + "/data/balances.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(
      of: "\"received_fen\":50000000", with: "\"received_fen\":60000000"
    )
    .write(toFile: path, atomically: true, encoding: .utf8)
    let caught = try relief(
      ["monitor", site, "--key", verifierKey, "--state", directory.path("fresh-state")])
    XCTAssertEqual(caught.status, 1)
    // Nothing was accepted: once the site is put right, the same monitor catches up.
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let again = try relief(
      ["monitor", site, "--key", verifierKey, "--state", directory.path("fresh-state")])
    XCTAssertTrue(
      again.stdout.hasPrefix("checkpoint 8 of tb.example/l: 8 new lines (0 → 8)"), again.stdout)
    XCTAssertEqual(
      caught.stderr,
      "relief monitor: the disclosure site shows received_fen 60000000 for city/p, but the "
        + "log's lines give 50000000\n")
  }
}
