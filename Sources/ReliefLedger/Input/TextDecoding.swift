import ReliefText

/// Decides or checks the encoding of a file's bytes and produces its UTF-8 text.
enum TextDecoding {
  private static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The file's text, or nil after adding to `issues` why it cannot be read as text.
  static func decode(
    _ bytes: [UInt8], format: InputFormat, encoding: TextEncoding?, limits: ReadLimits,
    issues: inout IssueCollector
  ) -> DecodedText? {
    guard bytes.count <= limits.fileSizeBytesMax else {
      issues.add(
        line: nil,
        Text.current(
          .readFileTooLarge,
          ["size": String(bytes.count), "limit": String(limits.fileSizeBytesMax)]))
      return nil
    }
    let bodyStart = bytes.starts(with: utf8ByteOrderMark) ? utf8ByteOrderMark.count : 0
    let found = bytes.withUnsafeBufferPointer { file in
      decode(
        file: file, bodyStart: bodyStart, format: format, encoding: encoding,
        issues: &issues)
    }
    switch found {
    case nil:
      return nil
    case .utf8?:
      return DecodedText(storage: bytes, range: bodyStart..<bytes.count, encoding: .utf8)
    case .gb18030(let converted)?:
      let start = converted.starts(with: utf8ByteOrderMark) ? utf8ByteOrderMark.count : 0
      return DecodedText(storage: converted, range: start..<converted.count, encoding: .gb18030)
    }
  }

  private enum Found {
    case utf8
    case gb18030([UInt8])
  }

  private static func decode(
    file: UnsafeBufferPointer<UInt8>, bodyStart: Int, format: InputFormat,
    encoding: TextEncoding?, issues: inout IssueCollector
  ) -> Found? {
    guard rejectNulBytes(in: file, issues: &issues) else { return nil }
    let body = UnsafeBufferPointer(rebasing: file[bodyStart...])
    switch (format, encoding) {
    case (.jsonLines, .gb18030?):
      issues.add(line: nil, Text.current(.textGB18030NotForJSONLines))
      return nil
    case (.jsonLines, _):
      guard let invalid = UTF8Validation.firstInvalidIndex(in: body) else { return .utf8 }
      reportInvalidUTF8(
        at: bodyStart + invalid, in: file,
        advice: .textAdviceJSONLinesUTF8, issues: &issues)
      return nil
    case (.csv, .utf8?):
      guard let invalid = UTF8Validation.firstInvalidIndex(in: body) else { return .utf8 }
      reportInvalidUTF8(
        at: bodyStart + invalid, in: file,
        advice: .textAdviceTryGB18030,
        issues: &issues)
      return nil
    case (.csv, .gb18030?):
      return convertGB18030(file: file, bodyStart: bodyStart, issues: &issues)
    case (.csv, nil):
      guard let invalid = UTF8Validation.firstInvalidIndex(in: body) else { return .utf8 }
      var ignored = IssueCollector(file: issues.file, countMax: 1)
      if let found = convertGB18030(file: file, bodyStart: bodyStart, issues: &ignored) {
        return found
      }
      reportInvalidUTF8(
        at: bodyStart + invalid, in: file,
        advice: .textAdviceNotGB18030Either,
        issues: &issues)
      return nil
    }
  }

  /// Adds one issue per line holding a NUL byte; true when there is none.
  private static func rejectNulBytes(
    in file: UnsafeBufferPointer<UInt8>, issues: inout IssueCollector
  ) -> Bool {
    var line = 1
    var reportedLine = 0
    for index in file.indices {
      let byte = file[index]
      if byte == ASCII.lineFeed {
        line += 1
      } else if byte == ASCII.nul && reportedLine != line {
        reportedLine = line
        issues.add(
          line: line,
          Text.current(.textNulByte, ["offset": String(index)]))
      }
    }
    return reportedLine == 0
  }

  private static func reportInvalidUTF8(
    at index: Int, in file: UnsafeBufferPointer<UInt8>, advice: MessageID,
    issues: inout IssueCollector
  ) {
    let line = ByteLocation.line(of: index, in: file)
    let bytes = ByteLocation.hex(at: index, in: file)
    issues.add(
      line: line,
      Text.current(
        .textInvalidUTF8,
        ["offset": String(index), "bytes": bytes, "advice": Text.current(advice)]))
  }

  private static func convertGB18030(
    file: UnsafeBufferPointer<UInt8>, bodyStart: Int, issues: inout IssueCollector
  ) -> Found? {
    let body = UnsafeBufferPointer(rebasing: file[bodyStart...])
    switch GB18030Conversion.utf8(from: body) {
    case .success(let converted):
      // iconv should only produce valid UTF-8; checked because the parsers rely on it.
      let valid = converted.withUnsafeBufferPointer {
        UTF8Validation.firstInvalidIndex(in: $0) == nil
      }
      guard valid else {
        issues.add(line: nil, Text.current(.textGB18030ConversionInvalid))
        return nil
      }
      return .gb18030(converted)
    case .failure(.invalidSequence(let index)):
      let offset = bodyStart + index
      let line = ByteLocation.line(of: offset, in: file)
      let bytes = ByteLocation.hex(at: offset, in: file)
      issues.add(
        line: line, Text.current(.textInvalidGB18030, ["offset": String(offset), "bytes": bytes]))
      return nil
    case .failure(.truncatedSequence(let index)):
      let offset = bodyStart + index
      let line = ByteLocation.line(of: offset, in: file)
      issues.add(
        line: line,
        Text.current(.textTruncatedGB18030, ["offset": String(offset)]))
      return nil
    case .failure(.converterUnavailable):
      issues.add(line: nil, Text.current(.textNoGB18030Converter))
      return nil
    }
  }
}
