/// An HTTP/1.1 request as the witness's server reads it.
struct HTTPRequest: Sendable {
  let method: String
  let target: String
  /// Header names in lowercase, with their values trimmed.
  let headers: [(name: String, value: String)]
  let body: [UInt8]

  /// The first value of header `name` (lowercase), if any.
  func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }
}

/// An HTTP response: a status, a content type and a body.
struct HTTPResponse: Error, Sendable {
  let status: Int
  let contentType: String
  let body: [UInt8]
  /// Extra header lines (without CRLF), such as `Allow: POST`.
  var extraHeaders: [String] = []

  init(status: Int, contentType: String = "text/plain; charset=utf-8", text: String) {
    self.status = status
    self.contentType = contentType
    self.body = Array(text.utf8)
  }

  /// The bytes on the wire; `keepAlive` false adds `Connection: close`.
  func encoded(keepAlive: Bool) -> [UInt8] {
    var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
    head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
    for line in extraHeaders { head += line + "\r\n" }
    head += keepAlive ? "\r\n" : "Connection: close\r\n\r\n"
    return Array(head.utf8) + body
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: return "OK"
    case 400: return "Bad Request"
    case 403: return "Forbidden"
    case 404: return "Not Found"
    case 405: return "Method Not Allowed"
    case 408: return "Request Timeout"
    case 409: return "Conflict"
    case 411: return "Length Required"
    case 413: return "Content Too Large"
    case 422: return "Unprocessable Content"
    case 431: return "Request Header Fields Too Large"
    case 500: return "Internal Server Error"
    case 505: return "HTTP Version Not Supported"
    default: return "Status"
    }
  }
}

/// Limits that keep a connection from holding the server: sizes, counts and time.
struct HTTPLimits: Sendable {
  /// Largest request line plus headers, in bytes.
  var headSizeBytesMax = 16 * 1024
  /// Most header lines.
  var headerCountMax = 64
  /// Largest body, in bytes (a checkpoint with 63 proof lines and many signatures fits).
  var bodySizeBytesMax = 64 * 1024
  /// How long a read or write may wait, in seconds.
  var ioTimeoutSeconds = 10
  /// Most requests on one connection.
  var requestsPerConnectionMax = 100
  /// Most connections handled at once.
  var connectionsMax = 16
}
