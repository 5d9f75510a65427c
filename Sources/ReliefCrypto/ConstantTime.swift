/// Returns whether `a` and `b` hold the same bytes, taking time that depends only on their
/// lengths, not on their contents.
///
/// Returns false at once if the lengths differ.
public func constantTimeEquals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
  guard a.count == b.count else { return false }
  var difference: UInt8 = 0
  for index in 0..<a.count {
    difference |= a[index] ^ b[index]
  }
  return difference == 0
}
