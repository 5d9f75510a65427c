import Dispatch
import Foundation
import ReliefText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A small HTTP/1.1 server on POSIX sockets: one listening socket, connections handled
/// concurrently up to a limit, each bounded in size, count and time (`HTTPLimits`).
final class HTTPServer: @unchecked Sendable {
  private let socket: Int32
  private let limits: HTTPLimits
  /// The port it listens on (the one chosen by the system when asked for port 0).
  let port: UInt16
  private let lock = NSLock()
  private var served = 0

  /// Listens on `host` (an IPv4 address) and `port`.
  init(host: String, port: UInt16, limits: HTTPLimits) throws(CommandFailure) {
    self.limits = limits
    let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Self.failure("socket", host, port) }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
      close(descriptor)
      throw CommandFailure(code: .usage, message: Text.current(.witnessNotIPv4, ["host": host]))
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 64) == 0 else {
      let failure = Self.failure("bind", host, port)
      close(descriptor)
      throw failure
    }
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    self.socket = descriptor
    self.port = UInt16(bigEndian: actual.sin_port)
  }

  /// Serves until `maxRequests` requests were answered (forever when nil), calling
  /// `handle` for each request (from several threads at once).
  func serve(maxRequests: Int?, _ handle: @escaping (HTTPRequest) -> HTTPResponse) {
    // The handler's state (the witness, the console) is safe to share: the witness
    // serialises on its lock, and the console writes whole lines with one write(2).
    let handler = Handler(handle: handle)
    let slots = DispatchSemaphore(value: limits.connectionsMax)
    let group = DispatchGroup()
    while maxRequests.map({ count() < $0 }) ?? true {
      slots.wait()
      let connection = accept(socket, nil, nil)
      guard connection >= 0 else {
        slots.signal()
        continue
      }
      group.enter()
      DispatchQueue.global().async {
        self.converse(connection, maxRequests: maxRequests, handler.handle)
        close(connection)
        // The last request answered: wake the accept loop so that it stops.
        if let maxRequests, self.count() >= maxRequests { shutdown(self.socket, Int32(SHUT_RDWR)) }
        slots.signal()
        group.leave()
      }
    }
    group.wait()
    close(socket)
  }

  private func count() -> Int {
    lock.lock()
    defer { lock.unlock() }
    return served
  }

  /// Takes one of the `maxRequests`; false when they are used up.
  private func claim(_ maxRequests: Int?) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if let maxRequests, served >= maxRequests { return false }
    served += 1
    return true
  }

  private func converse(
    _ connection: Int32, maxRequests: Int?, _ handle: (HTTPRequest) -> HTTPResponse
  ) {
    var timeout = timeval(tv_sec: limits.ioTimeoutSeconds, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, size)
    setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, size)
    var reader = HTTPRequestReader(limits: limits)
    let read = { () -> [UInt8]? in
      var chunk = [UInt8](repeating: 0, count: 16 * 1024)
      let got = recv(connection, &chunk, chunk.count, 0)
      return got < 0 ? nil : Array(chunk.prefix(got))
    }
    for answered in 1...limits.requestsPerConnectionMax {
      guard let next = reader.next(read) else { return }
      guard claim(maxRequests) else { return }
      switch next {
      case .failure(let refusal):
        send(refusal.encoded(keepAlive: false), to: connection)
        return
      case .success(let request):
        let keepAlive =
          request.header("connection")?.lowercased() != "close"
          && answered < limits.requestsPerConnectionMax
        send(handle(request).encoded(keepAlive: keepAlive), to: connection)
        if !keepAlive { return }
      }
    }
  }

  private func send(_ bytes: [UInt8], to connection: Int32) {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { return }
      offset += sent
    }
  }

  private static func failure(_ call: String, _ host: String, _ port: UInt16) -> CommandFailure {
    CommandFailure(
      code: .environment,
      message: Text.current(
        .witnessCannotListen,
        ["address": "\(host):\(port)", "call": call, "reason": String(cString: strerror(errno))]))
  }
}

/// A request handler handed to the connection threads.
private struct Handler: @unchecked Sendable {
  let handle: (HTTPRequest) -> HTTPResponse
}
