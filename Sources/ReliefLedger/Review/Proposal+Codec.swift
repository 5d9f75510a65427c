import ReliefLog

/// Why a proposal file cannot be read.
public struct ProposalFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based line at fault.
  public let line: Int
  /// What is wrong.
  public let reason: String

  /// `line N: reason`.
  public var description: String { "line \(line): \(reason)" }
}

/// A proposal file is canonical JSON lines (docs/FORMAT.md, "Maker and checker"): a header
/// `{"proposal":1,"origin":…,"maker":…,"maker_sig":…,"entries":N,"source":…}`, then each
/// entry as a reversal's `original` holds it (`{"kind":…}`).
extension Proposal {
  private static let headerNames = [
    "proposal", "origin", "maker", "maker_sig", "entries", "source",
  ]

  /// The file's bytes, each line ending in a newline.
  public func encoded() -> [UInt8] {
    var header = JSONObject()
    header.append("proposal", .integer(Self.format))
    header.append("origin", .string(origin))
    header.append("maker", .string(maker.keyID))
    header.append("maker_sig", .string(maker.signature))
    header.append("entries", .integer(Int64(entries.count)))
    header.append("source", .string(source))
    var bytes = CanonicalEncoder.encode(header)
    bytes.append(UInt8(ascii: "\n"))
    for entry in entries {
      CanonicalEncoder.append(EntryEncoder.nested(entry), to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// Reads a proposal file, accepting only what `encoded` writes.
  public init(decoding bytes: [UInt8]) throws(ProposalFormatError) {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard lines.last?.isEmpty == true else {
      throw ProposalFormatError(line: lines.count, reason: "the file does not end in a newline")
    }
    lines.removeLast()
    guard let first = lines.first else {
      throw ProposalFormatError(line: 1, reason: "the file is empty")
    }
    let header: JSONObject
    do {
      header = try CanonicalDecoder.decodeObject(Array(first))
    } catch {
      throw ProposalFormatError(line: 1, reason: "\(error)")
    }
    let values = header.members.map(\.value)
    guard header.members.map(\.key) == Self.headerNames,
      case .integer(Self.format) = values[0], case .string(let origin) = values[1],
      case .string(let maker) = values[2], case .string(let signature) = values[3],
      case .integer(let count) = values[4], case .string(let source) = values[5]
    else {
      throw ProposalFormatError(
        line: 1, reason: "the header must be " + Self.headerNames.joined(separator: ", "))
    }
    guard count >= 1, count <= Self.entryCountMax, count == lines.count - 1 else {
      throw ProposalFormatError(
        line: 1, reason: "entries is \(count) but the file holds \(lines.count - 1) entries")
    }
    var entries: [Entry] = []
    for (index, line) in lines.dropFirst().enumerated() {
      do {
        entries.append(
          try EntryDecoder.decodeNested(try CanonicalDecoder.decodeObject(Array(line))))
      } catch {
        throw ProposalFormatError(line: index + 2, reason: "not a canonical entry: \(error)")
      }
    }
    self.init(
      origin: origin, maker: LedgerState.MakerClaim(keyID: maker, signature: signature),
      entries: entries, source: source)
  }
}
