/// The columns of the generated import CSV: the input field names of `relief import`, in
/// the order `relief append --help` lists them.
enum ImportColumn: String, CaseIterable {
  case kind, date, union, to, program, amount, counterparty
  case counterpartyID = "counterparty_id"
  case category, headcount, period
  case duesPaid = "dues_paid"
  case reverses
  case reversesRequest = "reverses_request"
  case memo
  case requestID = "request_id"
  case id, name, parent
}
