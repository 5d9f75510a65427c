import Glibc

/// Cryptographically secure random bytes from the Linux kernel, via getrandom(2).
public enum SystemRandom {
  /// getrandom(2) has no declaration in the Glibc module (its header, <sys/random.h>, is not part
  /// of it), so it is looked up in the C library at run time and called through a C function
  /// pointer, which keeps the C calling convention exact.
  ///
  /// It exists in glibc 2.25 and later.
  private typealias GetRandom = @convention(c) (UnsafeMutableRawPointer?, Int, UInt32) -> Int

  private static let getRandom: GetRandom? = {
    // A nil handle is RTLD_DEFAULT: search the program's global symbols.
    guard let symbol = dlsym(nil, "getrandom") else { return nil }
    return unsafeBitCast(symbol, to: GetRandom.self)
  }()

  /// Interrupted or empty reads allowed before giving up; a healthy kernel needs none.
  static let retryCountMax = 64

  /// Fills `buffer` with random bytes.
  ///
  /// Blocks only until the kernel's generator has been seeded once after boot; reads the request in
  /// as many pieces as the kernel returns, and retries reads interrupted by a signal.
  ///
  /// - Throws: `SystemRandomError` if getrandom(2) is missing or fails.
  public static func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(SystemRandomError) {
    guard let getRandom else { throw .unavailable }
    guard let start = buffer.baseAddress else { return }
    var filledCount = 0
    var retryCount = 0
    while filledCount < buffer.count {
      let result = getRandom(start + filledCount, buffer.count &- filledCount, 0)
      if result > 0 {
        filledCount &+= result
        continue
      }
      let code = result < 0 ? errno : 0
      // EINTR: a signal arrived before any byte was read. Zero bytes is not documented
      // for a nonzero request, but is retried the same bounded way rather than looped on.
      guard code == EINTR || code == 0 else { throw .failed(errno: code) }
      retryCount &+= 1
      guard retryCount <= retryCountMax else { throw .interruptedTooOften }
    }
  }

  /// `count` random bytes.
  ///
  /// - Throws: `SystemRandomError` if getrandom(2) is missing or fails.
  public static func bytes(count: Int) throws(SystemRandomError) -> [UInt8] {
    precondition(count >= 0, "byte count must not be negative")
    var bytes = [UInt8](repeating: 0, count: count)
    var failure: SystemRandomError?
    bytes.withUnsafeMutableBytes { buffer in
      do throws(SystemRandomError) {
        try fill(buffer)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return bytes
  }
}

/// Why the kernel's random number generator could not supply bytes.
public enum SystemRandomError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The C library has no getrandom (glibc before 2.25).
  case unavailable
  /// getrandom failed with this errno value.
  case failed(errno: Int32)
  /// getrandom was interrupted or returned nothing more than `retryCountMax` times.
  case interruptedTooOften

  /// A sentence naming the failure.
  public var description: String {
    switch self {
    case .unavailable: "getrandom(2) is not available in this C library"
    case .failed(let code): "getrandom(2) failed with errno \(code)"
    case .interruptedTooOften: "getrandom(2) was interrupted too many times"
    }
  }
}
