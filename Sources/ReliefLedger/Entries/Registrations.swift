/// The first line of every journal: the format version and the ledger's origin name
/// (used later to name its checkpoints).
public struct Genesis: Equatable, Sendable {
  /// The format version this code writes.
  public static let currentFormat: Int64 = 1
  /// The journal's format version.
  public var format: Int64
  /// The ledger's origin name: printable ASCII without spaces.
  public var origin: String

  /// Creates a genesis for a ledger named `origin` in format version `format`.
  public init(format: Int64 = Genesis.currentFormat, origin: String) {
    self.format = format
    self.origin = origin
  }
}

/// A union joining the ledger, optionally under a parent union already registered.
public struct UnionRegistration: Equatable, Sendable {
  /// The union's id, used by later entries to name it.
  public var id: String
  /// The union's display name.
  public var name: String
  /// The id of the parent union, if any.
  public var parent: String?

  /// Creates the registration of union `id`, named `name`, under `parent` if given.
  public init(id: String, name: String, parent: String? = nil) {
    self.id = id
    self.name = name
    self.parent = parent
  }
}

/// A fund (program) joining the ledger, such as the 2020 epidemic special fund.
public struct ProgramRegistration: Equatable, Sendable {
  /// The program's id, used by later entries to name it.
  public var id: String
  /// The program's display name.
  public var name: String

  /// Creates the registration of program `id`, named `name`.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
