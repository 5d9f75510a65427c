import XCTest

@testable import ReliefLedger

/// Shared schema, readers and issue builders for the input tests.
enum InputTest {
  static let schema = InputSchema(
    knownFields: ["kind", "date", "union", "member", "amount", "headcount", "reverses", "note"],
    requiredFields: ["kind"],
    integerFields: ["headcount", "reverses"])

  static let knownList = "kind, date, union, member, amount, headcount, reverses, note"

  static func read(
    _ bytes: [UInt8], format: InputFormat = .csv, encoding: TextEncoding? = nil,
    fileName: String = "batch.csv", limits: ReadLimits = .standard
  ) throws(InputIssues) -> InputFile {
    try InputReader.read(
      bytes: bytes, fileName: fileName, format: format,
      encoding: encoding, schema: schema, limits: limits)
  }

  /// The rows of a CSV text that must be accepted.
  static func csvRows(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) -> [InputRow] {
    accepted(Array(text.utf8), format: .csv, file: file, line: line)?.rows ?? []
  }

  /// The rows of a JSON Lines text that must be accepted.
  static func jsonRows(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) -> [InputRow] {
    accepted(Array(text.utf8), format: .jsonLines, file: file, line: line)?.rows ?? []
  }

  static func accepted(
    _ bytes: [UInt8], format: InputFormat, encoding: TextEncoding? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) -> InputFile? {
    let fileName = format == .csv ? "batch.csv" : "batch.jsonl"
    do {
      return try read(bytes, format: format, encoding: encoding, fileName: fileName)
    } catch {
      XCTFail("unexpected issues:\n\(error)", file: file, line: line)
      return nil
    }
  }

  /// The issues of input that must be rejected; the file is named `batch.csv` or
  /// `batch.jsonl` after the format.
  static func issues(
    _ bytes: [UInt8], format: InputFormat = .csv, encoding: TextEncoding? = nil,
    limits: ReadLimits = .standard, file: StaticString = #filePath, line: UInt = #line
  ) -> [InputIssue] {
    let fileName = format == .csv ? "batch.csv" : "batch.jsonl"
    do {
      let result = try read(
        bytes, format: format, encoding: encoding, fileName: fileName,
        limits: limits)
      XCTFail("accepted input that should be rejected: \(result.rows)", file: file, line: line)
      return []
    } catch {
      return error.issues
    }
  }

  static func csvIssues(
    _ text: String, limits: ReadLimits = .standard, file: StaticString = #filePath,
    line: UInt = #line
  ) -> [InputIssue] {
    issues(Array(text.utf8), format: .csv, limits: limits, file: file, line: line)
  }

  static func jsonIssues(
    _ text: String, limits: ReadLimits = .standard, file: StaticString = #filePath,
    line: UInt = #line
  ) -> [InputIssue] {
    issues(Array(text.utf8), format: .jsonLines, limits: limits, file: file, line: line)
  }

  static func csvIssue(_ line: Int?, _ field: String?, _ reason: String) -> InputIssue {
    InputIssue(file: "batch.csv", line: line, field: field, reason: reason)
  }

  static func jsonIssue(_ line: Int?, _ field: String?, _ reason: String) -> InputIssue {
    InputIssue(file: "batch.jsonl", line: line, field: field, reason: reason)
  }
}
