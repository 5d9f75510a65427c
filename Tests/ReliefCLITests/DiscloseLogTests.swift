import Foundation
import ReliefCrypto
import XCTest

/// `relief disclose` writes the log's tiles and checkpoint into the site (the site is its
/// own verifiable mirror), the lookup index, and replaces the site folder whole.
final class DiscloseLogTests: TrustBoundaryTestCase {
  private var site: String { directory.path("site") }

  /// A ledger with receipts and two refunds to one business and one to another.
  private func makeRefundLedger() throws {
    try makeLedger(ledger, rows: ["receipt,2022-03-02,city,p,500.00,市财政,,,"])
    let rows =
      "kind,date,union,program,amount,counterparty,counterparty_id,period,dues_paid\n"
      + "refund,2022-03-05,city,p,10.00,南通甲公司,91320600MA1N000001,2021-01,10.00\n"
      + "refund,2022-03-05,city,p,12.50,乙公司,91000000000000002R,2021-01,12.50\n"
      + "refund,2022-03-06,city,p,7.25,南通甲公司,91320600MA1N000001,2021-02,7.25\n"
    try rows.write(toFile: directory.path("refunds.csv"), atomically: true, encoding: .utf8)
    try succeed(["import", directory.path("refunds.csv"), "--ledger", ledger])
  }

  /// Every file under `root`, by relative path.
  private func files(_ root: String) throws -> [String: Data] {
    var found: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        found[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
      }
    }
    return found
  }

  func testTheSiteCarriesTheLogAsPublishWritesItAndAnIndexOfEachBusiness() throws {
    try makeRefundLedger()
    try succeed(["checkpoint", "--ledger", ledger])
    let written = try succeed(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(
      written.stdout,
      "wrote 527 files to \(site)\nthe site carries the log up to checkpoint 12 (checkpoint, "
        + "tile/): lookup.html proves each entry it shows against it\n")
    try succeed(["publish", "--ledger", ledger, "--out", directory.path("published")])
    let published = try files(directory.path("published"))
    let carried = try files(site).filter { $0.key == "checkpoint" || $0.key.hasPrefix("tile/") }
    XCTAssertEqual(carried.keys.sorted(), published.keys.sorted())
    XCTAssertEqual(carried, published)

    let index = try String(contentsOfFile: site + "/lookup/index.json", encoding: .utf8)
    XCTAssertEqual(
      index,
      "{\"format\":1,\"origin\":\"tb.example/l\",\"tree_size\":12,\"shard_hex_digits\":2,"
        + "\"businesses\":2,\"unions\":{\"city\":2},\"programs\":{\"p\":4}}\n")
    let code = "91320600MA1N000001"
    let shard = String(SHA256.hash(Array(code.utf8)).hex.prefix(2))
    let business = try String(contentsOfFile: site + "/lookup/code/\(shard).json", encoding: .utf8)
    XCTAssertTrue(
      business.contains("\"91320600MA1N000001\":{\"name\":\"南通甲公司\",\"seqs\":[8,10]}"),
      business)
    let names = try String(
      contentsOfFile: site + "/lookup/name/"
        + String(SHA256.hash(Array("南通".utf8)).hex.prefix(2)) + ".json", encoding: .utf8)
    XCTAssertTrue(names.contains("[\"南通甲公司\",\"91320600MA1N000001\"]"), names)
    let shards = try FileManager.default.contentsOfDirectory(atPath: site + "/lookup/code")
    XCTAssertEqual(shards.count, 256)
  }

  func testWithoutACheckpointTheSiteHasNoLogAndTheLookupSaysWhy() throws {
    try makeRefundLedger()
    let written = try succeed(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertTrue(
      written.stdout.hasSuffix(
        "the site carries no log: the ledger has no checkpoint yet ('relief checkpoint'), so "
          + "lookup.html cannot check entries\n"), written.stdout)
    XCTAssertFalse(exists(site + "/tile"))
    XCTAssertFalse(exists(site + "/lookup/index.json"))
    let lookup = try String(contentsOfFile: site + "/lookup.html", encoding: .utf8)
    XCTAssertTrue(lookup.contains("本站尚未附带经签名的日志（账本还没有检查点），暂时无法查询和核验。"))
  }

  func testARedactionPolicyOrAPersonInALineLeavesTheLogOut() throws {
    try makeRefundLedger()
    try succeed(["checkpoint", "--ledger", ledger])
    let policy = directory.path("redact.txt")
    try "hide-business-codes *\n".write(toFile: policy, atomically: true, encoding: .utf8)
    let redacted = try succeed(["disclose", "--ledger", ledger, "--out", site, "--redact", policy])
    XCTAssertTrue(
      redacted.stdout.hasSuffix(
        "the site carries no log: --redact hides what the log's lines would show\n"))
    XCTAssertFalse(exists(site + "/tile"))
    XCTAssertFalse(exists(site + "/checkpoint"))
    let lookup = try String(contentsOfFile: site + "/lookup.html", encoding: .utf8)
    XCTAssertTrue(lookup.contains("本站按 --redact 规则隐去了部分信息"))

    let other = directory.path("person")
    try makeLedger(
      other,
      rows: [
        "receipt,2022-03-02,city,p,50万,市财政,,,",
        "disbursement,2022-03-03,city,p,500.00,一线职工,consolation,1,慰问困难职工张伟",
      ])
    try succeed(["checkpoint", "--ledger", other])
    let personSite = directory.path("person-site")
    let written = try succeed(["disclose", "--ledger", other, "--out", personSite])
    XCTAssertTrue(
      written.stdout.hasSuffix(
        "the site carries no log: line 8 would expose a person if published (published lines "
          + "are public forever): memo may name a person: '张伟' (后于称谓「职工」); nothing was "
          + "published\n"), written.stdout)
    XCTAssertFalse(exists(personSite + "/tile"))
    let page = try String(contentsOfFile: personSite + "/lookup.html", encoding: .utf8)
    XCTAssertTrue(page.contains("账本中有记录一旦原文公开会暴露个人信息"))
    XCTAssertFalse(try files(personSite).values.contains { $0.range(of: Data("张伟".utf8)) != nil })
  }

  func testTheSiteFolderIsReplacedWholeAndAFolderOfOtherFilesIsRefused() throws {
    try makeRefundLedger()
    try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
    try "mine".write(toFile: site + "/notes.txt", atomically: true, encoding: .utf8)
    let refused = try relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(refused.status, 2)
    XCTAssertEqual(
      refused.stderr,
      "relief disclose: \(site) holds files that are not a disclosure site (no "
        + "data/datapackage.json); the site replaces the whole folder, so give an empty or new "
        + "folder; the site was not written\n")
    XCTAssertEqual(try files(site).keys.sorted(), ["notes.txt"])

    try FileManager.default.removeItem(atPath: site)
    try succeed(["disclose", "--ledger", ledger, "--out", site])
    try "stale".write(toFile: site + "/unions/gone.html", atomically: true, encoding: .utf8)
    try succeed(["checkpoint", "--ledger", ledger])
    try succeed(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertFalse(exists(site + "/unions/gone.html"))
    XCTAssertTrue(exists(site + "/tile/entries/000.p/12"))
    let siblings = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    XCTAssertEqual(siblings.filter { $0.hasPrefix("site.") }, [])
  }
}
