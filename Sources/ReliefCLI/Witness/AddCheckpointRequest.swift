import ReliefCrypto

/// The body of a `POST /add-checkpoint` (c2sp.org/tlog-witness): `old N`, up to 63
/// consistency proof hashes in base64, an empty line, then the signed checkpoint.
struct AddCheckpointRequest {
  /// The size of the checkpoint the client believes the witness last cosigned.
  let oldSize: UInt64
  /// The consistency proof from `oldSize` to the checkpoint's size.
  let proof: [SHA256Digest]
  /// The signed checkpoint note, as sent.
  let note: [UInt8]

  /// Most consistency proof lines a request may hold.
  static let proofLinesMax = 63

  /// Parses `body`; the reason when it is not a well-formed request (answered with 400).
  static func parse(_ body: [UInt8]) -> Result<AddCheckpointRequest, WitnessRefusal> {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    var noteStart: Int?
    while start < body.count {
      guard let end = body[start...].firstIndex(of: 0x0A) else {
        return .failure(.badRequest("a line of the request does not end in a newline"))
      }
      if end == start {
        noteStart = end + 1
        break
      }
      lines.append(body[start..<end])
      start = end + 1
    }
    guard let noteStart, let first = lines.first else {
      return .failure(.badRequest("no empty line before the checkpoint"))
    }
    let text = String(decoding: first, as: UTF8.self)
    guard text.hasPrefix("old "), let size = Self.decimal(text.dropFirst(4)) else {
      return .failure(.badRequest("the first line must be 'old N' (a decimal size)"))
    }
    guard lines.count - 1 <= proofLinesMax else {
      return .failure(.badRequest("more than \(proofLinesMax) consistency proof lines"))
    }
    var proof: [SHA256Digest] = []
    for line in lines.dropFirst() {
      guard let bytes = try? Base64.decode(String(decoding: line, as: UTF8.self)),
        let digest = SHA256Digest(bytes: bytes)
      else { return .failure(.badRequest("a proof line is not the base64 of a 32-byte hash")) }
      proof.append(digest)
    }
    return .success(
      AddCheckpointRequest(oldSize: size, proof: proof, note: Array(body[noteStart...])))
  }

  /// A decimal with no leading zeros (unless it is 0).
  private static func decimal(_ text: Substring) -> UInt64? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      text == "0" || !text.hasPrefix("0")
    else { return nil }
    return UInt64(text)
  }
}

/// Why a witness does not cosign: the HTTP status the protocol gives it, and a reason.
enum WitnessRefusal: Error, Equatable {
  /// 400: the request is malformed, or its old size is above the checkpoint's.
  case badRequest(String)
  /// 403: no signature verifies with a key the witness trusts for the origin.
  case forbidden(String)
  /// 404: the origin is not one the witness is configured for.
  case unknownLog(String)
  /// 409: the old size is not the size last cosigned (the body gives it), or the same size
  /// comes with another root.
  case conflict(latestSize: UInt64, String)
  /// 422: the consistency proof does not verify.
  case unprocessable(String)

  /// The HTTP status code.
  var status: Int {
    switch self {
    case .badRequest: return 400
    case .forbidden: return 403
    case .unknownLog: return 404
    case .conflict: return 409
    case .unprocessable: return 422
    }
  }

  /// The response body and its content type.
  var body: (contentType: String, text: String) {
    switch self {
    case .conflict(let size, _): return ("text/x.tlog.size", "\(size)\n")
    case .badRequest(let reason), .forbidden(let reason), .unknownLog(let reason),
      .unprocessable(let reason):
      return ("text/plain; charset=utf-8", reason + "\n")
    }
  }
}
