import XCTest

@testable import ReliefLedger

/// Codes are held as two numbers: their text, bytes, order and equality are the text's.
final class CreditCodePackingTests: XCTestCase {
  func testPackedCodesKeepTheirTextOrderAndEquality() throws {
    var random = SeededGenerator(seed: 31)
    let alphabet = Array(UnifiedSocialCreditCode.alphabet)
    var codes: [UnifiedSocialCreditCode] = []
    for _ in 0..<2_000 {
      let first17 = String((0..<17).map { _ in alphabet[Int.random(in: 0..<31, using: &random)] })
      let check = try XCTUnwrap(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17))
      let text = first17 + String(check)
      let code = try UnifiedSocialCreditCode(validating: text)
      XCTAssertEqual(code.text, text)
      XCTAssertEqual(code.asciiBytes, Array(text.utf8))
      let fromBytes = code.asciiBytes.withUnsafeBytes { UnifiedSocialCreditCode(asciiBytes: $0) }
      XCTAssertEqual(fromBytes, code)
      XCTAssertEqual(fromBytes?.hashValue, code.hashValue)
      codes.append(code)
    }
    let byKey = codes.sorted { $0.sortKey < $1.sortKey }.map(\.text)
    XCTAssertEqual(byKey, codes.map(\.text).sorted())
    for text in [codeA, codeB, codeC, "000000000000000000", "YYYYYYYYYYYYYYYYY" + "0"] {
      guard let code = try? UnifiedSocialCreditCode(validating: text) else { continue }
      XCTAssertEqual(code.text, text)
    }
    XCTAssertEqual(try UnifiedSocialCreditCode(validating: codeA).text, codeA)
    XCTAssertNotEqual(
      try UnifiedSocialCreditCode(validating: codeA), try UnifiedSocialCreditCode(validating: codeB)
    )
  }
}
