import Foundation
import XCTest

/// A ledger of the money model: a commitment by a city union paid in part by a subsidy
/// named by the commitment's request id, and an unpaid commitment by its parent.
enum MoneyModelLedger {
  static let csv = #"""
    kind,date,id,name,parent,union,to,program,amount,counterparty,category,period,purpose,commitment_request,memo,request_id
    union,2020-01-02,jx,江西省总工会,,,,,,,,,,,,u1
    union,2020-01-02,sr,上饶市总工会,jx,,,,,,,,,,,u2
    program,2020-01-02,covid,2020年疫情防控专项资金,,,,,,,,,,,,p1
    receipt,2020-02-01,,,,jx,,covid,200万,省财政,,,,,,r1
    allocation,2020-02-02,,,,jx,sr,covid,150万,,,,,,,r2
    commitment,2020-03-01,,,,sr,,covid,100万,,,2020-01..2020-12,饶工贷贴息，力争200家,,市总决定,c1
    subsidy,2020-12-31,,,,sr,,covid,40万,借款人,interest,,,c1,,s1
    commitment,2020-03-02,,,,jx,,covid,10万,,,2020-03,慰问一线职工,,,c2

    """#
}

extension DisclosureTestCase {
  /// Creates a ledger at `directory/name` holding `MoneyModelLedger.csv`.
  func makeMoneyModelLedger(name: String = "money") throws -> String {
    let ledger = directory + "/" + name
    XCTAssertEqual(relief(["init", "--ledger", ledger, "--origin", "test.example/m"]).status, 0)
    let csv = directory + "/" + name + ".csv"
    try MoneyModelLedger.csv.write(toFile: csv, atomically: true, encoding: .utf8)
    let outcome = relief(["import", csv, "--ledger", ledger])
    XCTAssertEqual(outcome.status, 0, outcome.err)
    return ledger
  }
}
