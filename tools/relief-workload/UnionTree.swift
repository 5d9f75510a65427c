/// The synthetic union hierarchy: one national federation, the provincial federations, 2–4
/// synthetic cities under each and 1–3 synthetic districts under each city, stored in
/// registration order (every parent before its children).
struct UnionTree {
  /// Depth in the tree.
  enum Level: Int {
    case national = 0
    case province, city, district
  }

  private(set) var ids: [[UInt8]] = []
  private(set) var names: [[UInt8]] = []
  /// The place each union serves (中央 for the national federation), for payer names.
  private(set) var places: [[UInt8]] = []
  /// Index of each union's parent, or -1 for the national federation.
  private(set) var parents: [Int] = []
  private(set) var levels: [Level] = []
  /// Unions that pay out money: every city and district.
  private(set) var spenders: [Int] = []

  var count: Int { ids.count }

  init(rng: inout SplitMix64) {
    add(id: "acftu", name: "中华全国总工会", place: "中央", parent: -1, level: .national)
    for province in Provinces.all {
      let provinceIndex = add(
        id: province.id, name: province.name + "总工会", place: province.name, parent: 0,
        level: .province)
      for city in 1...(2 + rng.below(3)) {
        let cityID = "\(province.id)-c\(city)"
        let cityName = "\(province.name)合成\(city)市"
        let cityIndex = add(
          id: cityID, name: cityName + "总工会", place: cityName, parent: provinceIndex,
          level: .city)
        for district in 1...(1 + rng.below(3)) {
          add(
            id: "\(cityID)-d\(district)", name: "\(cityName)合成\(district)区总工会",
            place: "\(cityName)合成\(district)区", parent: cityIndex, level: .district)
        }
      }
    }
  }

  @discardableResult
  private mutating func add(
    id: String, name: String, place: String, parent: Int, level: Level
  ) -> Int {
    ids.append(Array(id.utf8))
    names.append(Array(name.utf8))
    places.append(Array(place.utf8))
    parents.append(parent)
    levels.append(level)
    if level == .city || level == .district { spenders.append(ids.count - 1) }
    return ids.count - 1
  }
}
