import ReliefCrypto

@testable import ReliefLedger

// MARK: Constants

/// The injected clock: 2020-06-01T00:00:00Z, which is 08:00 on 2020-06-01 in China.
let fixedMillis: Int64 = 1_590_969_600_000

/// 64 zeros: the `prev` of the first line.
let zeroHex = String(repeating: "0", count: 64)

/// Valid unified social credit codes (check characters computed per GB 32100-2015).
let codeA = "91320600MA1MXXXX03"
let codeB = "91320600MA1N12345U"
let codeC = "92320602MA1P0Q7R85"

// MARK: Bytes

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

func sha256Hex(_ line: String) -> String { SHA256.hash(utf8(line)).hex }

/// The lines of `bytes`, each without its newline (a trailing part without one included).
func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
  var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  if lines.last == [] { lines.removeLast() }
  return lines
}

/// `lines` joined, each followed by a newline.
func joinLines(_ lines: [[UInt8]]) -> [UInt8] {
  lines.reduce(into: []) { result, line in
    result += line
    result.append(0x0A)
  }
}

// MARK: Values

func day(_ text: String) -> BusinessDate {
  do {
    return try BusinessDate(parsing: text)
  } catch {
    preconditionFailure("bad test date \(text): \(error)")
  }
}

func code(_ text: String) -> UnifiedSocialCreditCode {
  do {
    return try UnifiedSocialCreditCode(validating: text)
  } catch {
    preconditionFailure("bad test code \(text): \(error)")
  }
}

func period(_ text: String) -> MonthPeriod {
  do {
    return try MonthPeriod(parsing: text)
  } catch {
    preconditionFailure("bad test period \(text): \(error)")
  }
}

func fen(_ value: Int64) -> Money { Money(fen: value) }

// MARK: Entries

/// Builders for entries, with defaults that keep tests short.
enum Make {
  static func genesis(_ origin: String = "test.example/l", date: String = "2020-06-01") -> Entry {
    Entry(
      date: day(date),
      action: .genesis(Genesis(origin: origin, adminKey: TestKeys.adminVerifierKey)))
  }

  static func union(
    _ id: String, name: String? = nil, parent: String? = nil, date: String = "2020-05-01"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .union(UnionRegistration(id: id, name: name ?? "\(id) union", parent: parent)))
  }

  static func program(_ id: String, name: String = "2020 epidemic special fund") -> Entry {
    Entry(date: day("2020-05-01"), action: .program(ProgramRegistration(id: id, name: name)))
  }

  static func receipt(
    _ union: String, _ amountFen: Int64, program: String = "covid",
    date: String = "2020-05-02", requestID: String? = nil
  ) -> Entry {
    Entry(
      date: day(date),
      action: .receipt(Receipt(union: union, program: program, amount: fen(amountFen))),
      requestID: requestID)
  }

  static func allocation(
    _ from: String, to: String, _ amountFen: Int64, program: String = "covid",
    date: String = "2020-05-03"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .allocation(
        Allocation(union: from, to: to, program: program, amount: fen(amountFen))))
  }

  static func refund(
    _ union: String, _ amountFen: Int64, dues duesFen: Int64, code text: String = codeA,
    period months: String = "2020-01..2020-03", program: String = "covid",
    date: String = "2020-05-04"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .refund(
        Refund(
          union: union, program: program, amount: fen(amountFen), business: "某某商贸有限公司",
          code: code(text), period: period(months), duesPaid: fen(duesFen))))
  }

  static func subsidy(
    _ union: String, _ amountFen: Int64, category: SubsidyCategory = .interest,
    headcount: Int64? = nil, program: String = "covid", date: String = "2020-05-05"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .subsidy(
        Subsidy(
          union: union, program: program, amount: fen(amountFen), category: category,
          beneficiaries: headcount.map(Beneficiaries.headcount))))
  }

  static func disbursement(
    _ union: String, _ amountFen: Int64, headcount: Int64 = 1,
    category: DisbursementCategory = .consolation, program: String = "covid",
    date: String = "2020-05-06"
  ) -> Entry {
    Entry(
      date: day(date),
      action: .disbursement(
        Disbursement(
          union: union, program: program, amount: fen(amountFen), category: category,
          beneficiaries: .headcount(headcount))))
  }

  static func reversal(of seq: Int64, _ original: Entry, date: String = "2020-05-20") -> Entry {
    Entry(date: day(date), action: .reversal(Reversal(reverses: seq, original: original)))
  }
}

// MARK: Input rows

/// Builders for input rows' field dictionaries, as the CSV and JSON Lines readers give them.
enum Row {
  static func union(
    _ id: String, name: String? = nil, parent: String? = nil, requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "union", "id": id, "name": name ?? "\(id) union"]
    fields["parent"] = parent
    fields["request_id"] = requestID
    return fields
  }

  static func program(_ id: String, name: String = "2020 epidemic special fund") -> [String: String]
  {
    ["kind": "program", "id": id, "name": name]
  }

  static func receipt(
    _ union: String, _ amount: String, program: String = "covid", date: String = "2020-05-02",
    counterparty: String? = nil, requestID: String? = nil, memo: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "receipt", "date": date, "union": union, "program": program, "amount": amount,
    ]
    fields["counterparty"] = counterparty
    fields["request_id"] = requestID
    fields["memo"] = memo
    return fields
  }

  static func allocation(
    _ from: String, to: String, _ amount: String, program: String = "covid",
    date: String = "2020-05-03", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "allocation", "date": date, "union": from, "to": to, "program": program,
      "amount": amount,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func refund(
    _ union: String, _ amount: String, dues: String, code: String = codeA,
    period: String = "2020-01..2020-03", program: String = "covid",
    date: String = "2020-05-04", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "refund", "date": date, "union": union, "program": program, "amount": amount,
      "counterparty": "某某商贸有限公司", "counterparty_id": code, "period": period,
      "dues_paid": dues,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func subsidy(
    _ union: String, _ amount: String, category: String = "interest", headcount: String? = nil,
    program: String = "covid", date: String = "2020-05-05", requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "subsidy", "date": date, "union": union, "program": program, "amount": amount,
      "category": category,
    ]
    fields["headcount"] = headcount
    fields["request_id"] = requestID
    return fields
  }

  static func disbursement(
    _ union: String, _ amount: String, headcount: String = "1",
    category: String = "consolation", program: String = "covid", date: String = "2020-05-06",
    requestID: String? = nil
  ) -> [String: String] {
    var fields = [
      "kind": "disbursement", "date": date, "union": union, "program": program,
      "amount": amount, "category": category, "headcount": headcount,
    ]
    fields["request_id"] = requestID
    return fields
  }

  static func reversal(
    seq: Int64, date: String = "2020-05-20", requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "reversal", "date": date, "reverses": "\(seq)"]
    fields["request_id"] = requestID
    return fields
  }

  static func reversal(
    request: String, date: String = "2020-05-20", requestID: String? = nil
  ) -> [String: String] {
    var fields = ["kind": "reversal", "date": date, "reverses_request": request]
    fields["request_id"] = requestID
    return fields
  }
}

/// Input rows numbered as in a CSV file with a header line: the first row is line 2.
func inputRows(_ fields: [[String: String]]) -> [InputRow] {
  fields.enumerated().map { InputRow(line: $0.offset + 2, fields: $0.element) }
}
