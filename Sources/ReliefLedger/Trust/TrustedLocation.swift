import ReliefCrypto
import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where the projection of a ledger is kept, and where its node cache is.
///
/// The projection decides what `balances` shows, what an append may spend and what a
/// checkpoint signs, so it lives only in the user's own state directory, one folder per
/// ledger directory (named by the SHA-256 of its real path), never beside the journal:
/// anyone who can write the ledger directory can write every file there. The node cache
/// stays beside the journal, since every node read from it is checked against a root
/// computed from verified lines.
public struct TrustedLocation: Sendable {
  /// The ledger directory.
  public let ledgerDirectory: String
  /// The folder of this ledger's projection in the user's state directory, or nil when
  /// there is none (then every command verifies from the start and saves nothing).
  public let projectionDirectory: String?

  /// The location of the ledger in `ledgerDirectory` for a user whose state directory is
  /// `stateDirectory` (nil: none).
  public init(ledgerDirectory: String, stateDirectory: String?) {
    self.ledgerDirectory = ledgerDirectory
    guard let stateDirectory, let real = Self.realPath(ledgerDirectory) else {
      projectionDirectory = nil
      return
    }
    let name = SHA256.hash(Array(real.utf8)).hex.prefix(32)
    projectionDirectory = stateDirectory + "/ledgers/" + name
  }

  /// The node cache beside the journal.
  public var merkleCachePath: String { ledgerDirectory + "/merkle.cache" }

  /// Creates the projection folder (and the state directory above it) readable by this
  /// user only; false if it cannot be made.
  func makeProjectionDirectory() -> Bool {
    guard let projectionDirectory else { return false }
    var prefix = projectionDirectory.hasPrefix("/") ? "" : "."
    for part in projectionDirectory.split(separator: "/") {
      prefix += "/" + part
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return false }
    }
    return FileSystem.isDirectory(projectionDirectory)
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
