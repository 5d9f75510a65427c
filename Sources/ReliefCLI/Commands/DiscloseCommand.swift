import Foundation
import ReliefDisclosure
import ReliefLedger

/// `relief disclose`: the public disclosure site.
enum DiscloseCommand {
  static let command = Command(
    name: "disclose", summary: "write the public disclosure site",
    help: """
      Usage: relief disclose --out DIR [--redact POLICY]

      Writes a static site (Chinese, works offline) into DIR: index.html with totals per
      program, a chart of flows down the union hierarchy, spending by category and the
      ledger head (seq and hash) to verify against; unions/<id>.html per union (balances,
      months, largest outflows); and data/*.csv, data/*.json with the same tables. If the
      ledger has a signed checkpoint ('relief checkpoint'), the latest one is shown on
      index.html and published as checkpoint.txt, with how to check a receipt against it.
      People's names are masked, ID-like numbers removed; businesses appear with name and
      credit code. POLICY is a text file of extra redactions, one per line:
        hide-counterparty|hide-memo|mask-business-names|hide-business-codes|mask-all-names
        followed by a union id or '*'  (see docs/DISCLOSURE.md)

      Example:
        relief disclose --ledger ledger --out site --redact redact.txt

      """,
    valued: ["out", "redact"], flagNames: [],
    run: run)

  static func run(_ arguments: Arguments, _ context: Context) throws(CommandFailure) -> ExitCode {
    guard arguments.positionals.isEmpty else {
      throw .usage("disclose takes no arguments", command: "disclose")
    }
    guard let out = arguments.values["out"] else {
      throw .usage("--out DIR is required", command: "disclose")
    }
    let policy = try self.policy(arguments.values["redact"])
    let journal = try context.journal(arguments)
    let checkpoint = try CheckpointStore(ledgerDirectory: journal.directory).latest()
    let files: [String]
    do {
      files = try SiteWriter.write(journal, to: out, policy: policy, checkpointNote: checkpoint)
    } catch {
      throw CommandFailure.reading(error)
    }
    context.console.out("wrote \(files.count) files to \(out)\n")
    return .success
  }

  static func policy(_ path: String?) throws(CommandFailure) -> RedactionPolicy {
    guard let path else { return RedactionPolicy() }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw CommandFailure(code: .environment, message: "cannot read the policy file \(path)")
    }
    do {
      return try RedactionPolicy(parsing: text)
    } catch {
      throw CommandFailure(code: .usage, message: error.description)
    }
  }
}
