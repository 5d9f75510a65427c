extension Text {
  /// The messages of this process, in the language the command line chose.
  ///
  /// Set once by `relief` before any command runs (and by tests that call it in process),
  /// so that code deep in the ledger writes its messages in the user's language without
  /// every call passing it down.
  nonisolated(unsafe) public static var current = Text(.en)
}
