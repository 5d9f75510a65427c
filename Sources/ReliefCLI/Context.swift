import ReliefLedger
import ReliefLog
import ReliefText

/// What every command needs from its surroundings: the environment, the console, the
/// clock, and the ledger directory chosen by `--ledger` or `RELIEF_LEDGER`.
struct Context {
  let environment: [String: String]
  let console: Console

  /// The ledger directory: `--ledger DIR`, else `RELIEF_LEDGER`, else `./ledger`.
  func ledgerDirectory(_ arguments: Arguments) -> String {
    arguments.values["ledger"] ?? environment["RELIEF_LEDGER"] ?? "ledger"
  }

  /// The journal with the lock timeout from `RELIEF_LOCK_TIMEOUT_MS` (default 10 s).
  func journal(_ arguments: Arguments) throws(CommandFailure) -> Journal {
    var journal = Journal(directory: ledgerDirectory(arguments))
    if let text = environment["RELIEF_LOCK_TIMEOUT_MS"] {
      guard let millis = Int64(text), millis >= 0 else {
        throw CommandFailure(code: .usage, message: Text.current(.usageLockTimeout))
      }
      journal.lockTimeoutMillis = millis
    }
    return journal
  }

  /// The clock.
  ///
  /// `RELIEF_NOW_MS` fixes it, for tests and reproducible sample ledgers; appends never go
  /// back before the last append time whatever it says.
  func clock() throws(CommandFailure) -> () -> Int64 {
    guard let text = environment["RELIEF_NOW_MS"] else { return FileSystem.nowMillis }
    guard let fixed = Int64(text), fixed >= 0 else {
      throw CommandFailure(code: .usage, message: Text.current(.usageNow))
    }
    return { fixed }
  }
}

extension CommandFailure {
  /// The failure for a journal error, with the exit code its kind calls for.
  init(_ error: JournalError) {
    switch error {
    case .tornTail: self.init(code: .tornTail, message: error.description)
    case .lineTooLong: self.init(code: .invalid, message: error.description)
    case .ledgerNotFound, .ledgerAlreadyExists, .lockTimeout, .tailChanged, .system:
      self.init(code: .environment, message: error.description)
    }
  }

  /// The failure for an append error.
  init(_ error: AppendError) {
    switch error {
    case .rejected: self.init(code: .rejected, message: error.description)
    case .journal(let journalError): self.init(journalError)
    case .damaged, .notVerified: self.init(code: .invalid, message: error.description)
    }
  }
}
