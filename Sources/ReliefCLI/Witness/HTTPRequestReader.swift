import Foundation

/// Reads HTTP/1.1 requests from a connection's bytes, within `HTTPLimits`.
struct HTTPRequestReader {
  let limits: HTTPLimits
  /// Bytes read but not yet used (the start of a pipelined request).
  private var buffer: [UInt8] = []

  init(limits: HTTPLimits) {
    self.limits = limits
  }

  /// The next request, reading with `read` (which returns no bytes at end of stream);
  /// nil when the peer closed between requests; a response to send before closing when the
  /// request is refused.
  mutating func next(
    _ read: () -> [UInt8]?
  ) -> Result<HTTPRequest, HTTPResponse>? {
    var headEnd: Int?
    while true {
      if let end = Self.find([13, 10, 13, 10], in: buffer) {
        headEnd = end
        break
      }
      guard buffer.count <= limits.headSizeBytesMax else {
        return .failure(HTTPResponse(status: 431, text: "request head too large\n"))
      }
      guard let bytes = read() else {
        return .failure(HTTPResponse(status: 408, text: "request not received in time\n"))
      }
      if bytes.isEmpty {
        return buffer.isEmpty ? nil : .failure(HTTPResponse(status: 400, text: "cut short\n"))
      }
      buffer += bytes
    }
    guard let headEnd, headEnd <= limits.headSizeBytesMax else {
      return .failure(HTTPResponse(status: 431, text: "request head too large\n"))
    }
    let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + 4)
    let lines = head.components(separatedBy: "\r\n")
    let parts = lines[0].split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, parts[1].hasPrefix("/") else {
      return .failure(HTTPResponse(status: 400, text: "malformed request line\n"))
    }
    guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
      return .failure(HTTPResponse(status: 505, text: "HTTP/1.1 only\n"))
    }
    guard lines.count - 1 <= limits.headerCountMax else {
      return .failure(HTTPResponse(status: 431, text: "too many header lines\n"))
    }
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
        return .failure(HTTPResponse(status: 400, text: "malformed header line\n"))
      }
      headers.append(
        (
          line[..<colon].lowercased(),
          line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        ))
    }
    return readBody(method: String(parts[0]), target: String(parts[1]), headers, read)
  }

  private mutating func readBody(
    method: String, target: String, _ headers: [(name: String, value: String)],
    _ read: () -> [UInt8]?
  ) -> Result<HTTPRequest, HTTPResponse> {
    if headers.contains(where: { $0.name == "transfer-encoding" }) {
      return .failure(HTTPResponse(status: 411, text: "send a Content-Length, not chunks\n"))
    }
    let lengths = headers.filter { $0.name == "content-length" }.map(\.value)
    guard lengths.count <= 1 else {
      return .failure(HTTPResponse(status: 400, text: "more than one Content-Length\n"))
    }
    var length = 0
    if let text = lengths.first {
      guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.count < 10,
        let value = Int(text)
      else { return .failure(HTTPResponse(status: 400, text: "bad Content-Length\n")) }
      length = value
    } else if method == "POST" {
      return .failure(HTTPResponse(status: 411, text: "a POST needs a Content-Length\n"))
    }
    guard length <= limits.bodySizeBytesMax else {
      return .failure(
        HTTPResponse(status: 413, text: "body larger than \(limits.bodySizeBytesMax) bytes\n"))
    }
    while buffer.count < length {
      guard let bytes = read() else {
        return .failure(HTTPResponse(status: 408, text: "body not received in time\n"))
      }
      guard !bytes.isEmpty else {
        return .failure(HTTPResponse(status: 400, text: "body cut short\n"))
      }
      buffer += bytes
    }
    let body = Array(buffer.prefix(length))
    buffer.removeFirst(length)
    return .success(HTTPRequest(method: method, target: target, headers: headers, body: body))
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }
}
