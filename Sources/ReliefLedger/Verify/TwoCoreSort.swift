import Dispatch

/// Sorting on both cores: each half of the array sorted on its own thread, then the halves
/// merged in one pass.
///
/// The verifier sorts its request-id fingerprints and refund events after the line pass,
/// when the reading thread has nothing left to do.
enum TwoCoreSort {
  /// Arrays shorter than this are sorted on the calling thread alone.
  static let parallelCountMin = 1 << 15

  /// Sorts `array` in ascending order; equal elements keep their order between the halves.
  static func sort<Element: Comparable & BitwiseCopyable & Sendable>(
    _ array: inout [Element]
  ) {
    guard array.count >= parallelCountMin else {
      array.sort()
      return
    }
    let middle = array.count / 2
    array.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let halves = Halves(base: base, middle: middle, count: buffer.count)
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        halves.sort(half)
      }
    }
    var merged: [Element] = []
    merged.reserveCapacity(array.count)
    var (left, right) = (0, middle)
    while left < middle && right < array.count {
      if array[right] < array[left] {
        merged.append(array[right])
        right += 1
      } else {
        merged.append(array[left])
        left += 1
      }
    }
    merged.append(contentsOf: array[left..<middle])
    merged.append(contentsOf: array[right...])
    array = merged
  }
}

/// The two halves of one buffer, sorted by two threads.
///
/// Unchecked: each thread sorts only its own half, and the buffer is read again only after
/// `concurrentPerform` has returned, when both are done.
private struct Halves<Element: Comparable>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Element>
  let middle: Int
  let count: Int

  func sort(_ half: Int) {
    let range = half == 0 ? 0..<middle : middle..<count
    var part = UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count)
    part.sort()
  }
}
