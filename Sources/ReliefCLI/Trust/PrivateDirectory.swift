import ReliefLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Directories for what only this user may read or change, such as a cosigner's memory.
enum PrivateDirectory {
  /// Creates `path` and its missing parents, each with mode 0700 (as the XDG base directory
  /// specification asks of `$XDG_STATE_HOME`); directories that exist are left as they are.
  ///
  /// - Throws: `SystemError` naming the component that is not a directory or cannot be
  ///   created.
  static func make(_ path: String) throws(SystemError) {
    if FileSystem.isDirectory(path) { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component + "/"
      if FileSystem.isDirectory(prefix) { continue }
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
        throw SystemError(operation: "create directory", path: prefix, code: errno)
      }
      // Another process may have made it meanwhile (EEXIST); it must be a directory.
      guard FileSystem.isDirectory(prefix) else {
        throw SystemError(operation: "create directory", path: prefix, code: ENOTDIR)
      }
    }
  }
}
