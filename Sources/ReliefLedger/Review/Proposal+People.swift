import ReliefLog
import ReliefText

/// The people section of a proposal (docs/FORMAT.md, "Maker and checker"): who each payment
/// to a person pays, carried beside the entries until `approve` writes it to the roster.
///
/// Like the roster it is private: nothing here is ever printed but the masked payee that
/// the entry itself carries.
extension Proposal {
  /// The payee entry `index` carries (its masked name and `payee_commitment`), read from
  /// the entry's canonical members whatever its kind; nil when it pays no person.
  public func payee(ofEntry index: Int) -> (display: String, commitment: String)? {
    let body = EntryEncoder.body(of: entries[index])
    guard case .string(let display)? = body["payee"],
      case .string(let commitment)? = body["payee_commitment"]
    else { return nil }
    return (display, commitment)
  }

  /// What is wrong with the people section, by entry index (from 0), in entry order.
  ///
  /// A record whose salt, name and ID number do not give its entry's `payee_commitment`,
  /// or whose name masked is not the entry's payee; a record for an entry that pays no
  /// person; an entry that pays a person without a record. The reasons never repeat a name
  /// or an ID number.
  public func peopleProblems() -> [(index: Int, reason: String)] {
    var problems: [(index: Int, reason: String)] = []
    for index in people.keys.sorted() where !entries.indices.contains(index) {
      problems.append((index, Text.current(.peopleNoSuchEntry, ["number": String(index + 1)])))
    }
    for index in entries.indices {
      let number = index + 1
      switch (payee(ofEntry: index), people[index]) {
      case (nil, nil):
        continue
      case (nil, .some):
        problems.append(
          (
            index,
            Text.current(.peoplePersonForNoPayee, ["number": String(number)])
          ))
      case (let payee?, nil):
        problems.append(
          (
            index,
            Text.current(
              .peopleMissingRecord, ["number": String(number), "payee": payee.display])
          ))
      case (let payee?, let payment?):
        if payment.record(seq: 0).commitment != payee.commitment {
          problems.append(
            (
              index,
              Text.current(
                .peopleCommitmentDiffers, ["number": String(number), "payee": payee.display])
            ))
        } else if PersonName.masked(payment.person.name) != payee.display {
          problems.append(
            (
              index,
              Text.current(
                .peopleNameDiffers, ["number": String(number), "payee": payee.display])
            ))
        }
      }
    }
    return problems
  }

  /// The people section's line for entry `index` (from 0), without its newline:
  /// `{"entry":N,"salt":"HEX","name":"…","person_id":"…","bank_card":"…"}` where N counts
  /// from 1 (no `bank_card` when none).
  static func peopleLine(index: Int, _ payment: PersonPayment) -> [UInt8] {
    var object = JSONObject()
    object.append("entry", .integer(Int64(index) + 1))
    object.append("salt", .string(PayeeCommitment.hex(payment.salt)))
    object.append("name", .string(payment.person.name))
    object.append("person_id", .string(payment.person.idNumber))
    if let card = payment.person.bankCard { object.append("bank_card", .string(card)) }
    return CanonicalEncoder.encode(object)
  }

  /// Reads a people line of a proposal of `entryCount` entries: the entry index (from 0)
  /// and its payment, or why it is not one (never repeating the name or the number).
  static func parsePeopleLine(
    _ bytes: [UInt8], entryCount: Int
  ) -> Result<(index: Int, payment: PersonPayment), RosterLineProblem> {
    let object: JSONObject
    do {
      object = try CanonicalDecoder.decodeObject(bytes)
    } catch {
      return .failure(
        RosterLineProblem(reason: Text.current(.rosterNotCanonical, ["error": "\(error)"])))
    }
    guard case .integer(let number)? = object.members.first?.value,
      object.members.first?.key == "entry", number >= 1, number <= Int64(entryCount)
    else {
      return .failure(
        RosterLineProblem(
          reason: Text.current(.peopleLineEntry, ["count": String(entryCount)])))
    }
    // The rest is a roster record's, with the entry number in place of the seq.
    var record = object
    record.members[0] = (key: "seq", value: .integer(number))
    guard case .success(let parsed) = RosterRecord.parse(CanonicalEncoder.encode(record)) else {
      return .failure(
        RosterLineProblem(
          reason: Text.current(.peopleLineMembers)))
    }
    let person = parsed.person
    guard case .success(person.idNumber) = PersonIdentity.idNumber(person.idNumber) else {
      return .failure(RosterLineProblem(reason: Text.current(.peopleLineIDNumber)))
    }
    if let card = person.bankCard, PersonIdentity.bankCard(card) != .success(card) {
      return .failure(RosterLineProblem(reason: Text.current(.peopleLineBankCard)))
    }
    return .success((Int(number) - 1, PersonPayment(salt: parsed.salt, person: person)))
  }
}
