import Foundation
import ReliefCrypto
import ReliefText

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A witness the log asks for cosignatures: its add-checkpoint URL and its cosigner key.
struct WitnessEndpoint {
  let url: URL
  let key: NoteVerifierKey

  /// Parses `URL=VERIFIER_KEY` (the key as `relief keys show --cosigner` prints it).
  init(parsing text: String) throws(CommandFailure) {
    guard let equals = text.firstIndex(of: "="),
      let url = URL(string: String(text[..<equals])), url.scheme == "http" || url.scheme == "https"
    else {
      throw .usage(Text.current(.witnessArgument, ["value": text]), command: "checkpoint")
    }
    do {
      key = try NoteVerifierKey(
        parsing: String(text[text.index(after: equals)...]), accepting: [.cosignatureV1])
    } catch {
      throw .usage(
        Text.current(.witnessKeyInvalid, ["url": "\(url)", "reason": "\(error)"]),
        command: "checkpoint")
    }
    self.url = url.appendingPathComponent("add-checkpoint")
  }
}

/// The log side of c2sp.org/tlog-witness: sends a checkpoint to witnesses and gathers
/// their cosignatures.
enum WitnessClient {
  /// How long one request may take, in seconds.
  static let timeoutSeconds: TimeInterval = 10

  /// `note` with the cosignatures of the witnesses that gave one, and their number.
  ///
  /// `proof(n)` is the consistency proof from size n to the checkpoint's. Each witness is
  /// asked with the
  /// size it last cosigned (learnt from a 409); its answer counts only if its cosignature
  /// verifies with its key. Problems are reported through `report`.
  static func gather(
    _ note: SignedNote, size: UInt64, from endpoints: [WitnessEndpoint],
    proof: (UInt64) throws(CommandFailure) -> [SHA256Digest], report: (String) -> Void
  ) throws(CommandFailure) -> (note: SignedNote, count: Int) {
    var lines: [NoteSignature] = []
    var count = 0
    for endpoint in endpoints {
      var old: UInt64 = 0
      var cosigned: [NoteSignature]?
      for _ in 0..<2 where cosigned == nil {
        let body =
          Array(
            ("old \(old)\n" + (try proof(old)).map { Base64.encode($0.bytes) + "\n" }.joined()
              + "\n").utf8) + Array(note.encoded.utf8)
        let (status, text) = post(body, to: endpoint.url)
        switch status {
        case 200:
          cosigned = verifiedLines(text, note: note, key: endpoint.key)
          if cosigned == nil {
            report(Text.current(.witnessBadCosignature, ["url": "\(endpoint.url)"]))
          }
        case 409:
          guard let latest = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines)),
            latest != old, latest <= size
          else {
            report(
              Text.current(
                .witnessSplitView, ["url": "\(endpoint.url)", "answer": String(text.prefix(200))]))
            break
          }
          old = latest
          continue
        default:
          let what = status == 0 ? Text.current(.witnessUnreachable) : "HTTP \(status)"
          report(
            Text.current(
              .witnessAnswered,
              ["url": "\(endpoint.url)", "status": what, "answer": String(text.prefix(200))]))
        }
        break
      }
      if let cosigned {
        lines += cosigned
        count += 1
      }
    }
    do {
      return (try SignedNote(text: note.text, signatures: note.signatures + lines), count)
    } catch {
      throw CommandFailure(
        code: .invalid, message: Text.current(.witnessCannotAdd, ["reason": "\(error)"]))
    }
  }

  /// The cosignature lines of `response` by `key` over `note`, if they verify.
  private static func verifiedLines(
    _ response: String, note: SignedNote, key: NoteVerifierKey
  ) -> [NoteSignature]? {
    guard let combined = try? SignedNote(parsing: Array((note.encoded + response).utf8)),
      let verified = try? combined.verify(keys: [key])
    else { return nil }
    return verified.verified
  }

  /// POSTs `body`; the status (0 when no answer came) and the body as text.
  private static func post(_ body: [UInt8], to url: URL) -> (Int, String) {
    var request = URLRequest(url: url, timeoutInterval: timeoutSeconds)
    request.httpMethod = "POST"
    request.httpBody = Data(body)
    let (status, data) = HTTPExchange.send(request, timeoutSeconds: timeoutSeconds)
    // Foundation's error text on Linux is long and says little; the URL says where.
    return (status, data.map { String(decoding: $0, as: UTF8.self) } ?? "(no answer)")
  }
}
