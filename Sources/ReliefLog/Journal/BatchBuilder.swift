import ReliefCrypto

/// Builds the bytes of one batch: entry lines chained from a head, then the commit line.
///
/// Every line of a batch carries the same append time.
public struct BatchBuilder: Sendable {
  /// Where the next line of the batch attaches: the head after the lines appended so far.
  public private(set) var head: ChainHead
  /// The append time every line of the batch carries, in milliseconds since the Unix epoch.
  public let timeMillis: Int64
  /// The batch's bytes so far, each line followed by a newline.
  public private(set) var bytes: [UInt8] = []
  /// The number of entry lines appended so far.
  public private(set) var entryCount: Int64 = 0

  /// Starts a batch after `head`.
  ///
  /// The append time is `nowMillis`, or the head's time if the clock reads earlier, so that
  /// times never decrease.
  public init(after head: ChainHead, nowMillis: Int64) {
    self.head = head
    self.timeMillis = max(nowMillis, head.lastTimeMillis)
  }

  /// Appends an entry line of `kind` whose members after the header are `body`; returns the
  /// seq it was given.
  @discardableResult
  public mutating func appendEntry(kind: String, body: JSONObject) -> Int64 {
    precondition(kind != LineHeader.commitKind, "entries cannot use the commit kind")
    let seq = head.nextSeq
    // Written straight into the batch's bytes: no line buffer to allocate and copy.
    let start = bytes.count
    Self.appendHeader(kind: kind, head: head, timeMillis: timeMillis, to: &bytes)
    for member in body.members {
      bytes.append(UInt8(ascii: ","))
      CanonicalEncoder.appendString(member.key, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      CanonicalEncoder.append(member.value, to: &bytes)
    }
    bytes.append(UInt8(ascii: "}"))
    finishLine(startingAt: start)
    entryCount += 1
    return seq
  }

  /// Appends an entry line of `kind` whose members after the header are the ones `body`
  /// gives its writer, written straight into the batch's bytes; returns the seq it was given.
  ///
  /// The bytes are those of `appendEntry(kind:body:)` with an object of the same members.
  @discardableResult
  public mutating func appendEntry(
    kind: String, writingBody body: (inout CanonicalMemberWriter) -> Void
  ) -> Int64 {
    precondition(kind != LineHeader.commitKind, "entries cannot use the commit kind")
    let seq = head.nextSeq
    let start = bytes.count
    Self.appendHeader(kind: kind, head: head, timeMillis: timeMillis, to: &bytes)
    // The writer borrows the batch's bytes by swapping them in and out: no copy.
    var writer = CanonicalMemberWriter(bytes: [])
    swap(&writer.bytes, &bytes)
    body(&writer)
    swap(&writer.bytes, &bytes)
    bytes.append(UInt8(ascii: "}"))
    finishLine(startingAt: start)
    entryCount += 1
    return seq
  }

  /// Reserves room for about `sizeBytes` more bytes, so that large batches grow once.
  public mutating func reserveCapacity(_ sizeBytes: Int) {
    bytes.reserveCapacity(bytes.count + sizeBytes)
  }

  /// Appends the commit line closing the batch.
  ///
  /// `sign` receives the commit line's bytes with an empty signature (the signed message)
  /// and returns the base64 signature, or nil for an unsigned commit. `maker`, if given,
  /// makes it a version 2 commit line naming the maker's key id and signature.
  public mutating func commit(
    signer: String, maker: (keyID: String, signature: String)? = nil,
    sign: (([UInt8]) -> String)? = nil
  ) {
    precondition(entryCount > 0, "a batch commits at least one entry")
    let message = commitBytes(signer: signer, signature: "", maker: maker)
    let signature = sign?(message) ?? ""
    finish(
      signature.isEmpty
        ? message : commitBytes(signer: signer, signature: signature, maker: maker))
  }

  private func commitBytes(
    signer: String, signature: String, maker: (keyID: String, signature: String)?
  ) -> [UInt8] {
    var line = headerBytes(kind: LineHeader.commitKind)
    line.append(contentsOf: Array(",\"entries\":".utf8))
    CanonicalEncoder.appendInteger(entryCount, to: &line)
    if let maker {
      line.append(contentsOf: Array(",\"maker\":".utf8))
      CanonicalEncoder.appendString(maker.keyID, to: &line)
      line.append(contentsOf: Array(",\"maker_sig\":".utf8))
      CanonicalEncoder.appendString(maker.signature, to: &line)
    }
    line.append(contentsOf: Array(",\"signer\":".utf8))
    CanonicalEncoder.appendString(signer, to: &line)
    line.append(contentsOf: Array(",\"sig\":".utf8))
    CanonicalEncoder.appendString(signature, to: &line)
    line.append(UInt8(ascii: "}"))
    return line
  }

  private func headerBytes(kind: String) -> [UInt8] {
    var line: [UInt8] = []
    line.reserveCapacity(256)
    Self.appendHeader(kind: kind, head: head, timeMillis: timeMillis, to: &line)
    return line
  }

  private static let seqOpen = Array(#"{"seq":"#.utf8)
  private static let prevOpen = Array(#","prev":""#.utf8)
  private static let timeOpen = Array(#"","time_ms":"#.utf8)
  private static let kindOpen = Array(#","kind":"#.utf8)

  /// Static, so that appending into `bytes` never needs a copy of `self` (and of `bytes`).
  private static func appendHeader(
    kind: String, head: ChainHead, timeMillis: Int64, to line: inout [UInt8]
  ) {
    line.append(contentsOf: seqOpen)
    CanonicalEncoder.appendInteger(head.nextSeq, to: &line)
    line.append(contentsOf: prevOpen)
    let hexStart = line.count
    line.append(contentsOf: repeatElement(0, count: 64))
    line.withUnsafeMutableBytes { buffer in
      head.lastHash.writeHex(to: UnsafeMutableRawBufferPointer(rebasing: buffer[hexStart...]))
    }
    line.append(contentsOf: timeOpen)
    CanonicalEncoder.appendInteger(timeMillis, to: &line)
    line.append(contentsOf: kindOpen)
    CanonicalEncoder.appendString(kind, to: &line)
  }

  /// Hashes the line that starts at `start` and runs to the end of `bytes`, then ends it.
  private mutating func finishLine(startingAt start: Int) {
    let hash = bytes.withUnsafeBytes { SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[start...])) }
    head = ChainHead(nextSeq: head.nextSeq + 1, lastHash: hash, lastTimeMillis: timeMillis)
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func finish(_ line: [UInt8]) {
    head = ChainHead(
      nextSeq: head.nextSeq + 1, lastHash: SHA256.hash(line), lastTimeMillis: timeMillis)
    bytes.append(contentsOf: line)
    bytes.append(UInt8(ascii: "\n"))
  }
}
