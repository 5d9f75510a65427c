import Dispatch

/// Maps a sheet's rows with `RowMapper`, a large sheet in two halves at once.
///
/// Each row maps on its own, so the halves need nothing from each other; their drafts,
/// problems and payments are joined in row order, exactly as one pass would give them.
enum RowMapping {
  /// The fewest rows worth a second thread: below this, starting it costs more than it saves.
  static let rowsPerPartMin = 4096

  /// What mapping some rows gives: the drafts of the rows that map, the problems of those
  /// that do not (in row order), and the people paid by row line.
  struct Mapped: Sendable {
    var drafts: [(row: InputRow, draft: EntryDraft)] = []
    var issues: [InputIssue] = []
    var persons: [Int: PersonPayment] = [:]
  }

  /// Maps `rows` read from `source`; `today` dates registrations that give no date.
  static func map(_ rows: [InputRow], source: String, today: BusinessDate) -> Mapped {
    let partCount = rows.count >= 2 * rowsPerPartMin ? 2 : 1
    let bounds = (0...partCount).map { rows.count * $0 / partCount }
    let parts = inParts(partCount) { part in
      map(rows[bounds[part]..<bounds[part + 1]], source: source, today: today)
    }
    guard var mapped = parts.first else { return Mapped() }
    for part in parts.dropFirst() {
      mapped.drafts += part.drafts
      mapped.issues += part.issues
      mapped.persons.merge(part.persons) { first, _ in first }
    }
    return mapped
  }

  /// Maps `rows` one after another on this thread.
  static func map(_ rows: ArraySlice<InputRow>, source: String, today: BusinessDate) -> Mapped {
    var mapped = Mapped()
    mapped.drafts.reserveCapacity(rows.count)
    for row in rows {
      switch RowMapper.draftAndPerson(from: row.fields, today: today) {
      case .success(let result):
        mapped.drafts.append((row, result.draft))
        // Each row has its own line: a row paying no one has nothing to record.
        if let person = result.person { mapped.persons[row.line] = person }
      case .failure(let problems):
        mapped.issues += problems.problems.map {
          InputIssue(file: source, line: row.line, field: $0.field, reason: $0.reason)
        }
      }
    }
    return mapped
  }

  /// `body` of each part from 0 to `count` - 1, in order, the parts run at the same time.
  private static func inParts(_ count: Int, _ body: @Sendable (Int) -> Mapped) -> [Mapped] {
    guard count > 1 else { return [body(0)] }
    var results = [Mapped](repeating: Mapped(), count: count)
    results.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let slots = PartSlots(base: base)
      DispatchQueue.concurrentPerform(iterations: count) { part in
        slots.base[part] = body(part)
      }
    }
    return results
  }
}

/// Where the parts of `RowMapping.map` leave their results, one slot each.
///
/// Unchecked: each part writes only its own slot, and the slots are read only after
/// `concurrentPerform` has returned, when every part is done.
private struct PartSlots: @unchecked Sendable {
  let base: UnsafeMutablePointer<RowMapping.Mapped>
}
