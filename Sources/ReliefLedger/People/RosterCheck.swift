import ReliefText

/// Checks a roster against the payments to people of a verified journal: every payment has
/// exactly one record, every record a payment, and each record gives its payment's masked
/// name and commitment.
public struct RosterCheck {
  /// The records, by seq, with their roster line numbers.
  private var records: [Int64: (line: Int, record: RosterRecord)] = [:]
  /// The problems found, in the order found.
  public private(set) var problems: [String] = []
  /// The payments to people seen.
  public private(set) var paymentCount = 0

  /// Starts a check of `records` (with their 1-based roster lines).
  public init(records: [(line: Int, record: RosterRecord)]) {
    for (line, record) in records {
      if let first = self.records[record.seq] {
        problems.append(
          Text.current(
            .rosterSeqRepeated,
            ["line": String(line), "seq": String(record.seq), "first": String(first.line)]))
        continue
      }
      self.records[record.seq] = (line, record)
    }
  }

  /// Checks the journal entry at `seq`; entries that pay no person need no record.
  public mutating func check(_ entry: Entry, seq: Int64) {
    guard let payee = entry.action.payee else { return }
    paymentCount += 1
    guard let (line, record) = records.removeValue(forKey: seq) else {
      problems.append(
        Text.current(.rosterRecordMissing, ["seq": String(seq), "payee": payee.display]))
      return
    }
    if PersonName.masked(record.person.name) != payee.display {
      problems.append(
        Text.current(
          .rosterNameDiffers,
          [
            "line": String(line), "seq": String(seq),
            "masked": PersonName.masked(record.person.name), "payee": payee.display,
          ]))
    } else if record.commitment != payee.commitment {
      problems.append(
        Text.current(
          .rosterCommitmentDiffers,
          [
            "line": String(line), "seq": String(seq), "found": record.commitment,
            "expected": payee.commitment,
          ]))
    }
  }

  /// The problems once every journal entry was checked: those found, then each record no
  /// payment to a person claimed, in roster order.
  public func finish() -> [String] {
    let unclaimed = records.values.sorted { $0.line < $1.line }.map { line, record in
      Text.current(.rosterNotAPayment, ["line": String(line), "seq": String(record.seq)])
    }
    return problems + unclaimed
  }
}
