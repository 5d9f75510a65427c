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
    var line = headerBytes(kind: kind)
    for member in body.members {
      line.append(UInt8(ascii: ","))
      CanonicalEncoder.appendString(member.key, to: &line)
      line.append(UInt8(ascii: ":"))
      CanonicalEncoder.append(member.value, to: &line)
    }
    line.append(UInt8(ascii: "}"))
    finish(line)
    entryCount += 1
    return seq
  }

  /// Appends the commit line closing the batch.
  ///
  /// `sign` receives the commit line's bytes with an empty signature (the signed message)
  /// and returns the base64 signature, or nil for an unsigned commit.
  public mutating func commit(
    signer: String, sign: (([UInt8]) -> String)? = nil
  ) {
    precondition(entryCount > 0, "a batch commits at least one entry")
    let message = commitBytes(signer: signer, signature: "")
    let signature = sign?(message) ?? ""
    finish(signature.isEmpty ? message : commitBytes(signer: signer, signature: signature))
  }

  private func commitBytes(signer: String, signature: String) -> [UInt8] {
    var line = headerBytes(kind: LineHeader.commitKind)
    line.append(contentsOf: Array(",\"entries\":".utf8))
    CanonicalEncoder.appendInteger(entryCount, to: &line)
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
    line.append(contentsOf: Array("{\"seq\":".utf8))
    CanonicalEncoder.appendInteger(head.nextSeq, to: &line)
    line.append(contentsOf: Array(",\"prev\":\"".utf8))
    let hexStart = line.count
    line.append(contentsOf: repeatElement(0, count: 64))
    line.withUnsafeMutableBytes { buffer in
      head.lastHash.writeHex(to: UnsafeMutableRawBufferPointer(rebasing: buffer[hexStart...]))
    }
    line.append(contentsOf: Array("\",\"time_ms\":".utf8))
    CanonicalEncoder.appendInteger(timeMillis, to: &line)
    line.append(contentsOf: Array(",\"kind\":".utf8))
    CanonicalEncoder.appendString(kind, to: &line)
    return line
  }

  private mutating func finish(_ line: [UInt8]) {
    head = ChainHead(
      nextSeq: head.nextSeq + 1, lastHash: SHA256.hash(line), lastTimeMillis: timeMillis)
    bytes.append(contentsOf: line)
    bytes.append(UInt8(ascii: "\n"))
  }
}
