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
/// first lines) and leaves the rest to the checking thread: the share shrinks while the
/// checking thread waits for chunks and grows while it does not, so that neither thread
/// idles. Which thread parses a line changes nothing but the time.
final class DecodeAhead: @unchecked Sendable {
  private let slots = [Slot(), Slot()]
  /// The share of each chunk's lines parsed ahead, in 1/64ths.
  private(set) var shareSixtyFourths = 64

  private final class Slot {
    var lines: [PreparedLine] = []
  }

  /// Parses `lines` into `slot` (called on the reading thread); `consumerWaited` tells
  /// whether the checking thread had to wait for the chunk before.
  func prepare(slot: Int, lines: [UnsafeRawBufferPointer], consumerWaited: Bool) {
    shareSixtyFourths = max(0, min(64, shareSixtyFourths + (consumerWaited ? -2 : 1)))
    let target = slots[slot]
    target.lines.removeAll(keepingCapacity: true)
    target.lines.reserveCapacity(lines.count)
    let ahead = lines.count * shareSixtyFourths / 64
    for (index, line) in lines.enumerated() {
      guard index < ahead, let header = try? LineHeader.parse(line) else {
        target.lines.append(PreparedLine(header: nil, entry: nil))
        continue
      }
      let entry = header.isCommit ? nil : try? EntryDecoder.decode(line, header: header).entry
      target.lines.append(PreparedLine(header: header, entry: entry))
    }
  }

  /// `prepare` as the reader's `forEachPreparedLine` takes it.
  var preparer: @Sendable (Int, [UnsafeRawBufferPointer], Bool) -> Void {
    { [self] in prepare(slot: $0, lines: $1, consumerWaited: $2) }
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
