extension FieldElement {
  /// `other` where `mask` is all ones, `self` where it is zero, without branching on the mask.
  ///
  /// Any other mask value mixes the two bitwise.
  @inline(__always)
  func selecting(_ other: FieldElement, where mask: UInt64) -> FieldElement {
    FieldElement(
      l0 ^ (mask & (l0 ^ other.l0)), l1 ^ (mask & (l1 ^ other.l1)),
      l2 ^ (mask & (l2 ^ other.l2)), l3 ^ (mask & (l3 ^ other.l3)),
      l4 ^ (mask & (l4 ^ other.l4)))
  }
}
