import Glibc

/// Conversion of GB18030 bytes to UTF-8 through the C library's iconv.
enum GB18030Conversion {
  /// Why a conversion failed.
  enum Failure: Error, Equatable {
    /// The bytes at `index` are not a GB18030 character.
    case invalidSequence(index: Int)
    /// The input ends in the middle of a character that starts at `index`.
    case truncatedSequence(index: Int)
    /// The C library offers no GB18030 converter.
    case converterUnavailable
  }

  /// Output is produced in chunks of this size, so memory grows with the text only.
  private static let chunkSizeBytes = 64 * 1024

  /// The UTF-8 text of `input`, or where it stops being GB18030.
  ///
  /// Complexity: O(n).
  static func utf8(from input: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], Failure> {
    convert(input, from: "GB18030", to: "UTF-8")
  }

  /// The GB18030 bytes of UTF-8 `text` (which GB18030 can always express), or nil when
  /// the C library cannot convert.
  static func gb18030(fromUTF8 text: [UInt8]) -> [UInt8]? {
    let result = text.withUnsafeBufferPointer { convert($0, from: "UTF-8", to: "GB18030") }
    guard case .success(let bytes) = result else { return nil }
    return bytes
  }

  /// `input` converted by iconv from the encoding `source` to `target`, or where it stops
  /// being `source`.
  private static func convert(
    _ input: UnsafeBufferPointer<UInt8>, from source: String, to target: String
  ) -> Result<[UInt8], Failure> {
    let descriptor = iconv_open(target, source)
    guard let descriptor, Int(bitPattern: descriptor) != -1 else {
      return .failure(.converterUnavailable)
    }
    defer { _ = iconv_close(descriptor) }
    guard let base = input.baseAddress, !input.isEmpty else { return .success([]) }

    var output: [UInt8] = []
    output.reserveCapacity(input.count + input.count / 2)
    var chunk = [UInt8](repeating: 0, count: chunkSizeBytes)
    // iconv's prototype takes a mutable input pointer but never writes through it.
    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
      .assumingMemoryBound(to: CChar.self)
    var inLeft = input.count
    while inLeft > 0 {
      let inLeftBefore = inLeft
      var failure: Failure?
      chunk.withUnsafeMutableBytes { chunkBytes in
        var outPointer = chunkBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outLeft = chunkBytes.count
        let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let produced = chunkBytes.count - outLeft
        output.append(contentsOf: chunkBytes.prefix(produced))
        guard status == -1 else { return }
        let index = input.count - inLeft
        switch errno {
        case E2BIG: break
        case EINVAL: failure = .truncatedSequence(index: index)
        default: failure = .invalidSequence(index: index)
        }
      }
      if let failure { return .failure(failure) }
      // A converter that neither consumes nor fails would loop forever; treat it as a failure.
      if inLeft == inLeftBefore {
        return .failure(.invalidSequence(index: input.count - inLeft))
      }
    }
    return .success(output)
  }
}
