import ReliefLedger
import XCTest

final class UnifiedSocialCreditCodeTests: XCTestCase {
  private let validCodes = [
    "914403001922038216", "9144030071526726XG", "91110000710925462X", "91440300708461136T",
  ]

  private func error(_ text: String) -> CreditCodeError? {
    caughtError { () throws(CreditCodeError) in try UnifiedSocialCreditCode(validating: text) }
  }

  func testAcceptsPublishedValidCodes() throws {
    for text in validCodes {
      let code = try UnifiedSocialCreditCode(validating: text)
      XCTAssertEqual(code.text, text)
      XCTAssertEqual(code.description, text)
    }
  }

  func testCheckCharacterMatchesPublishedCodes() {
    for text in validCodes {
      XCTAssertEqual(
        UnifiedSocialCreditCode.checkCharacter(forFirst17: String(text.prefix(17))), text.last)
    }
  }

  func testCheckCharacterOfAllZerosIsZero() {
    let zeros = String(repeating: "0", count: 17)
    XCTAssertEqual(UnifiedSocialCreditCode.checkCharacter(forFirst17: zeros), "0")
  }

  func testCheckCharacterRejectsBadInput() {
    XCTAssertNil(UnifiedSocialCreditCode.checkCharacter(forFirst17: "9144030019220382"))
    XCTAssertNil(UnifiedSocialCreditCode.checkCharacter(forFirst17: "914403001922038216"))
    XCTAssertNil(UnifiedSocialCreditCode.checkCharacter(forFirst17: "9144030071526726x"))
    XCTAssertNil(UnifiedSocialCreditCode.checkCharacter(forFirst17: "91440300192203821O"))
    XCTAssertNil(UnifiedSocialCreditCode.checkCharacter(forFirst17: ""))
  }

  func testRejectsWrongCheckCharacter() {
    XCTAssertEqual(
      error("914403001922038217"), .checkCharacterMismatch(expected: "6", found: "7"))
  }

  func testRejectsWrongLength() {
    XCTAssertEqual(error(""), .wrongLength(0))
    XCTAssertEqual(error("91440300192203821"), .wrongLength(17))
    XCTAssertEqual(error("9144030019220382166"), .wrongLength(19))
    XCTAssertEqual(error(" 914403001922038216"), .wrongLength(19))
  }

  func testRejectsLowercaseLetters() {
    XCTAssertEqual(error("9144030071526726xG"), .invalidCharacter("x", position: 17))
    XCTAssertEqual(error("9144030071526726Xg"), .invalidCharacter("g", position: 18))
  }

  func testRejectsLettersOutsideAlphabet() {
    for letter: Character in ["I", "O", "Z", "S", "V"] {
      let text = "91440300192203821" + String(letter)
      XCTAssertEqual(error(text), .invalidCharacter(letter, position: 18))
    }
  }

  func testRejectsOtherCharactersWithOneBasedPosition() {
    XCTAssertEqual(error(" 14403001922038216"), .invalidCharacter(" ", position: 1))
    XCTAssertEqual(error("9144030019220-8216"), .invalidCharacter("-", position: 14))
    XCTAssertEqual(error("91440300192203821６"), .invalidCharacter("６", position: 18))
    XCTAssertEqual(error("9144030019220382\u{0}6"), .invalidCharacter("\u{0}", position: 17))
  }

  func testDetectsEverySingleCharacterSubstitution() {
    let alphabet = Array(UnifiedSocialCreditCode.alphabet)
    for text in validCodes {
      let original = Array(text)
      for position in original.indices {
        for replacement in alphabet where replacement != original[position] {
          var changed = original
          changed[position] = replacement
          XCTAssertNotNil(error(String(changed)), String(changed))
        }
      }
    }
  }

  func testDetectsAdjacentTranspositionsInFirst17() {
    for text in validCodes {
      let original = Array(text)
      for position in 0..<16 where original[position] != original[position + 1] {
        var changed = original
        changed.swapAt(position, position + 1)
        XCTAssertNotNil(error(String(changed)), String(changed))
      }
    }
  }

  func testCodesAreEqualByText() throws {
    let first = try UnifiedSocialCreditCode(validating: validCodes[0])
    let again = try UnifiedSocialCreditCode(validating: validCodes[0])
    let other = try UnifiedSocialCreditCode(validating: validCodes[1])
    XCTAssertEqual(first, again)
    XCTAssertNotEqual(first, other)
    XCTAssertEqual(Set([first, again, other]).count, 2)
  }

  func testMessagesSayWhatToDo() {
    XCTAssertEqual(
      error("914403001922038217")?.description,
      "unified social credit code fails its check: the last character is \"7\" but the "
        + "first 17 characters call for \"6\"; the code is probably mistyped, so compare "
        + "every character with the business licence")
    XCTAssertEqual(
      error("91440300192203821")?.description,
      "a unified social credit code has 18 characters, but this one has 17; "
        + "copy it again from the business licence, without spaces")
    XCTAssertEqual(
      error("9144030071526726xG")?.description,
      "a unified social credit code cannot contain \"x\" (position 17); "
        + "letters must be uppercase: write \"X\"")
    XCTAssertTrue(error("91440300192203821O")?.description.contains("O is 0") ?? false)
    XCTAssertTrue(error("91440300192203821o")?.description.contains("O is 0") ?? false)
    XCTAssertTrue(error("91440300192203821ß")?.description.contains("only digits") ?? false)
  }
}
