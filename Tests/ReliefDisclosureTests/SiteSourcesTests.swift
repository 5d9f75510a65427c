import Foundation
import ReliefDisclosure
import XCTest

/// Source notes (`seeds:FIGURE REPORT.txt …` memos) and the `--sources` table of report
/// titles and quotes.
final class SiteSourcesTests: XCTestCase {
  func testASeedsMemoNamesItsFigureReportAndWhetherItIsSynthetic() {
    let synthetic = SourceNote(
      memo: "seeds:NT-01 002_1cce2d1094f438d8.txt SYNTHETIC breakdown 1/12990")
    XCTAssertEqual(synthetic?.figure, "NT-01")
    XCTAssertEqual(synthetic?.report, "002_1cce2d1094f438d8.txt")
    XCTAssertEqual(synthetic?.isSynthetic, true)
    let stated = SourceNote(memo: "seeds:CQ-01 000_9ac814fbf2f07810.txt")
    XCTAssertEqual(stated?.isSynthetic, false)
    XCTAssertNil(SourceNote(memo: "慰问一线职工"))
    XCTAssertNil(SourceNote(memo: "seeds:CQ-01"))
    XCTAssertNil(SourceNote(memo: nil))
  }

  func testTheSourcesFileReadsQuotedFieldsAndNamesTheBadLine() throws {
    let text =
      "\u{FEFF}key,title,quote\r\n"
      + "a.txt,\"标题, 带逗号\",\n"
      + "F-1,,\"他说\"\"好\"\"\"\n"
    let sources = try SiteSources(parsing: text)
    XCTAssertEqual(sources.titles, ["a.txt": "标题, 带逗号"])
    XCTAssertEqual(sources.quotes, ["F-1": "他说\"好\""])
    XCTAssertThrowsError(try SiteSources(parsing: "id,title,quote\n")) { error in
      XCTAssertEqual(
        "\(error)", "sources file line 1: the header must be 'key,title,quote'")
    }
    XCTAssertThrowsError(try SiteSources(parsing: "key,title,quote\nF-1,x\n\"open,x,y\n")) {
      error in
      XCTAssertEqual(
        "\(error)",
        "sources file line 2: expected three fields key,title,quote (quote with \"…\")")
    }
  }

  func testQuotesKeepTheirFiguresButNotNamesOrIdentifiers() {
    let policy = DisclosurePolicy(state: nil)
    XCTAssertEqual(policy.quote("共计2000余人，送上慰问金额约300万元"), "共计2000余人，送上慰问金额约300万元")
    XCTAssertEqual(policy.quote("慰问困难职工张伟一家"), "慰问困难职工张*一家")
    XCTAssertEqual(policy.quote("捐赠人：王小明"), "捐赠人：王*明")
    XCTAssertNil(policy.quote("联系电话13912345678"))
  }

  func testTheShippedSourcesQuoteEachFigureAsFiguresCSVDoes() throws {
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
    let sources = try SiteSources(
      parsing: String(contentsOf: seeds.appendingPathComponent("sources.csv"), encoding: .utf8))
    let figures = try String(
      contentsOf: seeds.appendingPathComponent("figures.csv"), encoding: .utf8)
    let rows = CSVTestReader.rows(figures)
    let header = try XCTUnwrap(rows.first)
    let id = try XCTUnwrap(header.firstIndex(of: "figure_id"))
    let quote = try XCTUnwrap(header.firstIndex(of: "source_quote"))
    let report = try XCTUnwrap(header.firstIndex(of: "source_report"))
    XCTAssertEqual(rows.count - 1, 44)
    for row in rows.dropFirst() {
      XCTAssertEqual(sources.quotes[row[id]], row[quote], row[id])
      XCTAssertNotNil(sources.titles[row[report]], row[report])
    }
    XCTAssertEqual(sources.titles.count, 5)
  }
}
