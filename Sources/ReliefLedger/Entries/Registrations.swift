/// The first line of every journal: the format version and the ledger's origin name
/// (used later to name its checkpoints).
public struct Genesis: Equatable, Sendable {
  public static let currentFormat: Int64 = 1
  public var format: Int64
  public var origin: String

  public init(format: Int64 = Genesis.currentFormat, origin: String) {
    self.format = format
    self.origin = origin
  }
}

/// A union joining the ledger, optionally under a parent union already registered.
public struct UnionRegistration: Equatable, Sendable {
  public var id: String
  public var name: String
  public var parent: String?

  public init(id: String, name: String, parent: String? = nil) {
    self.id = id
    self.name = name
    self.parent = parent
  }
}

/// A fund (program) joining the ledger, e.g. the 2020 epidemic special fund.
public struct ProgramRegistration: Equatable, Sendable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
