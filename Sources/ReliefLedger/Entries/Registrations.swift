/// The first line of every journal: the format version, the ledger's origin name (used
/// to name its checkpoints) and the first administrator's key.
public struct Genesis: Equatable, Sendable {
  /// The format version this code writes.
  public static let currentFormat: Int64 = 1
  /// The journal's format version.
  public var format: Int64
  /// The ledger's origin name: printable ASCII without spaces.
  public var origin: String
  /// The first administrator's verifier key, `<name>+<hash>+<base64>`.
  public var adminKey: String

  /// Creates a genesis for a ledger named `origin` administered by `adminKey`.
  public init(format: Int64 = Genesis.currentFormat, origin: String, adminKey: String) {
    self.format = format
    self.origin = origin
    self.adminKey = adminKey
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
