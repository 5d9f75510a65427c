/// The units beneficiaries are counted in, as the reports count them.
///
/// The one list: input, the codec, the reports and the site all take it from here. Counts
/// in different units are never added together.
public enum BeneficiaryUnit: String, CaseIterable, Sendable {
  /// People (人).
  case person = "人"
  /// Person-times (人次): one person reached twice counts twice.
  case personTime = "人次"
  /// Households (户).
  case household = "户"
  /// Businesses (家企业).
  case business = "家企业"
  /// Organisations or workplaces (个单位).
  case organization = "个单位"
  /// Parcels or portions (份).
  case portion = "份"

  /// An ASCII name for machine formats (CSV headers, JSON members).
  public var code: String {
    switch self {
    case .person: return "person"
    case .personTime: return "person_time"
    case .household: return "household"
    case .business: return "business"
    case .organization: return "organization"
    case .portion: return "portion"
    }
  }

  /// The units, as a list for messages.
  public static var listed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How many were reached (or, for a commitment, are to be reached), in one unit.
public struct Beneficiaries: Equatable, Sendable {
  /// How many.
  public var count: Int64
  /// What is counted.
  public var unit: BeneficiaryUnit
  /// Whether the line says it as format version 1 did, `headcount` (always people).
  ///
  /// Kept so that an old line re-encodes to its own bytes; relief never writes it for new
  /// entries.
  public var isHeadcount: Bool

  /// `count` in `unit`, written as `beneficiaries` and `beneficiary_unit`.
  public init(count: Int64, unit: BeneficiaryUnit) {
    self.count = count
    self.unit = unit
    self.isHeadcount = false
  }

  /// A version 1 `headcount`: `count` people.
  public static func headcount(_ count: Int64) -> Beneficiaries {
    var value = Beneficiaries(count: count, unit: .person)
    value.isHeadcount = true
    return value
  }

  /// The count and unit for people, such as `2,408 人次`.
  public var description: String { "\(Money.groupedCount(count)) \(unit.rawValue)" }
}

/// Counts per unit, never added across units.
public struct BeneficiaryCounts: Equatable, Sendable {
  // One stored count per unit, not an array: every account's totals hold these, and the
  // verifier copies and updates them for each entry that reaches people.
  private var person: Int64 = 0
  private var personTime: Int64 = 0
  private var household: Int64 = 0
  private var business: Int64 = 0
  private var organization: Int64 = 0
  private var portion: Int64 = 0

  /// One count per `BeneficiaryUnit.allCases`, in that order.
  public var counts: [Int64] { BeneficiaryUnit.allCases.map { self[$0] } }

  /// Creates counts that are all zero.
  public init() {}

  /// The count in `unit`.
  public subscript(unit: BeneficiaryUnit) -> Int64 {
    get {
      switch unit {
      case .person: return person
      case .personTime: return personTime
      case .household: return household
      case .business: return business
      case .organization: return organization
      case .portion: return portion
      }
    }
    set {
      switch unit {
      case .person: person = newValue
      case .personTime: personTime = newValue
      case .household: household = newValue
      case .business: business = newValue
      case .organization: organization = newValue
      case .portion: portion = newValue
      }
    }
  }

  /// The units with a count that is not zero, in list order.
  public var nonZero: [(unit: BeneficiaryUnit, count: Int64)] {
    BeneficiaryUnit.allCases.compactMap { self[$0] == 0 ? nil : ($0, self[$0]) }
  }

  /// Unit-wise sum, wrapping (for reports; per-account counts are overflow-checked).
  public func adding(_ other: BeneficiaryCounts) -> BeneficiaryCounts {
    var sum = BeneficiaryCounts()
    for unit in BeneficiaryUnit.allCases { sum[unit] = self[unit] &+ other[unit] }
    return sum
  }

  /// These counts with `value` added (`sign` 1) or taken away (−1); nil on overflow.
  func adding(_ value: Beneficiaries?, sign: Int64) -> BeneficiaryCounts? {
    guard let value else { return self }
    var next = self
    let (sum, overflow) = self[value.unit].addingReportingOverflow(value.count * sign)
    guard !overflow else { return nil }
    next[value.unit] = sum
    return next
  }

}
