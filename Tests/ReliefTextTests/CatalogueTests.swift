import XCTest

@testable import ReliefText

/// The catalogue holds every message in both languages with the same placeholders, and the
/// language is chosen as documented.
final class CatalogueTests: XCTestCase {
  func testEveryMessageHasBothLanguagesAndTheSamePlaceholders() {
    XCTAssertEqual(MessageID.allCases.count, 982)
    for id in MessageID.allCases {
      let template = Catalogue.template(id)
      XCTAssertEqual(Catalogue.holders(of: id), 1, id.rawValue)
      XCTAssertFalse(template.en.isEmpty, id.rawValue)
      XCTAssertFalse(template.zh.isEmpty, id.rawValue)
      XCTAssertEqual(
        Text.placeholders(template.en).sorted(), Text.placeholders(template.zh).sorted(),
        id.rawValue)
      // The Chinese is Chinese: it holds at least one Han character.
      XCTAssertTrue(
        template.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, id.rawValue)
    }
  }

  func testPlaceholdersAreFilled() {
    let values = ["count": "3", "seqs": "序号 6–8", "commit": "9"]
    XCTAssertEqual(Text(.zh)(.appendedMany, values), "已记入 3 笔（序号 6–8），由序号 9 提交")
    XCTAssertEqual(
      Text(.en)(.appendedMany, ["count": "3", "seqs": "seqs 6–8", "commit": "9"]),
      "appended 3 entries as seqs 6–8, committed by seq 9")
  }

  func testTheLanguageFollowsTheFlagThenRELIEFLANGThenTheLocale() throws {
    XCTAssertEqual(try Language.chosen(flag: "zh", environment: ["RELIEF_LANG": "en"]), .zh)
    XCTAssertEqual(try Language.chosen(flag: nil, environment: ["RELIEF_LANG": "zh"]), .zh)
    XCTAssertEqual(
      try Language.chosen(flag: nil, environment: ["RELIEF_LANG": "en", "LANG": "zh_CN.UTF-8"]),
      .en)
    XCTAssertEqual(try Language.chosen(flag: nil, environment: ["LANG": "zh_CN.UTF-8"]), .zh)
    XCTAssertEqual(try Language.chosen(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .en)
    XCTAssertEqual(
      try Language.chosen(
        flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN", "LANG": "zh_CN"]
      ), .en)
    XCTAssertEqual(
      try Language.chosen(flag: nil, environment: ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"]),
      .zh)
    XCTAssertEqual(
      try Language.chosen(flag: nil, environment: ["LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"]),
      .zh)
    XCTAssertEqual(
      try Language.chosen(flag: nil, environment: ["LANGUAGE": "zh_CN", "LANG": "C"]), .en)
    XCTAssertEqual(try Language.chosen(flag: nil, environment: [:]), .en)
    XCTAssertThrowsError(try Language.chosen(flag: "fr", environment: [:])) { error in
      XCTAssertEqual("\(error)", "--lang 'fr' is not zh or en（--lang 只能是 zh（中文）或 en（英文））")
    }
  }
}
