import ReliefCrypto
import ReliefLedger

/// Where the lookup page finds a business's entries: for each credit code the site shows,
/// its published name and the seqs of the entries naming it, and the seqs that register
/// each union and program.
///
/// The index only says where to look. The page reads every entry it shows from the entry
/// bundles and proves it against the signed checkpoint, so a wrong index can hide an entry
/// but never make the page show one that is not in the log.
public struct LookupIndex: Equatable, Sendable {
  /// One business: its name as published and the entries naming it, in seq order.
  public struct Business: Equatable, Sendable {
    /// The name the site shows.
    public var name: String
    /// The seqs of the entries whose `counterparty_id` (or whose reversed original's) is
    /// the code.
    public var seqs: [Int64]
  }

  /// Businesses by credit code.
  public private(set) var businesses: [String: Business] = [:]
  /// The seq of each union's registration, by union id.
  public private(set) var unions: [String: Int64] = [:]
  /// The seq of each program's registration, by program id.
  public private(set) var programs: [String: Int64] = [:]

  /// An empty index.
  public init() {}

  /// Adds the entry at `seq`; `shown` is what the disclosure policy publishes of its
  /// counterparty (an entry is listed under a code only if the policy shows the code).
  mutating func add(_ event: LedgerEvent, seq: Int64, shown: DisclosurePolicy.Counterparty?) {
    switch event {
    case .union(let union): unions[union.id] = seq
    case .program(let program): programs[program.id] = seq
    case .money:
      guard let code = shown?.code, let name = shown?.name?.published else { return }
      businesses[code, default: Business(name: name, seqs: [])].seqs.append(seq)
      businesses[code]?.name = name
    case .commitment, .goods, .other: return
    }
  }

  /// The index limited to the first `size` lines of the log (those a checkpoint of that
  /// size covers): entries and registrations after it cannot be proven yet.
  public func covering(size: Int64) -> LookupIndex {
    var limited = LookupIndex()
    limited.unions = unions.filter { $0.value < size }
    limited.programs = programs.filter { $0.value < size }
    for (code, business) in businesses {
      let seqs = business.seqs.filter { $0 < size }
      if !seqs.isEmpty { limited.businesses[code] = Business(name: business.name, seqs: seqs) }
    }
    return limited
  }
}

extension LookupIndex {
  /// The shard a text key falls in: the first `digits` hexadecimal digits of its SHA-256
  /// (the page computes the same, so it downloads one small file).
  public static func shard(of key: String, digits: Int) -> String {
    String(SHA256.hash(Array(key.utf8)).hex.prefix(digits))
  }

  /// The key a name is sharded by: its first two Unicode scalars (a search needs two).
  public static func nameKey(_ name: String) -> String {
    String(String.UnicodeScalarView(name.unicodeScalars.prefix(2)))
  }

  /// Hexadecimal digits per shard name: 2 (256 shards) up to 64k businesses, then 3, so a
  /// shard stays near 250 businesses or fewer at a million.
  public var shardDigits: Int { businesses.count <= 65_536 ? 2 : 3 }

  /// The index's files, relative to the site root: `lookup/index.json`, and the shards
  /// `lookup/code/<hex>.json` and `lookup/name/<hex>.json` (every shard is written, empty
  /// ones as `{}` or `[]`, so a miss is an answer and not a fetch error).
  public func files(origin: String, treeSize: Int64) -> [(String, String)] {
    let digits = shardDigits
    var codeShards: [String: [String]] = [:]
    var nameShards: [String: [(String, String)]] = [:]
    for (code, business) in businesses {
      codeShards[Self.shard(of: code, digits: digits), default: []].append(code)
      nameShards[Self.shard(of: Self.nameKey(business.name), digits: digits), default: []]
        .append((business.name, code))
    }
    var files = [("lookup/index.json", indexJSON(origin: origin, treeSize: treeSize))]
    for number in 0..<(1 << (4 * digits)) {
      let hex = String(number, radix: 16)
      let shard = String(repeating: "0", count: digits - hex.count) + hex
      let codes = (codeShards[shard] ?? []).sorted()
      files.append(("lookup/code/\(shard).json", codeShardJSON(codes)))
      let names = (nameShards[shard] ?? []).sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
      let rows = names.map { "[\(SiteData.string($0.0)),\(SiteData.string($0.1))]" }
      files.append(("lookup/name/\(shard).json", "[" + rows.joined(separator: ",\n") + "]\n"))
    }
    return files
  }

  private func indexJSON(origin: String, treeSize: Int64) -> String {
    func map(_ seqs: [String: Int64]) -> String {
      "{"
        + seqs.keys.sorted().map { "\(SiteData.string($0)):\(seqs[$0] ?? 0)" }
        .joined(separator: ",") + "}"
    }
    return "{\"format\":1,\"origin\":\(SiteData.string(origin)),\"tree_size\":\(treeSize),"
      + "\"shard_hex_digits\":\(shardDigits),\"businesses\":\(businesses.count),"
      + "\"unions\":\(map(unions)),\"programs\":\(map(programs))}\n"
  }

  private func codeShardJSON(_ codes: [String]) -> String {
    let rows = codes.compactMap { code -> String? in
      guard let business = businesses[code] else { return nil }
      let seqs = business.seqs.map(String.init).joined(separator: ",")
      return "\(SiteData.string(code)):{\"name\":\(SiteData.string(business.name)),"
        + "\"seqs\":[\(seqs)]}"
    }
    return "{" + rows.joined(separator: ",\n") + "}\n"
  }
}
