import Foundation
import XCTest

/// A ledger for maker-and-checker tests through the real binary: keys `admin`, `maker`
/// (accountant of `city`) and `checker` (reviewer), 1,000.00 yuan in `city`/`fund` and a
/// review threshold of 100.00 yuan on `city`.
final class StagedLedger {
  let directory: TemporaryDirectory
  var ledger: String { directory.path("ledger") }
  var journal: String { ledger + "/journal.jsonl" }
  var roster: String { ledger + "/roster.jsonl" }

  init() throws {
    directory = try TemporaryDirectory()
    for name in ["admin", "maker", "checker"] {
      try ReliefProcess.run(["keys", "generate", "--name", name, "--out", key(name)])
        .assertStatus(0)
    }
    try relief(["init"], as: "admin").assertStatus(0)
    try relief(["append", "union", "--id", "city", "--name", "南通市总工会"], as: "admin")
      .assertStatus(0)
    try relief(["append", "program", "--id", "fund", "--name", "专项资金"], as: "admin")
      .assertStatus(0)
    try relief(
      [
        "append", "receipt", "--date", "2022-03-02", "--union", "city", "--program", "fund",
        "--amount", "1000",
      ], as: "admin"
    ).assertStatus(0)
    try register("maker", role: "accountant", union: "city")
    try register("checker", role: "reviewer", union: nil)
    try relief(["append", "review-threshold", "--union", "city", "--amount", "100"], as: "admin")
      .assertStatus(0)
  }

  func key(_ name: String) -> String { directory.path("\(name).key") }

  func relief(_ arguments: [String], as name: String) throws -> ReliefProcess.Outcome {
    try ReliefProcess.run(
      arguments + ["--ledger", ledger], extraEnvironment: ["RELIEF_KEY": key(name)])
  }

  private func register(_ name: String, role: String, union: String?) throws {
    var arguments = ["append", "key", "--key", try verifierKey(name), "--role", role]
    if let union { arguments += ["--union", union] }
    try relief(arguments + ["--signer", key("admin")], as: "admin").assertStatus(0)
  }

  func verifierKey(_ name: String) throws -> String {
    try ReliefProcess.run(["keys", "show", key(name)]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func keyID(_ name: String) throws -> String {
    try verifierKey(name).split(separator: "+").prefix(2).joined(separator: "+")
  }

  func journalData() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: journal)) }

  func proposalPath(_ id: String) -> String { ledger + "/proposals/" + id }

  func proposalText(_ id: String) throws -> String {
    try String(contentsOfFile: proposalPath(id), encoding: .utf8)
  }

  /// Replaces `old` (which must occur) by `new` in the proposal file `id`.
  func alter(_ id: String, _ old: String, _ new: String, line: UInt = #line) throws {
    let text = try proposalText(id)
    XCTAssertTrue(text.contains(old), "\(old) not in \(text)", line: line)
    try text.replacingOccurrences(of: old, with: new)
      .write(toFile: proposalPath(id), atomically: true, encoding: .utf8)
  }

  /// Stages `arguments` (an append or import) as the maker; the proposal's id.
  func stage(_ arguments: [String]) throws -> String {
    let staged = try relief(arguments + ["--stage"], as: "maker")
    try staged.assertStatus(0)
    let id = String(staged.stdout.split(separator: "\n")[0])
    XCTAssertEqual(id.count, 16, staged.stdout)
    return id
  }

  /// Stages a disbursement of `amount` yuan of supplies for 3 people.
  func stageSpending(_ amount: String) throws -> String {
    try stage([
      "append", "disbursement", "--date", "2022-03-05", "--union", "city", "--program", "fund",
      "--amount", amount, "--category", "supplies", "--headcount", "3",
    ])
  }

  /// Stages an import of 500.00 yuan to 张三丰 (ID number and bank card) and 20.00 yuan of
  /// supplies.
  func stagePersonPayment() throws -> String {
    let sheet =
      "kind,date,union,program,amount,category,beneficiaries,beneficiary_unit,person_name,"
      + "person_id,bank_card,memo\n"
      + "disbursement,2022-03-05,city,fund,500,consolation,1,人,张三丰,110101199003074514,"
      + "6222 0212 3456 7890 123,慰问\n"
      + "disbursement,2022-03-05,city,fund,20,supplies,3,人,,,,口罩\n"
    let path = directory.path("people.csv")
    try Data(sheet.utf8).write(to: URL(fileURLWithPath: path))
    return try stage(["import", path])
  }
}
