/// An element of the field GF(p), p = 2^255 − 19, as five unsigned 51-bit limbs:
/// value = l0 + l1·2^51 + l2·2^102 + l3·2^153 + l4·2^204.
///
/// Every operation returns a "lightly reduced" element: each limb below 2^51 + 2^18, so
/// the value is below 2p + small but not necessarily below p. The bounds keep all products
/// in `*` within 128 bits and all carries within 64 (see FieldElement+Multiply.swift). Only
/// `encoded` (FieldElement+Bytes.swift) produces the unique representative below p.
///
/// All arithmetic runs in time independent of the values: no branches or memory indexes
/// depend on limb contents.
struct FieldElement: Sendable {
  var l0: UInt64
  var l1: UInt64
  var l2: UInt64
  var l3: UInt64
  var l4: UInt64

  /// 2^51 − 1: the bits of one limb.
  static let limbMask: UInt64 = (1 &<< 51) &- 1

  static let zero = FieldElement(0, 0, 0, 0, 0)
  static let one = FieldElement(1, 0, 0, 0, 0)

  @inline(__always)
  init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
    self.l0 = l0
    self.l1 = l1
    self.l2 = l2
    self.l3 = l3
    self.l4 = l4
  }

  /// `self` with each limb's bits above 51 carried into the next limb; the carry out of the top
  /// limb re-enters the bottom one times 19, because 2^255 ≡ 19 (mod p).
  ///
  /// The carries are taken from the inputs in parallel, so any limbs below 2^64 come out
  /// below 2^51 + 2^18.
  @inline(__always)
  func carried() -> FieldElement {
    let c0 = l0 &>> 51
    let c1 = l1 &>> 51
    let c2 = l2 &>> 51
    let c3 = l3 &>> 51
    let c4 = l4 &>> 51
    return FieldElement(
      (l0 & Self.limbMask) &+ c4 &* 19, (l1 & Self.limbMask) &+ c0,
      (l2 & Self.limbMask) &+ c1, (l3 & Self.limbMask) &+ c2, (l4 & Self.limbMask) &+ c3)
  }

  @inline(__always)
  static func + (a: FieldElement, b: FieldElement) -> FieldElement {
    FieldElement(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4)
      .carried()
  }

  /// a − b, computed as a + 2p − b so that no limb goes below zero: each limb of 2p
  /// (2^52 − 38, then 2^52 − 2) exceeds any lightly reduced limb of b.
  @inline(__always)
  static func - (a: FieldElement, b: FieldElement) -> FieldElement {
    FieldElement(
      (a.l0 &+ 0xf_ffff_ffff_ffda) &- b.l0, (a.l1 &+ 0xf_ffff_ffff_fffe) &- b.l1,
      (a.l2 &+ 0xf_ffff_ffff_fffe) &- b.l2, (a.l3 &+ 0xf_ffff_ffff_fffe) &- b.l3,
      (a.l4 &+ 0xf_ffff_ffff_fffe) &- b.l4
    ).carried()
  }

  @inline(__always)
  static prefix func - (a: FieldElement) -> FieldElement {
    zero - a
  }

  /// 2·self.
  @inline(__always)
  func doubled() -> FieldElement {
    self + self
  }
}
