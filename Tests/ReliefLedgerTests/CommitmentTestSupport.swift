@testable import ReliefLedger

extension Row {
  static func commitment(
    _ union: String, _ amount: String, purpose: String = "饶工贷贴息", program: String = "covid",
    period: String? = "2020-01..2020-12", date: String = "2020-05-01", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "commitment", "date": date, "union": union, "program": program, "amount": amount,
      "purpose": purpose,
    ]
    fields["period"] = period
    fields["request_id"] = requestID
    return fields
  }

  /// `fields` (a refund, subsidy or disbursement row) paying against commitment `seq`.
  static func paying(_ seq: Int64, _ fields: [String: String]) -> [String: String] {
    fields.merging(["commitment": "\(seq)"]) { $1 }
  }

  /// `fields` paying against the commitment whose request id is `request`.
  static func paying(request: String, _ fields: [String: String]) -> [String: String] {
    fields.merging(["commitment_request": request]) { $1 }
  }
}

extension Make {
  static func commitment(
    _ union: String, _ amountFen: Int64, program: String = "covid", date: String = "2020-05-01"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .commitment(
        Commitment(union: union, program: program, amount: fen(amountFen), purpose: "贴息")))
  }
}
