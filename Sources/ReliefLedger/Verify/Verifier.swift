import ReliefLog

/// Re-derives everything from the journal's bytes: canonical lines, contiguous seqs, the
/// hash chain, append times, commit coverage, and the rules replayed in order.
///
/// Memory does not grow with the number of lines (only with unions, programs, accounts
/// and reversals): refunds and request ids are checked out of core, in a temporary file.
public struct Verifier {
  /// The journal to verify.
  public let journal: Journal
  /// Bytes of records each out-of-core check holds before it writes a sorted run.
  var runSizeBytes = VerificationPass.runSizeBytesDefault
  /// Whether refund periods are checked in memory by `apply`, as appends check them
  /// (for tests that compare both ways).
  var checksRefundOverlapsInMemory = false

  /// Creates a verifier for `journal`.
  public init(journal: Journal) {
    self.journal = journal
  }

  /// Verifies the journal as it is when the call starts; batches appended meanwhile are
  /// not looked at.
  ///
  /// `progress`, if given, is called now and then with the lines and bytes checked so far
  /// and the bytes in all.
  public func verify(
    progress: ((_ lines: Int64, _ bytes: Int64, _ totalBytes: Int64) -> Void)? = nil
  ) throws(JournalError) -> VerificationReport {
    let snapshot = try journal.openSnapshot()
    do {
      let targets = try ReversalTargets.collect(from: snapshot.allLines)
      var pass = VerificationPass(
        snapshot: snapshot, targets: targets, runSizeBytes: runSizeBytes,
        refundsInMemory: checksRefundOverlapsInMemory)
      pass.progress = progress
      var report = try pass.run()
      report.genesis = try committedGenesis(snapshot)
      return report
    } catch let error as JournalError {
      throw error
    } catch let error as SystemError {
      throw .system(error)
    } catch LineReadError.lineTooLong(let index, let offset) {
      throw .lineTooLong(lineIndex: index, offset: offset)
    } catch {
      throw .system(SystemError(operation: "verify", path: journal.journalPath, code: 5))
    }
  }
}

extension Verifier {
  /// The genesis on the snapshot's first committed line, if it holds one.
  ///
  /// Read from the same open file as the pass, so that a pinned key is compared with the
  /// very bytes that were verified, not with a file swapped in since.
  func committedGenesis(_ snapshot: JournalSnapshot) throws -> Genesis? {
    var genesis: Genesis?
    do {
      _ = try snapshot.committedLines.forEachLine { line, _, _ in
        if let decoded = try? EntryDecoder.decode(line),
          case .genesis(let found) = decoded.entry.action
        {
          genesis = found
        }
        throw FirstLineRead()
      }
    } catch is FirstLineRead {}
    return genesis
  }

  private struct FirstLineRead: Error {}
}

/// The seqs that reversals name, found in a first quick pass so that the main pass can
/// keep just those entries to compare with the reversals' copies.
enum ReversalTargets {
  static func collect(from reader: LineReader) throws -> Set<Int64> {
    var targets: Set<Int64> = []
    let reversalKind = EntryKind.reversal.rawValue
    _ = try reader.forEachLine { line, _, _ in
      // Most lines are told apart by their kind bytes alone, without parsing the header.
      guard mayBeReversal(line), let header = try? LineHeader.parse(line),
        header.kind == reversalKind,
        let decoded = try? EntryDecoder.decode(line, header: header),
        case .reversal(let reversal) = decoded.entry.action
      else { return }
      targets.insert(reversal.reverses)
    }
    return targets
  }

  private static let marker = Array(#"reversal""#.utf8)

  /// False only if `line` cannot have a header of kind reversal: it skips the digits of
  /// `seq` and `time_ms` and the fixed header bytes, and compares the kind's bytes.
  private static func mayBeReversal(_ line: UnsafeRawBufferPointer) -> Bool {
    func skipDigits(from start: Int) -> Int {
      var index = start
      while index < line.count, line[index] >= 0x30, line[index] <= 0x39 { index += 1 }
      return index
    }
    // {"seq":S,"prev":"<64 hex>","time_ms":T,"kind":"K
    let afterSeq = skipDigits(from: 7)
    let afterTime = skipDigits(from: afterSeq + 9 + 64 + 12)
    let kindStart = afterTime + 9
    guard kindStart + marker.count <= line.count else { return false }
    for (offset, byte) in marker.enumerated() where line[kindStart + offset] != byte {
      return false
    }
    return true
  }
}
