import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// A `relief witness serve` process on loopback, bounded in requests and stopped at the
/// end of the test, and a minimal HTTP client that sends exactly the bytes it is given.
final class WitnessProcess {
  let process = Process()
  let port: UInt16

  /// Starts a witness with `arguments` after `witness serve`, listening on a free loopback
  /// port, answering at most `maxRequests` requests.
  init(_ arguments: [String], maxRequests: Int, environment: [String: String]) throws {
    process.executableURL = try ReliefProcess.binaryURL()
    process.arguments =
      ["witness", "serve", "--listen", "127.0.0.1:0", "--max-requests", String(maxRequests)]
      + arguments
    var env = ProcessInfo.processInfo.environment
    env["RELIEF_NOW_MS"] = "1669852800000"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The first line names the port: read it byte by byte (at most 200 bytes).
    var line: [UInt8] = []
    while line.count < 200 {
      let byte = out.fileHandleForReading.readData(ofLength: 1)
      guard let first = byte.first, first != 0x0A else { break }
      line.append(first)
    }
    let text = String(decoding: line, as: UTF8.self)
    guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...])
    else { throw WitnessNotStarted(line: text) }
    self.port = port
  }

  /// Stops the witness if it is still running.
  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}

struct WitnessNotStarted: Error {
  let line: String
}

/// A raw HTTP exchange: sends `request` to 127.0.0.1:`port` and reads until the server
/// closes or `timeoutSeconds` pass.
struct RawHTTP {
  struct Response {
    let status: Int
    let headers: String
    let body: String
  }

  static func exchange(_ request: [UInt8], port: UInt16, timeoutSeconds: Int = 10) -> Response? {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { return nil }
    _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var received: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let got = recv(descriptor, &chunk, chunk.count, 0)
      if got <= 0 { break }
      received += chunk.prefix(got)
    }
    let text = String(decoding: received, as: UTF8.self)
    guard let split = text.range(of: "\r\n\r\n") else { return nil }
    let head = String(text[..<split.lowerBound])
    let statusText = head.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    return Response(
      status: Int(statusText) ?? 0, headers: head, body: String(text[split.upperBound...]))
  }

  /// A POST of `body` to `/add-checkpoint` that asks the server to close afterwards.
  static func post(_ body: [UInt8], path: String = "/add-checkpoint") -> [UInt8] {
    Array(
      ("POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.count)\r\n"
        + "Connection: close\r\n\r\n").utf8) + body
  }
}
