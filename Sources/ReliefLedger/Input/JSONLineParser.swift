import ReliefText

/// Reads the one JSON object on a JSON Lines line into string fields, reporting every
/// problem it can recover from and stopping at the first syntax error it cannot.
///
/// Works on the line's bytes, which must be valid UTF-8; O(n) in the line's size.
/// Nested values are skipped with an explicit stack, never by recursion.
struct JSONLineParser {
  /// What a parser needs to know about the fields; built once per file.
  struct Context {
    let schema: InputSchema
    let knownFields: Set<String>
    let knownFieldList: String
    let limits: ReadLimits

    init(schema: InputSchema, limits: ReadLimits) {
      self.schema = schema
      knownFields = Set(schema.knownFields)
      knownFieldList = schema.knownFields.joined(separator: ", ")
      self.limits = limits
    }
  }

  let text: UnsafeBufferPointer<UInt8>
  let line: Int
  let context: Context
  var index = 0
  var scratch: BoundedBuffer

  init(text: UnsafeBufferPointer<UInt8>, line: Int, context: Context) {
    self.text = text
    self.line = line
    self.context = context
    scratch = BoundedBuffer(sizeBytesMax: context.limits.fieldSizeBytesMax)
  }

  /// The fields of the line's object; problems go to `issues`.
  mutating func parse(issues: inout IssueCollector) -> [String: String] {
    var fields: [String: String] = [:]
    do throws(JSONSyntaxError) {
      try parseObject(into: &fields, issues: &issues)
    } catch {
      issues.add(line: line, field: error.field, error.reason)
    }
    return fields
  }

  private mutating func parseObject(
    into fields: inout [String: String], issues: inout IssueCollector
  ) throws(JSONSyntaxError) {
    skipWhitespace()
    guard peek() == ASCII.leftBrace else {
      throw unexpected(.jsonExpectedObject, field: nil)
    }
    index += 1
    var seen: Set<String> = []
    skipWhitespace()
    if peek() == ASCII.rightBrace {
      index += 1
    } else {
      try parseMembers(into: &fields, seen: &seen, issues: &issues)
    }
    skipWhitespace()
    if index < text.count {
      issues.add(line: line, Text.current(.jsonTextAfterObject, ["column": String(column())]))
    }
    for required in context.schema.requiredFields where !seen.contains(required) {
      issues.add(line: line, Text.current(.jsonMissingKey, ["key": required]))
    }
  }

  /// Reads `"key": value` pairs up to and including the closing brace.
  private mutating func parseMembers(
    into fields: inout [String: String], seen: inout Set<String>,
    issues: inout IssueCollector
  ) throws(JSONSyntaxError) {
    while true {
      skipWhitespace()
      guard peek() == ASCII.quote else {
        throw unexpected(.jsonExpectedKey, field: nil)
      }
      let key = try parseString(field: nil, issues: &issues)
      skipWhitespace()
      guard peek() == ASCII.colon else {
        throw unexpected(.jsonExpectedColon, field: key)
      }
      index += 1
      skipWhitespace()
      let value = try parseValue(field: key, issues: &issues)
      if let key {
        accept(key: key, value: value, fields: &fields, seen: &seen, issues: &issues)
      }
      skipWhitespace()
      if peek() == ASCII.comma {
        index += 1
        skipWhitespace()
        if peek() == ASCII.rightBrace {
          throw JSONSyntaxError(
            field: nil,
            reason: Text.current(.jsonTrailingComma, ["column": String(column())]))
        }
        continue
      }
      guard peek() == ASCII.rightBrace else {
        throw unexpected(.jsonExpectedCommaOr, ["closing": "'}'"], field: nil)
      }
      index += 1
      return
    }
  }

  /// Checks one member against the schema and keeps its value when it is acceptable.
  private func accept(
    key: String, value: InputJSONValue, fields: inout [String: String], seen: inout Set<String>,
    issues: inout IssueCollector
  ) {
    guard seen.insert(key).inserted else {
      issues.add(line: line, field: key, Text.current(.jsonDuplicateKey))
      return
    }
    guard context.knownFields.contains(key) else {
      issues.add(
        line: line, field: key, Text.current(.jsonUnknownKey, ["known": context.knownFieldList]))
      return
    }
    let mayBeInteger = context.schema.integerFields.contains(key)
    switch value {
    case .string(let text?):
      if !text.isEmpty { fields[key] = text }
    case .string(nil), .null, .invalidNumber:
      break
    case .integer(let text) where mayBeInteger:
      guard text.utf8.count <= context.limits.fieldSizeBytesMax else {
        issues.add(line: line, field: key, sizeReason(text.utf8.count))
        return
      }
      fields[key] = text
    case .integer(let text), .numberWithFractionOrExponent(let text):
      issues.add(
        line: line, field: key,
        numberReason(
          key: key, text: text,
          mayBeInteger: mayBeInteger))
    case .boolean:
      issues.add(line: line, field: key, typeReason(.jsonNotBoolean, key, mayBeInteger))
    case .array:
      issues.add(line: line, field: key, typeReason(.jsonNotArray, key, mayBeInteger))
    case .object:
      issues.add(line: line, field: key, typeReason(.jsonNotObject, key, mayBeInteger))
    }
  }

  /// Why a number is refused, quoting it where it is short enough to read.
  private func numberReason(key: String, text: String, mayBeInteger: Bool) -> String {
    let isShort = text.utf8.count <= Self.quotedNumberSizeBytesMax
    if mayBeInteger {
      let shown = isShort ? text : Text.current(.jsonFractionOrExponent)
      return Text.current(.jsonMustBeInteger, ["key": key, "text": shown])
    }
    let hasExponent = text.utf8.contains { $0 == 0x65 || $0 == 0x45 }
    guard isShort && !hasExponent else {
      return Text.current(.jsonStringNotNumber, ["key": key])
    }
    return Text.current(.jsonStringLikeNotNumber, ["key": key, "text": text])
  }

  /// Why `key` cannot hold a JSON value of the kind `id` names.
  private func typeReason(_ id: MessageID, _ key: String, _ mayBeInteger: Bool) -> String {
    let expected = Text.current(mayBeInteger ? .jsonAStringOrInteger : .jsonAString)
    return Text.current(id, ["key": key, "expected": expected])
  }

  /// Longer numbers are not repeated in messages, which must stay readable.
  private static let quotedNumberSizeBytesMax = 32

  /// Why a value is refused for its size.
  func sizeReason(_ sizeBytes: Int) -> String {
    Text.current(
      .readValueTooLong,
      ["size": String(sizeBytes), "limit": String(context.limits.fieldSizeBytesMax)])
  }
}
