import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One HTTP request made synchronously through URLSession, for the commands that talk to
/// witnesses and published logs.
enum HTTPExchange {
  /// Sends `request` and waits at most `timeoutSeconds` (plus a margin) for the answer:
  /// the status (0 when no answer came) and the body, if any.
  static func send(_ request: URLRequest, timeoutSeconds: TimeInterval) -> (Int, Data?) {
    let result = Locked<(Int, Data?)>((0, nil))
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, _ in
      result.set(((response as? HTTPURLResponse)?.statusCode ?? 0, data))
      done.signal()
    }.resume()
    _ = done.wait(timeout: .now() + timeoutSeconds + 5)
    return result.value
  }
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
  private var stored: Value
  private let lock = NSLock()

  init(_ value: Value) { stored = value }

  var value: Value { lock.withLock { stored } }

  func set(_ value: Value) { lock.withLock { stored = value } }
}
