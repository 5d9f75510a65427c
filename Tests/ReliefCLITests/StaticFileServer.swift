import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A static file server for the tests: serves `root` on a free loopback port, one request
/// per connection, and stops after `maxRequests` requests or when stopped.
final class StaticFileServer: @unchecked Sendable {
  let port: UInt16
  private let socket: Int32
  private let root: String
  private let done = DispatchSemaphore(value: 0)

  init(root: String, maxRequests: Int) throws {
    self.root = root
    let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard descriptor >= 0, bound == 0, listen(descriptor, 16) == 0 else {
      throw ServerNotStarted()
    }
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    socket = descriptor
    port = UInt16(bigEndian: actual.sin_port)
    Thread.detachNewThread { [self] in
      for _ in 0..<maxRequests {
        let connection = accept(socket, nil, nil)
        if connection < 0 { break }
        answer(connection)
        close(connection)
      }
      done.signal()
    }
  }

  struct ServerNotStarted: Error {}

  /// Stops accepting and waits (at most 5 s) for the serving thread.
  func stop() {
    shutdown(socket, Int32(SHUT_RDWR))
    _ = done.wait(timeout: .now() + 5)
    close(socket)
  }

  private func answer(_ connection: Int32) {
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var request: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while request.count < 16_384 {
      let got = recv(connection, &chunk, chunk.count, 0)
      if got <= 0 { break }
      request += chunk.prefix(got)
      if String(decoding: request, as: UTF8.self).contains("\r\n\r\n") { break }
    }
    let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
    let parts = line.split(separator: " ")
    var status = "404 Not Found"
    var body: [UInt8] = []
    // The path without its query, percent-decoded: a browser asks for
    // `/lookup.html?code=…` and for `/tile/…`.
    let target = parts.count == 3 ? parts[1].split(separator: "?").first.map(String.init) : nil
    let path = target.flatMap { $0.removingPercentEncoding } ?? ""
    if parts.count == 3, parts[0] == "GET", !path.contains(".."),
      let data = FileManager.default.contents(atPath: root + path)
    {
      status = "200 OK"
      body = [UInt8](data)
    }
    let type =
      path.hasSuffix(".html")
      ? "text/html; charset=utf-8"
      : path.hasSuffix(".json") ? "application/json" : "text/plain; charset=utf-8"
    let head =
      "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\n"
      + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    let bytes = Array(head.utf8) + body
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if sent <= 0 { break }
      offset += sent
    }
  }
}
