import ReliefCrypto
import ReliefLog

/// A batch staged by its maker (制单) for a reviewer to approve: the entries and the maker's
/// signature over them.
///
/// A proposal lives outside the journal and is never believed: approving it replans its
/// entries against the verified ledger and checks the maker's signature over the batch
/// then built with the maker's registered key.
public struct Proposal: Equatable, Sendable {
  /// The proposal format version this code writes and reads.
  public static let format: Int64 = 1
  /// Most entries a proposal file may hold.
  public static let entryCountMax = 10_000_000

  /// The origin of the ledger it was staged for.
  public var origin: String
  /// The maker's key id and signature.
  public var maker: LedgerState.MakerClaim
  /// The entries, in order, as the maker's batch holds them (reversals with their originals).
  public var entries: [Entry]
  /// Where the rows came from (`append` or the input file's name).
  public var source: String
  /// Who each payment to a person pays, by entry index (from 0).
  ///
  /// The roster records that `approve` writes at the committed seqs. Private, like the
  /// roster: never shown.
  public var people: [Int: PersonPayment]
  /// The maker's base64 Ed25519 signature over `peopleMessage` (nil when no people): what
  /// binds the people lines, bank cards included, to the maker.
  public var peopleSignature: String?

  /// Creates a proposal.
  public init(
    origin: String, maker: LedgerState.MakerClaim, entries: [Entry], source: String,
    people: [Int: PersonPayment] = [:], peopleSignature: String? = nil
  ) {
    self.origin = origin
    self.maker = maker
    self.entries = entries
    self.source = source
    self.people = people
    self.peopleSignature = peopleSignature
  }

  /// The SHA-256 the maker signed over (see `BatchDigest`), from the entries' canonical form.
  public var digest: SHA256Digest {
    var hasher = SHA256()
    for entry in entries {
      hasher.update(CanonicalEncoder.encode(EntryEncoder.nested(entry)))
      hasher.update([UInt8(ascii: "\n")])
    }
    return hasher.finalize()
  }

  /// The proposal's id: the first 16 hex digits of the SHA-256 of its file's bytes (so two
  /// makers' proposals of the same entries have different ids).
  public var id: String { String(SHA256.hash(encoded()).hex.prefix(16)) }

  /// The entries as rows to plan again: a reversal names its original by seq, so the copy it
  /// carries is read again from the verified journal.
  public var drafts: [(row: InputRow, draft: EntryDraft)] {
    entries.enumerated().map { index, entry in
      // The fields a refusal names: the amount, or for a reversal the seq it reverses.
      var fields: [String: String] = [:]
      if entry.action.movedAmount.fen > 0 { fields["amount"] = entry.action.movedAmount.yuanString }
      guard case .reversal(let reversal) = entry.action else {
        return (InputRow(line: index + 2, fields: fields), .entry(entry))
      }
      fields = ["reverses": String(reversal.reverses)]
      return (
        InputRow(line: index + 2, fields: fields),
        .reversal(
          date: entry.date, target: .seq(reversal.reverses), memo: entry.memo,
          requestID: entry.requestID)
      )
    }
  }
}
