import ReliefCrypto
import ReliefLog

// libFuzzer harness: journal line decoding (LineHeader, CanonicalDecoder, EntryDecoder).
// Built by tools/fuzz/build.sh against ReliefCrypto, ReliefLog and ReliefLedger.
@testable import ReliefLedger

/// Decodes one arbitrary line and checks that whatever decodes re-encodes to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let line = UnsafeRawBufferPointer(start: data, count: size)
  let bytes = Array(line)
  if let object = try? CanonicalDecoder.decodeObject(line) {
    guard CanonicalEncoder.encode(object) == bytes else {
      fatalError("canonical object does not re-encode to its bytes")
    }
  }
  guard let header = try? LineHeader.parse(line) else { return 0 }
  guard let decoded = try? EntryDecoder.decode(line, header: header) else { return 0 }
  guard decoded.header == header, header.kind == decoded.entry.kind.rawValue else {
    fatalError("decoded header or kind differs")
  }
  guard encodedLine(header: header, entry: decoded.entry) == bytes else {
    fatalError("decoded entry does not re-encode to the line's bytes")
  }
  // The fast path and the full decoder must agree on every line the fast path accepts.
  if let fast = FastEntryDecoder.decode(line, header: header) {
    guard let full = try? EntryDecoder.decodeFully(line, header: header), full.entry == fast
    else { fatalError("the fast decoder accepts a line the full decoder decodes otherwise") }
  }
  return 0
}

/// The bytes `BatchBuilder.appendEntry` writes for `entry` under `header`.
func encodedLine(header: LineHeader, entry: Entry) -> [UInt8] {
  var line = Array("{\"seq\":".utf8)
  CanonicalEncoder.appendInteger(header.seq, to: &line)
  line.append(contentsOf: Array(",\"prev\":\"\(header.prev.hex)\",\"time_ms\":".utf8))
  CanonicalEncoder.appendInteger(header.timeMillis, to: &line)
  line.append(contentsOf: Array(",\"kind\":".utf8))
  CanonicalEncoder.appendString(entry.kind.rawValue, to: &line)
  for member in EntryEncoder.body(of: entry).members {
    line.append(UInt8(ascii: ","))
    CanonicalEncoder.appendString(member.key, to: &line)
    line.append(UInt8(ascii: ":"))
    CanonicalEncoder.append(member.value, to: &line)
  }
  line.append(UInt8(ascii: "}"))
  return line
}
