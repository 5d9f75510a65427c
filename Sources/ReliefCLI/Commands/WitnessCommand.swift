import Foundation
import ReliefCrypto
import ReliefLog
import ReliefText

/// `relief witness serve`: a witness (c2sp.org/tlog-witness) over HTTP.
enum WitnessCommand {
  static let command = Command(
    name: "witness", summary: .summaryWitness, synopsis: .literal("serve"),
    about: .aboutWitness,
    options: [
      .valued("key", .file, .optionWitnessKey),
      .valued("log", .word(.placeholderOriginKey), .optionWitnessLog, repeatable: true),
      .valued("listen", .word(.placeholderHostPort), .optionListen),
      .valued("max_requests", .number, .optionMaxRequests),
    ],
    examples: [
      "relief witness serve --key witness.key --listen 127.0.0.1:7380 \\",
      "  --log \"nantong.example/relief=$(relief keys show admin.key)\"",
    ],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals == ["serve"] else {
      throw .usage(Text.current(.usageWitnessServe), command: "witness")
    }
    guard let keyPath = arguments.values["key"] else {
      throw .usage(Text.current(.usageWitnessKey), command: "witness")
    }
    guard let state = context.stateDirectory(arguments) else {
      throw .usage(
        Text.current(.usageWitnessState), command: "witness")
    }
    let witness = Witness(
      logs: try logs(arguments), signer: try KeyFiles.load(keyPath),
      state: WitnessState(stateDirectory: state))
    do {
      try PrivateDirectory.make(witness.state.directory)
    } catch {
      throw CommandFailure(code: .environment, message: "\(error)")
    }
    let (host, port) = try listenAddress(arguments.values["listen"])
    let maxRequests = try arguments.values["max_requests"].map { (text) throws(CommandFailure) in
      guard let count = Int(text), count > 0 else {
        throw .usage(Text.current(.usageWitnessMaxRequests), command: "witness")
      }
      return count
    }
    let server = try HTTPServer(host: host, port: port, limits: HTTPLimits())
    let console = context.console
    let clock = try context.clock()
    let values = ["name": witness.signer.name, "host": host, "port": String(server.port)]
    console.out(Text.current(.witnessListening, values) + "\n")
    server.serve(maxRequests: maxRequests) { request in
      respond(request, witness: witness, nowSeconds: UInt64(max(0, clock() / 1000)), console)
    }
    return .success
  }

  /// The witness's answer to one request.
  static func respond(
    _ request: HTTPRequest, witness: Witness, nowSeconds: UInt64, _ console: Console
  ) -> HTTPResponse {
    guard request.target == "/add-checkpoint" else {
      return HTTPResponse(status: 404, text: "only POST /add-checkpoint is served here\n")
    }
    guard request.method == "POST" else {
      var response = HTTPResponse(status: 405, text: "use POST\n")
      response.extraHeaders = ["Allow: POST"]
      return response
    }
    do {
      switch try witness.addCheckpoint(request.body, nowSeconds: nowSeconds) {
      case .success(let lines):
        return HTTPResponse(status: 200, text: lines)
      case .failure(let refusal):
        let (type, text) = refusal.body
        return HTTPResponse(status: refusal.status, contentType: type, text: text)
      }
    } catch {
      console.err("relief witness: \(error.message)\n")
      return HTTPResponse(status: 500, text: "the witness could not record its state\n")
    }
  }

  /// The logs of `--log ORIGIN=VERIFIER_KEY`, each origin with its keys.
  private static func logs(_ arguments: Arguments) throws(CommandFailure) -> [String:
    [NoteVerifierKey]]
  {
    var logs: [String: [NoteVerifierKey]] = [:]
    for text in arguments.lists["log"] ?? [] {
      guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
        throw .usage(Text.current(.usageWitnessLogForm, ["value": text]), command: "witness")
      }
      do {
        let key = try NoteVerifierKey(parsing: String(text[text.index(after: equals)...]))
        logs[String(text[..<equals]), default: []].append(key)
      } catch {
        throw .usage("--log \(text[..<equals]): \(error)", command: "witness")
      }
    }
    guard !logs.isEmpty else {
      throw .usage(Text.current(.usageWitnessLogMissing), command: "witness")
    }
    return logs
  }

  private static func listenAddress(_ text: String?) throws(CommandFailure) -> (String, UInt16) {
    guard let text, let colon = text.lastIndex(of: ":"),
      let port = UInt16(text[text.index(after: colon)...])
    else {
      throw .usage(Text.current(.usageWitnessListen), command: "witness")
    }
    return (String(text[..<colon]), port)
  }
}
