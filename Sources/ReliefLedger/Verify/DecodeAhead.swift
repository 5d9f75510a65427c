import Dispatch
import ReliefLog

/// A line's header and entry, parsed ahead on the reading thread.
///
/// Only what parsed cleanly is kept: a line whose header or entry did not parse is parsed
/// again by the checking thread, which then reports it in the usual order (a chain fault
/// before a malformed entry).
struct PreparedLine: Sendable {
  /// The line's header, if it parsed.
  let header: LineHeader?
  /// The entry, if the line is an entry line that decoded.
  let entry: Entry?
}

/// Parses each chunk's lines while the checking thread is busy with the previous chunk:
/// every line parses on its own bytes alone, so this is safe ahead of the chain checks.
///
/// One array per slot of the reader's double buffer; the reader fills a slot only after
/// every line of its previous chunk has been checked.
///
/// The reading thread also hashes every line, so it parses only a share of each chunk (the
/// first lines) and leaves the rest to the checking thread. The share follows the reader's
/// slack: lines are moved to the thread that idled, as many as half its idle time would
/// take to parse, so that neither thread waits for the other. Which thread parses a line
/// changes nothing but the time.
final class DecodeAhead: @unchecked Sendable {
  private let slots = [Slot(), Slot()]
  /// The share of each chunk's lines parsed ahead, from 0 to 1.
  private(set) var share = 1.0
  /// What parsing one line took on the reading thread, as last measured.
  private var nanosPerLine = 1_000.0

  private final class Slot {
    var lines: [PreparedLine] = []
  }

  /// Parses `lines` into `slot` (called on the reading thread); `slackNanos` is how long
  /// this thread idled on the chunk before (or, negative, how long the checking thread
  /// waited for it).
  func prepare(slot: Int, lines: [UnsafeRawBufferPointer], slackNanos: Int64) {
    if !lines.isEmpty {
      // Moving k lines from one thread to the other changes their difference by 2k lines'
      // work; half of that again, so that the share settles instead of swinging.
      let moved = Double(slackNanos) / (4 * nanosPerLine)
      share = max(0, min(1, share + moved / Double(lines.count)))
    }
    let target = slots[slot]
    target.lines.removeAll(keepingCapacity: true)
    target.lines.reserveCapacity(lines.count)
    let ahead = Int(Double(lines.count) * share)
    let start = DispatchTime.now().uptimeNanoseconds
    for (index, line) in lines.enumerated() {
      guard index < ahead, let header = try? LineHeader.parse(line) else {
        target.lines.append(PreparedLine(header: nil, entry: nil))
        continue
      }
      let entry = header.isCommit ? nil : try? EntryDecoder.decode(line, header: header).entry
      target.lines.append(PreparedLine(header: header, entry: entry))
    }
    if ahead >= 256 {
      nanosPerLine = Double(DispatchTime.now().uptimeNanoseconds &- start) / Double(ahead)
    }
  }

  /// `prepare` as the reader's `forEachPreparedLine` takes it.
  var preparer: @Sendable (Int, [UnsafeRawBufferPointer], Int64) -> Void {
    { [self] in prepare(slot: $0, lines: $1, slackNanos: $2) }
  }

  /// What `prepare` made of the line at `index` in the chunk of `slot`, moved out: asked a
  /// second time, the line has nothing prepared.
  ///
  /// Moved, not copied, so that the strings an entry holds change threads without being
  /// retained and released once more per line.
  func take(slot: Int, index: Int) -> PreparedLine {
    var line = PreparedLine(header: nil, entry: nil)
    swap(&line, &slots[slot].lines[index])
    return line
  }
}
