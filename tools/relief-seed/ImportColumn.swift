/// The columns of the generated import CSV: the input field names of `relief import`, in
/// the order `relief append --help` lists them (`headcount` and `commitment` are never
/// written: counts go in `beneficiaries`, and payments name commitments by request id).
enum ImportColumn: String, CaseIterable {
  case kind, date, union, to, program, amount, counterparty
  case counterpartyID = "counterparty_id"
  case category, beneficiaries
  case beneficiaryUnit = "beneficiary_unit"
  case period
  case duesPaid = "dues_paid"
  case purpose
  case commitmentRequest = "commitment_request"
  case reverses
  case reversesRequest = "reverses_request"
  case amountApprox = "amount_approx"
  case beneficiariesApprox = "beneficiaries_approx"
  case quantityApprox = "quantity_approx"
  case dateBasis = "date_basis"
  case memo
  case requestID = "request_id"
  case id, name, parent
  case item, quantity, unit, value
}
