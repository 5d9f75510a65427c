/// Shape facts about RFC 6962 trees: split points and proof lengths.
enum MerkleShape {
  /// The largest power of two strictly below `n`, for n ≥ 2 (RFC 9162's k).
  static func split(_ n: UInt64) -> UInt64 {
    let bits = UInt64(UInt64.bitWidth &- (n &- 1).leadingZeroBitCount)
    return UInt64(1) &<< (bits &- 1)
  }

  /// The number of hashes in the inclusion proof of leaf `index` in a tree of `size`.
  static func inclusionLength(index: UInt64, size: UInt64) -> Int {
    guard index < size else { return 0 }
    var count = 0
    var n = size
    var m = index
    while n > 1 {
      let k = split(n)
      count &+= 1
      if m < k {
        n = k
      } else {
        m &-= k
        n &-= k
      }
    }
    return count
  }

  /// The number of hashes in the consistency proof from `first` to `second` leaves.
  static func consistencyLength(first: UInt64, second: UInt64) -> Int {
    guard first > 0, first < second else { return 0 }
    var count = 0
    var m = first
    var n = second
    var complete = true
    while m != n {
      let k = split(n)
      count &+= 1
      if m <= k {
        n = k
      } else {
        m &-= k
        n &-= k
        complete = false
      }
    }
    return complete ? count : count &+ 1
  }
}
