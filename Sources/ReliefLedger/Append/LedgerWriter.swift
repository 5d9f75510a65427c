import ReliefLog
import ReliefText

/// Appends batches of input rows to a ledger: validates every row against the ledger as it
/// is under the writer's lock and writes all of them, or nothing.
public struct LedgerWriter {
  /// The journal written to.
  public let journal: Journal
  /// The clock, in Unix milliseconds; injected so tests and sample builds are reproducible.
  public let nowMillis: () -> Int64
  /// The key that signs every batch this writer appends.
  public let signer: CommitSigner
  /// Where this user keeps the ledger's projection (nothing beside the journal is
  /// believed).
  public var location: TrustedLocation
  /// How far (in journal bytes) the saved projection may lag behind before an append saves
  /// it again.
  ///
  /// Every later command folds the lag forward, checking the signature of each
  /// commit line in it (about 60 µs each), while a save writes only the state file and what
  /// changed beside the bases: a lag of many small batches costs more than the save.
  public var projectionSaveLagBytes: Int64 = 64 << 10
  /// How much the saved projection keeps beside its base files (smaller in tests).
  var projectionLimits = BesideBaseLimits()
  /// The projection after this writer's last batch, for its next one.
  private let cache = ProjectionCache()

  /// Creates a writer for `journal` that reads the time from `nowMillis` and signs with
  /// `signer`, keeping the ledger's projection in the user's `stateDirectory` (nil: none,
  /// every append then verifies the journal from the start).
  public init(
    journal: Journal, nowMillis: @escaping () -> Int64, signer: CommitSigner,
    stateDirectory: String? = nil
  ) {
    self.journal = journal
    self.location = TrustedLocation(
      ledgerDirectory: journal.directory, stateDirectory: stateDirectory)
    self.nowMillis = nowMillis
    self.signer = signer
  }

  /// Creates a new ledger whose first batch is the genesis entry, naming the writer's key
  /// as the first administrator and signed by it.
  public func initialize(origin: String) throws(AppendError) {
    if let problem = FieldRules.checkOrigin(origin) {
      throw .rejected([InputIssue(file: "init", line: nil, field: "origin", reason: problem)])
    }
    let now = nowMillis()
    let date = try Self.today(now)
    var batch = BatchBuilder(after: .empty, nowMillis: now)
    let genesis = Entry(
      date: date, action: .genesis(Genesis(origin: origin, adminKey: signer.verifierKey)))
    batch.appendEntry(kind: genesis.kind.rawValue, body: EntryEncoder.body(of: genesis))
    batch.commit(signer: signer.keyID, sign: signer.signature(for:))
    do {
      try journal.create(firstBatch: batch.bytes)
    } catch {
      throw .journal(error)
    }
  }

  /// Appends `rows` read from `source` as one batch.
  ///
  /// Rows whose request id is already in the ledger with the same entry are skipped and
  /// reported as duplicates.
  ///
  /// `issues` are problems the caller already found in the input (rows that could not be
  /// read): they are reported with the rows' own, and nothing is written.
  ///
  /// `progress`, if given, is called now and then with the rows planned so far and the rows
  /// in all.
  public func append(
    rows: [InputRow], source: String, issues inputIssues: [InputIssue] = [],
    progress: ((_ rows: Int64, _ totalRows: Int64) -> Void)? = nil
  ) throws(AppendError) -> AppendResult {
    var (drafts, issues, persons) = try mapRows(rows, source: source)
    issues += inputIssues
    // Rows that mapped are still checked against the ledger, so that one run reports the
    // problems of every row; nothing is written if there is any.
    return try plan(
      drafts, issues: issues, source: source, mode: .append, persons: persons,
      progress: progress
    ).result
  }

  /// The drafts of the rows that map, the problems of those that do not, and the people
  /// paid by row line (for the roster).
  func mapRows(
    _ rows: [InputRow], source: String
  ) throws(AppendError) -> (
    [(row: InputRow, draft: EntryDraft)], [InputIssue], [Int: PersonPayment]
  ) {
    let today = try Self.today(nowMillis())
    let mapped = RowMapping.map(rows, source: source, today: today)
    return (mapped.drafts, mapped.issues, mapped.persons)
  }

  /// Plans `drafts` as one batch under the writer's lock and, unless `mode` stages it,
  /// writes it.
  func plan(
    _ drafts: [(row: InputRow, draft: EntryDraft)], issues fieldIssues: [InputIssue],
    source: String, mode: BatchMode, persons: [Int: PersonPayment] = [:],
    progress: ((_ rows: Int64, _ totalRows: Int64) -> Void)? = nil
  ) throws(AppendError) -> PlannedBatch {
    let now = nowMillis()
    do {
      // Taken out of the cache: if planning fails, the next append reads the saved one.
      var cached = cache.projection.take()
      let planned = try journal.append { snapshot in
        var planner = BatchPlanner(
          source: source, nowMillis: now, signer: signer, issues: fieldIssues)
        planner.mode = mode
        planner.progress = progress
        let planned = try planner.plan(
          drafts, snapshot: snapshot, location: location, cached: cached.take())
        // The roster first: a batch that then fails to commit leaves records at seqs no
        // committed line has, which the next roster write drops.
        let records = planned.result.result.appended.compactMap {
          persons[$0.line]?.record(seq: $0.seq)
        }
        if !records.isEmpty && planned.result.proposal == nil {
          try RosterFile.add(
            records, firstSeq: snapshot.committed.head.nextSeq,
            ledgerDirectory: journal.directory)
        }
        return planned
      }
      // A staged batch wrote nothing: its projection is not the ledger's.
      guard planned.proposal == nil else { return planned }
      // The batch is durable; the projection after it only saves the next command a fold,
      // which for a few small batches costs less than writing the projection each time.
      var projection = planned.projection
      let lagBytes = projection.savedEndOffset.map { projection.endOffset - $0 } ?? .max
      if projection.isAheadOfSaved && lagBytes > projectionSaveLagBytes {
        ProjectionStore.save(&projection, location: location, limits: projectionLimits)
      }
      cache.projection = projection
      return planned
    } catch let error as AppendError {
      throw error
    } catch let error as JournalError {
      throw .journal(error)
    } catch let error as LedgerReadError {
      throw .damaged(error)
    } catch let error as LedgerInvalidError {
      throw .notVerified(error.description)
    } catch let error as LedgerChangedError {
      throw .notVerified(error.description)
    } catch let error as RosterError {
      throw .rejected([InputIssue(file: source, line: nil, field: nil, reason: error.description)])
    } catch {
      throw .damaged(LedgerReadError(line: 0, reason: "\(error)"))
    }
  }

  /// Today's date in China Standard Time by the injected clock.
  private static func today(_ nowMillis: Int64) throws(AppendError) -> BusinessDate {
    guard
      let date = BusinessDate(unixMillis: nowMillis, utcOffsetSeconds: chinaUTCOffsetSeconds)
    else {
      throw .rejected([
        InputIssue(
          file: "clock", line: nil, field: nil,
          reason: Text.current(.clockOutOfRange, ["millis": String(nowMillis)]))
      ])
    }
    return date
  }
}

/// Holds a writer's projection between batches, so that a process appending many small
/// batches neither re-reads the saved projection nor folds the lines since it each time.
final class ProjectionCache: @unchecked Sendable {
  // Used by one writer, from one thread at a time: appends are serialized by the caller.
  var projection: Projection?
}
