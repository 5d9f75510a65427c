import ReliefLedger
import XCTest

/// The one recogniser of people's identifiers: each spelling of issue 15's list, and what
/// must pass (credit codes, dates, amounts).
final class IdentifierScreenTests: XCTestCase {
  func testFindsEachSpellingWithItsKindAndMask() {
    let cases: [(String, IdentifierScreen.Kind, String)] = [
      ("１３８１２３４５６７８", .mobileNumber, "138******78"),
      ("110101 19900307 4514", .idNumber, "110*************14"),
      ("ID:110101-19900307-4514", .idNumber, "110*************14"),
      ("138.1234.5678", .mobileNumber, "138******78"),
      ("卡号6222 0212 3456 7890 123", .bankCard, "622**************23"),
      ("身份证11010119900307451X号", .idNumber, "110*************1X"),
      ("老号码110101900307451", .idNumber, "110**********51"),
      ("电话+86 138 1234 5678", .mobileNumber, "861********78"),
    ]
    for (text, kind, masked) in cases {
      let finding = IdentifierScreen.find(in: text)
      XCTAssertEqual(finding?.kind, kind, text)
      XCTAssertEqual(finding?.masked, masked, text)
    }
  }

  func testFindsDigitsHiddenByInvisibleCharactersOtherScriptsAndWiderGaps() {
    let cases: [(String, IdentifierScreen.Kind, String)] = [
      ("138\u{200B}1234\u{200B}5678", .mobileNumber, "138******78"),
      ("1\u{FEFF}3\u{00AD}8\u{2060}12345678", .mobileNumber, "138******78"),
      ("一三八一二三四五六七八", .mobileNumber, "138******78"),
      ("١٣٨١٢٣٤٥٦٧٨", .mobileNumber, "138******78"),
      ("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", .mobileNumber, "138******78"),
      ("138 - 1234 - 5678", .mobileNumber, "138******78"),
      ("（138）1234-5678", .mobileNumber, "138******78"),
      ("6222\u{3000}0212\u{3000}3456\u{3000}7890", .bankCard, "622***********90"),
      ("１１０１０１１９９００３０７４５１４", .idNumber, "110*************14"),
    ]
    for (text, kind, masked) in cases {
      let finding = IdentifierScreen.find(in: text)
      XCTAssertEqual(finding?.kind, kind, text)
      XCTAssertEqual(finding?.masked, masked, text)
    }
  }

  func testLetsPublicNumbersPass() {
    for text in [
      "9144030071526726XG", "91440300708461136T", "2020-01-01 2020-12-31", "1987万元",
      "19870000.00", "0791-12345678", "12990家企业", "12345678901", "第一批", "二〇二二年三月",
      "2022-01-01 2022-12-31", "共3笔 12/12990", "QD-13 004_049093ddc", "13/004/049093",
    ] {
      XCTAssertNil(IdentifierScreen.find(in: text), text)
    }
  }

  func testMasksAsTheJournalsPayee() {
    XCTAssertEqual(PersonName.masked("张三丰"), "张*丰")
    XCTAssertEqual(PersonName.masked("李四"), "李*")
    XCTAssertEqual(PersonName.masked("欧阳娜娜"), "欧**娜")
    XCTAssertTrue(PersonName.isMasked("欧**娜"))
    XCTAssertFalse(PersonName.isMasked("张三丰"))
  }

  func testCommitmentIsSHA256OfTheDocumentedEncoding() {
    let salt = [UInt8](0..<16)
    XCTAssertEqual(
      String(
        decoding: PayeeCommitment.message(
          salt: salt, name: "张三丰", idNumber: "110101199003074514"), as: UTF8.self),
      "relief-payee/v1\n000102030405060708090a0b0c0d0e0f\n张三丰\n110101199003074514\n")
    XCTAssertEqual(
      PayeeCommitment.hex(salt: salt, name: "张三丰", idNumber: "110101199003074514"),
      "c6372a3210958808458106d383dfd21f59bea64fc21c2ba9d6004a8e51c915ad")
  }
}
