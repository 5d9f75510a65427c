import ReliefLog

/// The businesses that the refunds and refund reversals among some lines name, found in a
/// quick first pass so that a state whose refunds are on disk can read just those.
enum RefundCodes {
  static func collect(from reader: LineReader) throws -> Set<UnifiedSocialCreditCode> {
    var codes: Set<UnifiedSocialCreditCode> = []
    let kinds: Set<String> = [EntryKind.refund.rawValue, EntryKind.reversal.rawValue]
    _ = try reader.forEachLine { line, _, _ in
      // A line that does not decode is reported by the fold itself, which reads it next.
      guard let header = try? LineHeader.parse(line), kinds.contains(header.kind),
        let decoded = try? EntryDecoder.decode(line, header: header)
      else { return }
      switch decoded.entry.action {
      case .refund(let refund): codes.insert(refund.code)
      case .reversal(let reversal):
        if case .refund(let refund) = reversal.original.action { codes.insert(refund.code) }
      default: return
      }
    }
    return codes
  }
}
