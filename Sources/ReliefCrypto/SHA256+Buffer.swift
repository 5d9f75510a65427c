extension SHA256 {
  /// One 64-byte message block held inline.
  typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  /// Copies as much of `input` as fits into the block buffer; returns the rest.
  @inline(__always)
  mutating func fillBuffer(from input: Slice<UnsafeRawBufferPointer>)
    -> Slice<UnsafeRawBufferPointer>
  {
    let start = bufferedCount
    let taken = min(Self.blockByteCount &- start, input.count)
    let takenEnd = input.startIndex &+ taken
    Swift.withUnsafeMutableBytes(of: &buffer) { block in
      UnsafeMutableRawBufferPointer(rebasing: block[start..<(start &+ taken)])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[..<takenEnd]))
    }
    bufferedCount = start &+ taken
    return input[takenEnd...]
  }

  /// Applies the final padding and length, compresses, and returns the digest.
  ///
  /// Leaves `self` in an unspecified state.
  mutating func pad() -> SHA256Digest {
    let used = bufferedCount
    let bitLength = messageByteCount &<< 3
    let lengthOffset = Self.blockByteCount &- 8
    var block = buffer
    Swift.withUnsafeMutableBytes(of: &block) { bytes in
      bytes[used] = 0x80
      for index in (used &+ 1)..<Self.blockByteCount {
        bytes[index] = 0
      }
    }
    if used >= lengthOffset {
      Swift.withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0) }
      block = (0, 0, 0, 0, 0, 0, 0, 0)
    }
    Swift.withUnsafeMutableBytes(of: &block) { bytes in
      bytes.storeBytes(of: bitLength.bigEndian, toByteOffset: lengthOffset, as: UInt64.self)
    }
    Swift.withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0) }
    return state.digest
  }
}
