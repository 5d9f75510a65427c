import ReliefLog
import ReliefText

/// One line of the private roster: who the payment at `seq` paid.
///
/// It holds the salt of the payment's commitment; it is never in the journal, an export or
/// the site.
public struct RosterRecord: Equatable, Sendable {
  /// The seq of the payment line.
  public let seq: Int64
  /// The commitment's 16 random bytes.
  public let salt: [UInt8]
  /// Who was paid.
  public let person: PersonIdentity

  /// Creates the record of the payment at `seq`.
  public init(seq: Int64, salt: [UInt8], person: PersonIdentity) {
    self.seq = seq
    self.salt = salt
    self.person = person
  }

  /// The commitment this record gives: what the payment's `payee_commitment` must be.
  public var commitment: String {
    PayeeCommitment.hex(salt: salt, name: person.name, idNumber: person.idNumber)
  }

  /// The record as one canonical JSON line, newline included:
  /// `{"seq":S,"salt":"HEX","name":"…","person_id":"…","bank_card":"…"}` (no `bank_card`
  /// when none).
  public var line: [UInt8] {
    var object = JSONObject()
    object.append("seq", .integer(seq))
    object.append("salt", .string(PayeeCommitment.hex(salt)))
    object.append("name", .string(person.name))
    object.append("person_id", .string(person.idNumber))
    if let card = person.bankCard { object.append("bank_card", .string(card)) }
    return CanonicalEncoder.encode(object) + [0x0A]
  }

  /// Reads one roster line (without its newline); the reason when it is not one.
  public static func parse(_ bytes: [UInt8]) -> Result<RosterRecord, RosterLineProblem> {
    let object: JSONObject
    do {
      object = try CanonicalDecoder.decodeObject(bytes)
    } catch {
      return .failure(
        RosterLineProblem(reason: Text.current(.rosterNotCanonical, ["error": "\(error)"])))
    }
    let names = object.members.map(\.key)
    guard names == ["seq", "salt", "name", "person_id"] + (names.count == 5 ? ["bank_card"] : [])
    else {
      return .failure(
        RosterLineProblem(reason: Text.current(.rosterMembers)))
    }
    guard case .integer(let seq)? = object["seq"], seq >= 0,
      case .string(let saltHex)? = object["salt"], let salt = decodeHex(saltHex),
      salt.count == PayeeCommitment.saltSizeBytes,
      case .string(let name)? = object["name"], FieldRules.checkName(name) == nil,
      case .string(let idNumber)? = object["person_id"]
    else {
      return .failure(RosterLineProblem(reason: Text.current(.rosterFields)))
    }
    var card: String?
    if case .string(let text)? = object["bank_card"] { card = text }
    let person = PersonIdentity(name: name, idNumber: idNumber, bankCard: card)
    return .success(RosterRecord(seq: seq, salt: salt, person: person))
  }

  private static func decodeHex(_ hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    var index = 0
    while index < digits.count {
      guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else {
        return nil
      }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  private static func nibble(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }
}

/// Why a roster line could not be read.
public struct RosterLineProblem: Error, Equatable, Sendable {
  /// What is wrong with it.
  public let reason: String
}
