import Foundation
import ReliefLedger
import XCTest

/// Runs ledger-cli, hledger and bean-check; a missing tool fails the test with the command
/// that installs it.
enum ExternalTools {
  static let install = "apt-get update && apt-get install -y ledger hledger beancount"

  struct Missing: Error, CustomStringConvertible {
    let tool: String
    var description: String { "'\(tool)' is not installed; install it with: \(install)" }
  }

  static func path(of tool: String) throws -> String {
    let directories =
      (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":") + ["/usr/bin", "/usr/local/bin"]
    for directory in directories {
      let candidate = "\(directory)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw Missing(tool: tool)
  }

  /// Runs `tool` with `arguments`; returns its exit status and its stdout and stderr.
  static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path(of: tool))
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Parses `  1234.56 CNY  Account:Name` lines of a flat balance report, in fen.
  static func parseBalances(_ text: String) -> [String: Int64] {
    var result: [String: Int64] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 3, fields[1] == "CNY" else { continue }
      var number = String(fields[0]).replacingOccurrences(of: ",", with: "")
      let negative = number.hasPrefix("-")
      if negative { number.removeFirst() }
      guard let money = try? Money.parseYuan(number) else { continue }
      result[String(fields[2]), default: 0] += negative ? -money.fen : money.fen
    }
    return result.filter { $0.value != 0 }
  }

  /// What every account of the export must hold, from relief's own balances, by ledger-cli
  /// account name (zero balances left out).
  static func expected(_ rows: [BalanceRow], name: (String, String, String) -> String)
    -> [String: Int64]
  {
    var result: [String: Int64] = [:]
    for row in rows {
      let totals = row.totals
      let accounts: [(String, Int64)] = [
        ("Assets:Union", totals.balance.fen),
        ("Income:Receipts", -totals.received.fen),
        ("Expenses:Refunds", totals.refunded.fen),
        ("Expenses:Subsidies", totals.subsidized.fen),
        ("Expenses:Disbursements", totals.disbursed.fen),
      ]
      for (prefix, fen) in accounts where fen != 0 {
        result[name(prefix, row.union, row.program)] = fen
      }
    }
    return result
  }
}
