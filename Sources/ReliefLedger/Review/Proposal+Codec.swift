import ReliefLog
import ReliefText

/// Why a proposal file cannot be read.
public struct ProposalFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line at fault.
  public let line: Int
  /// What is wrong.
  public let reason: String

  /// `line N: reason`.
  public var description: String {
    Text.current(.proposalLine, ["line": String(line), "reason": reason])
  }
}

/// A proposal file is canonical JSON lines (docs/FORMAT.md, "Maker and checker"): a header
/// `{"proposal":1,"origin":…,"maker":…,"maker_sig":…,"entries":N,"people":P,"source":…}`
/// (no `people` when P would be 0), then each entry as a reversal's `original` holds it
/// (`{"kind":…}`), then P people lines in entry order (`Proposal+People`).
extension Proposal {
  private static let headerNames = [
    "proposal", "origin", "maker", "maker_sig", "entries", "source",
  ]
  private static let headerNamesWithPeople = [
    "proposal", "origin", "maker", "maker_sig", "entries", "people", "people_sig", "source",
  ]

  /// The file's bytes, each line ending in a newline.
  public func encoded() -> [UInt8] {
    var header = JSONObject()
    header.append("proposal", .integer(Self.format))
    header.append("origin", .string(origin))
    header.append("maker", .string(maker.keyID))
    header.append("maker_sig", .string(maker.signature))
    header.append("entries", .integer(Int64(entries.count)))
    if !people.isEmpty {
      header.append("people", .integer(Int64(people.count)))
      header.append("people_sig", .string(peopleSignature ?? ""))
    }
    header.append("source", .string(source))
    var bytes = CanonicalEncoder.encode(header)
    bytes.append(UInt8(ascii: "\n"))
    for entry in entries {
      CanonicalEncoder.append(EntryEncoder.nested(entry), to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    for (index, payment) in people.sorted(by: { $0.key < $1.key }) {
      bytes += Self.peopleLine(index: index, payment)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// Reads a proposal file, accepting only what `encoded` writes.
  public init(decoding bytes: [UInt8]) throws(ProposalFormatError) {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard lines.last?.isEmpty == true else {
      throw ProposalFormatError(line: lines.count, reason: Text.current(.proposalNoFinalNewline))
    }
    lines.removeLast()
    guard let first = lines.first else {
      throw ProposalFormatError(line: 1, reason: Text.current(.proposalFileEmpty))
    }
    let object: JSONObject
    do {
      object = try CanonicalDecoder.decodeObject(Array(first))
    } catch {
      throw ProposalFormatError(line: 1, reason: "\(error)")
    }
    let header = try Self.header(object)
    let (count, peopleCount) = (header.count, header.peopleCount)
    guard count >= 1, count <= Self.entryCountMax, count + peopleCount == lines.count - 1 else {
      throw ProposalFormatError(
        line: 1,
        reason: Text.current(
          .proposalLineCount,
          [
            "entries": String(count), "people": String(peopleCount),
            "lines": String(lines.count - 1),
          ]))
    }
    var entries: [Entry] = []
    for (index, line) in lines[1...Int(count)].enumerated() {
      do {
        entries.append(
          try EntryDecoder.decodeNested(try CanonicalDecoder.decodeObject(Array(line))))
      } catch {
        throw ProposalFormatError(
          line: index + 2, reason: Text.current(.proposalBadEntry, ["error": "\(error)"]))
      }
    }
    var people: [Int: PersonPayment] = [:]
    var lastIndex = -1
    for (offset, line) in lines.dropFirst(1 + Int(count)).enumerated() {
      let lineNumber = 2 + Int(count) + offset
      switch Self.parsePeopleLine(Array(line), entryCount: entries.count) {
      case .failure(let problem):
        throw ProposalFormatError(
          line: lineNumber, reason: Text.current(.proposalBadPeopleLine, ["reason": problem.reason])
        )
      case .success(let (index, payment)):
        guard index > lastIndex else {
          throw ProposalFormatError(
            line: lineNumber, reason: Text.current(.proposalPeopleOrder))
        }
        (lastIndex, people[index]) = (index, payment)
      }
    }
    self.init(
      origin: header.origin,
      maker: LedgerState.MakerClaim(keyID: header.maker, signature: header.signature),
      entries: entries, source: header.source, people: people,
      peopleSignature: header.peopleSignature)
  }

  /// The header's members; `people` 0 and `peopleSignature` nil when absent.
  private struct Header {
    var origin = "", maker = "", signature = "", source = ""
    var count: Int64 = 0, peopleCount: Int64 = 0
    var peopleSignature: String?
  }

  private static func header(_ object: JSONObject) throws(ProposalFormatError) -> Header {
    let names = object.members.map(\.key)
    var values = object.members.map(\.value)
    var header = Header()
    if names == headerNamesWithPeople, case .integer(let count) = values[5], count >= 1,
      count <= entryCountMax, case .string(let signature) = values[6]
    {
      (header.peopleCount, header.peopleSignature) = (count, signature)
      values.removeSubrange(5...6)
    }
    guard names == headerNames || header.peopleCount > 0,
      case .integer(Self.format) = values[0], case .string(let origin) = values[1],
      case .string(let maker) = values[2], case .string(let signature) = values[3],
      case .integer(let count) = values[4], case .string(let source) = values[5]
    else {
      throw ProposalFormatError(
        line: 1,
        reason: Text.current(
          .proposalHeaderMembers, ["members": headerNames.joined(separator: ", ")]))
    }
    (header.origin, header.maker, header.signature) = (origin, maker, signature)
    (header.count, header.source) = (count, source)
    return header
  }
}
