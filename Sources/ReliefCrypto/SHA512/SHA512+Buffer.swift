extension SHA512 {
  /// One 128-byte message block held inline.
  typealias Block = (
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
  )

  /// A block of zero bytes.
  static let emptyBlock: Block = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

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

  /// Applies the final padding and the 128-bit message length, compresses, and returns the digest.
  ///
  /// Leaves `self` in an unspecified state.
  mutating func pad() -> SHA512Digest {
    let used = bufferedCount
    // The length field is 128 bits of bit count; its high word holds the top three bits of
    // the 64-bit byte count.
    let bitLengthLow = messageByteCount &<< 3
    let bitLengthHigh = messageByteCount &>> 61
    let lengthOffset = Self.blockByteCount &- 16
    var block = buffer
    Swift.withUnsafeMutableBytes(of: &block) { bytes in
      bytes[used] = 0x80
      for index in (used &+ 1)..<Self.blockByteCount {
        bytes[index] = 0
      }
    }
    if used >= lengthOffset {
      Swift.withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0) }
      block = Self.emptyBlock
    }
    Swift.withUnsafeMutableBytes(of: &block) { bytes in
      bytes.storeBytes(
        of: bitLengthHigh.bigEndian, toByteOffset: lengthOffset, as: UInt64.self)
      bytes.storeBytes(
        of: bitLengthLow.bigEndian, toByteOffset: lengthOffset &+ 8, as: UInt64.self)
    }
    Swift.withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0) }
    return state.digest
  }
}
