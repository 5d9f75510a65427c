import Foundation
import XCTest

/// The disclosure site in a real browser (headless Chromium): pages load without script
/// errors, the lookup page finds a business of the sample ledger and proves its refund
/// against the signed checkpoint, and anything tampered with shows as not verified.
final class SiteBrowserTests: XCTestCase {
  func testEveryPageLoadsWithoutScriptErrorsAndIsPhotographed() throws {
    let chromium = try HeadlessChromium()
    let site = try SampleSite.folder()
    let unions = try FileManager.default.contentsOfDirectory(atPath: site + "/unions").sorted()
    XCTAssertEqual(unions.count, 57)
    let shots = try SampleSite.screenshotFolder()
    let pages =
      ["index.html", "lookup.html", "lookup.html?code=\(SampleSite.code)"]
      + unions.map { "unions/" + $0 }
    let list = pages.map { "\"\($0)\"" }.joined(separator: ",")
    let harness = """
      <!DOCTYPE html><html><body><div id="report"></div><script>
      const pages = [\(list)];
      const results = new Array(pages.length).fill(null);
      pages.forEach((page, i) => {
        const frame = document.createElement("iframe");
        frame.src = page;
        frame.onload = () => {
          results[i] = page + (frame.contentDocument.querySelector("main") ? " loaded;" : " empty;");
          if (results.every((r) => r !== null)) {
            document.getElementById("report").textContent = results.join("");
          }
        };
        document.body.append(frame);
      });
      </script></body></html>
      """
    try Data(harness.utf8).write(to: URL(fileURLWithPath: site + "/_every-page.html"))
    try withServedSite(site) { base in
      // One browser loads every page, each in a frame of a harness page: a script error
      // in any frame is logged as "Uncaught", and each frame reports whether its page
      // rendered a <main>.
      let load = try chromium.load(base + "_every-page.html")
      XCTAssertEqual(load.scriptErrors, [])
      let report = try XCTUnwrap(load.dom.text(ofElementWith: "id=\"report\""))
      XCTAssertEqual(report, pages.map { $0 + " loaded;" }.joined(), report)
      let photographed = [
        ("index", "index.html"), ("lookup", "lookup.html?code=\(SampleSite.code)"),
        ("union-nantong", "unions/nantong.html"),
      ]
      for (name, page) in photographed {
        for width in [1280, 390] {
          let path = shots + "/\(name)-\(width).png"
          try? FileManager.default.removeItem(atPath: path)
          try chromium.screenshot(base + page, width: width, height: 2400, to: path)
          let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
          XCTAssertGreaterThan(size ?? 0, 10_000, path)
        }
      }
    }
  }

  func testTheLookupFindsABusinessAndItsReceiptIsTheOneReliefProves() throws {
    let chromium = try HeadlessChromium()
    let load = try withServedSite(try SampleSite.folder()) { base in
      try chromium.load(base + "lookup.html?code=\(SampleSite.code)")
    }
    XCTAssertEqual(load.scriptErrors, [])
    let results = try XCTUnwrap(load.dom.text(ofElementWith: "id=\"results\""))
    XCTAssertTrue(results.hasPrefix("合成企业00075（91000000000000075A）"), results)
    XCTAssertTrue(
      results.contains(
        "对照第 33,882 号检查点（日志 relief.example/seed-sample），签名者 "
          + "relief-demo-admin-NOT-SECRET+1389b1cd"), results)
    XCTAssertTrue(
      results.contains(
        "2102022-04-15返还经费合成南通市总工会小微企业工会经费返还2021年1月至2021年12月1,075.12 元已验证 下载收据"),
      results)
    XCTAssertTrue(results.hasSuffix("已验证记录合计：1,075.12 元"), results)
    XCTAssertFalse(results.contains("未通过验证"))

    // The receipt the page offers is byte for byte the one `relief prove` prints, and
    // `relief check-proof` accepts it.
    let receipt = try XCTUnwrap(load.dom.receiptLink)
    let ledger = SampleSite.repository.appendingPathComponent("ledger").path
    let proved = try ReliefProcess.run(["prove", "\(SampleSite.seq)", "--ledger", ledger])
    XCTAssertEqual(proved.status, 0, proved.stderr)
    XCTAssertEqual(receipt, proved.stdout)
    let directory = try TemporaryDirectory()
    try Data(receipt.utf8).write(to: URL(fileURLWithPath: directory.path("receipt.txt")))
    let checked = try ReliefProcess.run(
      ["check-proof", directory.path("receipt.txt"), "--key", try SampleSite.adminKey()])
    XCTAssertEqual(checked.status, 0, checked.stderr)
  }

  func testASearchByNameListsTheBusinessesItStartsAndAnUnknownCodeIsSaidSo() throws {
    let chromium = try HeadlessChromium()
    let (byName, unknown) = try withServedSite(try SampleSite.folder()) { base in
      (
        try chromium.load(base + "lookup.html?q=%E5%90%88%E6%88%90%E4%BC%81%E4%B8%9A0007"),
        try chromium.load(base + "lookup.html?code=91000000000000099X")
      )
    }
    let links = byName.dom.components(separatedBy: "<a href=\"lookup.html?code=").dropFirst()
    XCTAssertEqual(links.count, 10)
    XCTAssertTrue(byName.dom.contains(">合成企业00075（91000000000000075A）</a>"))
    XCTAssertEqual(
      unknown.dom.text(ofElementWith: "id=\"results\""),
      "没有找到统一社会信用代码为 91000000000000099X 的记录。")
  }

  func testATamperedTileOrEntryBundleShowsNotVerifiedWithTheReason() throws {
    let chromium = try HeadlessChromium()
    let directory = try TemporaryDirectory()
    let site = try SampleSite.copy(into: directory)
    // The sibling of entry 210 in the first hash tile: the page takes it from the tile.
    try flip(site + "/tile/0/000", at: 211 * 32 + 5)
    let tile = try withServedSite(site) { base in
      try chromium.load(base + "lookup.html?code=\(SampleSite.code)")
    }
    let results = try XCTUnwrap(tile.dom.text(ofElementWith: "id=\"results\""))
    XCTAssertTrue(results.contains("210未通过验证：第 210 条记录的包含证明与检查点的根哈希不符"), results)
    XCTAssertFalse(results.contains("已验证记录合计：1,075.12"))
    XCTAssertNil(tile.dom.receiptLink)

    // The entry itself, with a larger amount: its hash no longer leads to the root.
    let other = try TemporaryDirectory()
    let fresh = try SampleSite.copy(into: other)
    let bundle = fresh + "/tile/entries/000"
    let original = try Data(contentsOf: URL(fileURLWithPath: bundle))
    let changed = try XCTUnwrap(
      String(data: original, encoding: .isoLatin1)?.replacingOccurrences(
        of: "\"amount_fen\":107512", with: "\"amount_fen\":907512"))
    XCTAssertNotEqual(changed.data(using: .isoLatin1), original)
    try changed.data(using: .isoLatin1)?.write(to: URL(fileURLWithPath: bundle))
    let entry = try withServedSite(fresh) { base in
      try chromium.load(base + "lookup.html?code=\(SampleSite.code)")
    }
    let shown = try XCTUnwrap(entry.dom.text(ofElementWith: "id=\"results\""))
    XCTAssertTrue(shown.contains("未通过验证：第 210 条记录的包含证明与检查点的根哈希不符"), shown)
    XCTAssertFalse(shown.contains("9,075.12"))
  }

  func testAReceiptIsCheckedInThePageAndATamperedOneIsNot() throws {
    let chromium = try HeadlessChromium()
    let directory = try TemporaryDirectory()
    let site = try SampleSite.copy(into: directory)
    let ledger = SampleSite.repository.appendingPathComponent("ledger").path
    let receipt = try ReliefProcess.run(["prove", "\(SampleSite.seq)", "--ledger", ledger]).stdout
    try Data(receipt.utf8).write(to: URL(fileURLWithPath: site + "/good.txt"))
    let forged = receipt.replacingOccurrences(
      of: "\"amount_fen\":107512", with: "\"amount_fen\":107513")
    XCTAssertNotEqual(forged, receipt)
    try Data(forged.utf8).write(to: URL(fileURLWithPath: site + "/forged.txt"))
    let keyFile = directory.path("other.key")
    _ = try ReliefProcess.run(["keys", "generate", "--name", "other", "--out", keyFile])
    let otherKey = try ReliefProcess.run(["keys", "show", keyFile]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    XCTAssertTrue(otherKey.hasPrefix("other+"), otherKey)
    let (good, bad, wrongKey) = try withServedSite(site) { base in
      (
        try chromium.load(base + "lookup.html?receipt=good.txt"),
        try chromium.load(base + "lookup.html?receipt=forged.txt"),
        try chromium.load(
          base + "lookup.html?receipt=good.txt&key="
            + (otherKey.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
      )
    }
    XCTAssertEqual(
      good.dom.text(ofElementWith: "id=\"receipt-result\""),
      "已验证：第 210 条，2022-04-15，返还经费，合成企业00075，1,075.12 元；对照第 33,882 号检查点"
        + "（日志 relief.example/seed-sample），签名者 relief-demo-admin-NOT-SECRET+1389b1cd")
    XCTAssertEqual(
      bad.dom.text(ofElementWith: "id=\"receipt-result\""), "未通过验证：包含证明与检查点的根哈希不符")
    XCTAssertEqual(
      wrongKey.dom.text(ofElementWith: "id=\"receipt-result\""),
      "未通过验证：检查点的签名不能用公布的公钥验证")
  }

  private func flip(_ path: String, at offset: Int) throws {
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes[offset] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }
}
