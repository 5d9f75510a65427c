import XCTest

@testable import ReliefLedger

final class InputJSONLinesRejectionTests: XCTestCase {
  private func assertRejects(
    _ line: String, _ expected: [InputIssue], file: StaticString = #filePath,
    line number: UInt = #line
  ) {
    XCTAssertEqual(
      InputTest.jsonIssues(line, file: file, line: number), expected,
      file: file, line: number)
  }

  private func issue(_ field: String?, _ reason: String) -> InputIssue {
    InputTest.jsonIssue(1, field, reason)
  }

  func testJSONLinesRejectsFractionForStringField() {
    assertRejects(
      #"{"kind":"x","amount":12.50}"#,
      [
        issue("amount", "amount must be a string like \"12.50\", not a JSON number")
      ])
  }

  func testJSONLinesRejectsIntegerForStringField() {
    assertRejects(
      #"{"kind":"x","amount":12}"#,
      [
        issue("amount", "amount must be a string like \"12\", not a JSON number")
      ])
  }

  func testJSONLinesRejectsExponent() {
    assertRejects(
      #"{"kind":"x","amount":1.2e3}"#,
      [
        issue("amount", "amount must be a string, not a JSON number")
      ])
  }

  func testJSONLinesRejectsFractionForIntegerField() {
    assertRejects(
      #"{"kind":"x","headcount":2.5,"reverses":1E2}"#,
      [
        issue("headcount", "headcount must be an integer, not 2.5"),
        issue("reverses", "reverses must be an integer, not 1E2"),
      ])
  }

  func testJSONLinesRejectsLongNumbersWithoutQuotingThem() {
    let digits = String(repeating: "1", count: 40)
    assertRejects(
      #"{"kind":"x","amount":\#(digits),"headcount":\#(digits).5}"#,
      [
        issue("amount", "amount must be a string, not a JSON number"),
        issue("headcount", "headcount must be an integer, not a fraction or exponent"),
      ])
  }

  func testJSONLinesRejectsBoolean() {
    assertRejects(
      #"{"kind":true,"headcount":false}"#,
      [
        issue("kind", "kind must be a string, not a JSON boolean"),
        issue("headcount", "headcount must be a string or an integer, not a JSON boolean"),
      ])
  }

  func testJSONLinesRejectsArray() {
    assertRejects(
      #"{"kind":"x","note":["a",{"b":[1,2.5e1,null]},[]]}"#,
      [
        issue("note", "note must be a string, not a JSON array")
      ])
  }

  func testJSONLinesRejectsNestedObject() {
    assertRejects(
      #"{"kind":"x","union":{"name":"南通","id":{}}}"#,
      [
        issue("union", "union must be a string, not a JSON object")
      ])
  }

  func testJSONLinesRejectsDuplicateKey() {
    assertRejects(#"{"kind":"x","note":"a","note":"b"}"#, [issue("note", "duplicate key")])
  }

  func testJSONLinesRejectsDuplicateKeySpelledWithEscape() {
    assertRejects(#"{"kind":"x","kin\u0064":"y"}"#, [issue("kind", "duplicate key")])
  }

  func testJSONLinesRejectsUnknownKey() {
    assertRejects(
      #"{"kind":"x","amout":"1"}"#,
      [
        issue("amout", "unknown key; known keys: \(InputTest.knownList)")
      ])
  }

  func testJSONLinesRejectsMissingRequiredKey() {
    assertRejects(#"{"amount":"1"}"#, [issue(nil, "missing required key 'kind'")])
  }

  func testJSONLinesRejectsTrailingGarbage() {
    assertRejects(
      #"{"kind":"x"} {"#,
      [
        issue(nil, "unexpected text after the JSON object at column 14")
      ])
  }

  func testJSONLinesRejectsInvalidEscape() {
    assertRejects(
      #"{"kind":"x","note":"a\qb"}"#,
      [
        issue("note", "invalid escape: backslash before 'q' at column 22")
      ])
  }

  func testJSONLinesRejectsShortUnicodeEscape() {
    assertRejects(
      #"{"kind":"x","note":"\u12G4"}"#,
      [
        issue(
          "note",
          "invalid escape at column 21: \\u must be followed by four hexadecimal "
            + "digits")
      ])
  }

  func testJSONLinesRejectsLoneHighSurrogate() {
    assertRejects(
      #"{"kind":"x","note":"a\ud83dz"}"#,
      [
        issue(
          "note",
          "lone surrogate \\uD83D at column 22; a character above U+FFFF needs a "
            + "high and a low surrogate, e.g. \\uD83D\\uDE00")
      ])
  }

  func testJSONLinesRejectsLoneLowSurrogate() {
    assertRejects(
      #"{"kind":"x","note":"\uDE00"}"#,
      [
        issue(
          "note",
          "lone surrogate \\uDE00 at column 21; a character above U+FFFF needs a "
            + "high and a low surrogate, e.g. \\uD83D\\uDE00")
      ])
  }

  func testJSONLinesRejectsHighSurrogateFollowedByHighSurrogate() {
    let reason = { (unit: String, column: Int) in
      "lone surrogate \\u\(unit) at column \(column); a character above U+FFFF needs a high "
        + "and a low surrogate, e.g. \\uD83D\\uDE00"
    }
    assertRejects(
      #"{"kind":"x","note":"\uD83D\uD83D"}"#,
      [
        issue("note", reason("D83D", 21)), issue("note", reason("D83D", 27)),
      ])
  }

  func testJSONLinesRejectsEscapedNul() {
    assertRejects(
      #"{"kind":"x","note":"a\u0000"}"#,
      [
        issue("note", "\\u0000 (NUL) at column 22 is not allowed")
      ])
  }

  func testJSONLinesRejectsRawControlCharacter() {
    assertRejects(
      "{\"kind\":\"x\",\"note\":\"a\tb\"}",
      [
        issue(
          "note",
          "control character U+0009 in a string at column 22; write it as an "
            + "escape such as \\n")
      ])
  }

  func testJSONLinesRejectsInvalidNumber() {
    assertRejects(
      #"{"kind":"x","headcount":01,"reverses":-}"#,
      [
        issue("headcount", "invalid JSON number '01' at column 25"),
        issue("reverses", "invalid JSON number '-' at column 39"),
      ])
  }

  func testJSONLinesRejectsLineThatIsNotAnObject() {
    assertRejects(
      #"["kind","x"]"#,
      [
        issue(nil, "expected a JSON object starting with '{' at column 1, found '['")
      ])
  }

  func testJSONLinesNamesInvisibleCharactersByCodePoint() {
    // Only a byte order mark at the start of the file is stripped.
    XCTAssertEqual(
      InputTest.jsonIssues("{\"kind\":\"x\"}\n\u{FEFF}{\"kind\":\"x\"}"),
      [
        InputTest.jsonIssue(
          2, nil,
          "expected a JSON object starting with '{' at column 1, "
            + "found U+FEFF")
      ])
    assertRejects(
      "{\"kind\":\u{3000}\"x\"}",
      [
        issue("kind", "expected a value at column 9, found U+3000")
      ])
  }

  func testJSONLinesRejectsUnterminatedString() {
    assertRejects(
      #"{"kind":"x","note":"abc}"#,
      [
        issue("note", "string starting at column 20 is never closed")
      ])
  }

  func testJSONLinesRejectsUnclosedObject() {
    assertRejects(#"{"kind":"x""#, [issue(nil, "expected ',' or '}', found the end of the line")])
  }

  func testJSONLinesRejectsTrailingComma() {
    assertRejects(#"{"kind":"x",}"#, [issue(nil, "trailing comma before '}' at column 13")])
  }

  func testJSONLinesRejectsMissingColon() {
    assertRejects(
      #"{"kind" "x"}"#,
      [
        issue("kind", "expected ':' after a key at column 9, found '\"'")
      ])
  }

  func testJSONLinesRejectsBareWord() {
    assertRejects(
      #"{"kind":grant}"#,
      [
        issue("kind", "expected a value at column 9, found 'g'")
      ])
  }

  func testJSONLinesRejectsTruncatedLiteral() {
    assertRejects(#"{"kind":nul}"#, [issue("kind", "expected a value at column 9, found 'n'")])
  }

  func testJSONLinesRejectsUnclosedNestedArray() {
    assertRejects(
      #"{"kind":"x","note":[1,[2}"#,
      [
        issue("note", "expected ',' or ']' at column 25, found '}'")
      ])
  }

  func testJSONLinesRejectsDeepNesting() {
    let depth = InputLimits.jsonDepthMax + 1
    let text =
      #"{"kind":"x","note":"# + String(repeating: "[", count: depth)
      + String(repeating: "]", count: depth) + "}"
    assertRejects(
      text,
      [
        issue("note", "arrays and objects nested more than 64 deep at column 84")
      ])
  }

  func testJSONLinesCollectsIssuesFromEveryLine() {
    let text =
      #"{"kind":"x","amount":1.5}"# + "\n\n" + #"{"kind":"x","bogus":"1"}"# + "\r\n"
      + #"{"note":"x"} ,"# + "\n" + #"{"kind":"x"}"# + "\n" + "[\n"
    XCTAssertEqual(
      InputTest.jsonIssues(text),
      [
        InputTest.jsonIssue(1, "amount", "amount must be a string like \"1.5\", not a JSON number"),
        InputTest.jsonIssue(3, "bogus", "unknown key; known keys: \(InputTest.knownList)"),
        InputTest.jsonIssue(4, nil, "unexpected text after the JSON object at column 14"),
        InputTest.jsonIssue(4, nil, "missing required key 'kind'"),
        InputTest.jsonIssue(
          6, nil,
          "expected a JSON object starting with '{' at column 1, "
            + "found '['"),
      ])
  }

  func testJSONLinesRejectsMoreRowsThanTheLimit() {
    var limits = ReadLimits.standard
    limits.rowCountMax = 1
    let text = #"{"kind":"x"}"# + "\n\n" + #"{"kind":"y"}"# + "\n"
    XCTAssertEqual(
      InputTest.jsonIssues(text, limits: limits),
      [
        InputTest.jsonIssue(3, nil, "more than 1 rows; split the file into smaller batches")
      ])
  }
}
