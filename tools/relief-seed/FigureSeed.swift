import ReliefLedger

/// One reported figure of `figures.csv`, read and checked on its own (references to
/// unions, programs and other figures are checked by `FigurePlan`).
struct FigureSeed {
  /// The columns of `figures.csv`.
  static let columns = [
    "figure_id", "source_report", "source_quote", "union", "kind", "amount_yuan",
    "amount_approx", "beneficiaries", "beneficiary_unit", "beneficiaries_approx", "category",
    "date", "date_basis", "notes", "to", "program", "counterparty", "funded_by",
    "funded_by_category", "includes", "period", "purpose", "pays", "item", "quantity", "unit",
    "quantity_approx",
  ]
  /// How `date_basis` begins: the date is the report's, or assumed.
  static let reportedDatePrefix = "report:"
  static let assumedDatePrefix = "assumed:"
  /// The longest figure id, in bytes; request ids are built from it.
  static let idSizeBytesMax = 32
  /// The largest count a figure may give.
  static let countMax = 100_000_000

  let id: String
  /// The line of `figures.csv` the figure is on.
  let line: Int
  let sourceReport: String
  let union: String
  let to: String?
  let program: String
  let kind: FigureKind
  let category: String?
  /// The amount; for goods, their valuation (zero when the report gives none).
  let amount: Money
  /// Goods in kind: the item, the quantity counted in `goodsUnit`, and how the report
  /// qualifies the quantity.
  let item: String?
  let quantity: Int64?
  let goodsUnit: GoodsUnit?
  let quantityApprox: Approximation?
  /// How the report qualifies the amount, if it is not exact.
  let amountApprox: Approximation?
  /// Who was reached, in the report's unit (a refund: the businesses refunded).
  let count: Int?
  /// The unit of `count`.
  let unit: BeneficiaryUnit?
  /// How the report qualifies the count, if it is not exact.
  let countApprox: Approximation?
  let counterparty: String?
  /// The source of funds the report names, booked as a receipt before the outflow.
  let fundedBy: String?
  /// The receipt category of that source (`donation`, `appropriation`, `other`).
  let fundedByCategory: String?
  /// Figures whose amounts (and counts) are part of this one's.
  let includes: [String]
  let period: String?
  /// A commitment's purpose.
  let purpose: String?
  /// The commitment figure this payment pays against.
  let pays: String?
  let date: BusinessDate
  /// Whether the date is assumed (`date_basis` begins `assumed:`) rather than reported.
  let dateAssumed: Bool

  /// The figures of `table` in file order; `nil` in place of a row with problems.
  static func read(_ table: SeedTable, issues: inout SeedIssues) -> [FigureSeed] {
    var figures: [FigureSeed] = []
    var known: Set<String> = []
    for row in table.rows {
      let before = issues.messages.count
      let figure = read(row, table: table, issues: &issues)
      if let figure, !known.insert(figure.id).inserted {
        issues.add(
          file: table.fileName, line: row.line, field: "figure_id",
          "'\(figure.id)' is repeated")
      }
      if let figure, issues.messages.count == before {
        figures.append(figure)
      }
    }
    return figures
  }

  private static func read(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> FigureSeed? {
    let fields = row.fields
    _ = table.required("source_quote", in: row, issues: &issues)
    let basis = table.required("date_basis", in: row, issues: &issues)
    if !basis.isEmpty && !basis.hasPrefix(reportedDatePrefix)
      && !basis.hasPrefix(assumedDatePrefix)
    {
      issues.add(
        file: table.fileName, line: row.line, field: "date_basis",
        "must begin '\(reportedDatePrefix)' or '\(assumedDatePrefix)'")
    }
    let id = table.required("figure_id", in: row, issues: &issues)
    if !isValidID(id) {
      issues.add(
        file: table.fileName, line: row.line, field: "figure_id",
        "'\(id)' must be 1–\(idSizeBytesMax) ASCII letters, digits and '-'")
    }
    let kindText = table.required("kind", in: row, issues: &issues)
    let kind = FigureKind(rawValue: kindText)
    if kind == nil {
      issues.add(
        file: table.fileName, line: row.line, field: "kind",
        "'\(kindText)' is not one of \(FigureKind.listed)")
    }
    let amount =
      kind?.isGoods == true && fields["amount_yuan"] == nil
      ? Money(fen: 0) : readAmount(row, table: table, issues: &issues)
    let (quantity, goodsUnit, quantityApprox) = readGoods(row, table: table, issues: &issues)
    let date = readDate(row, table: table, issues: &issues)
    let source = table.required("source_report", in: row, issues: &issues)
    let union = table.required("union", in: row, issues: &issues)
    let program = table.required("program", in: row, issues: &issues)
    let count = table.integer(
      "beneficiaries", in: row, minimum: 1, maximum: countMax, issues: &issues)
    let unit = fields["beneficiary_unit"].flatMap(BeneficiaryUnit.init(rawValue:))
    if let text = fields["beneficiary_unit"], unit == nil {
      issues.add(
        file: table.fileName, line: row.line, field: "beneficiary_unit",
        "'\(text)' is not one of \(BeneficiaryUnit.listed)")
    }
    if (fields["beneficiaries"] == nil) != (fields["beneficiary_unit"] == nil) {
      issues.add(
        file: table.fileName, line: row.line, field: "beneficiary_unit",
        "beneficiaries and beneficiary_unit go together")
    }
    let amountApprox = approximation("amount_approx", row, table: table, issues: &issues)
    let countApprox = approximation("beneficiaries_approx", row, table: table, issues: &issues)
    if countApprox != nil && count == nil {
      issues.add(
        file: table.fileName, line: row.line, field: "beneficiaries_approx",
        "qualifies beneficiaries, which are not given")
    }
    guard let kind, let amount, let date else { return nil }
    return FigureSeed(
      id: id, line: row.line, sourceReport: source, union: union, to: fields["to"],
      program: program, kind: kind, category: fields["category"], amount: amount,
      item: fields["item"], quantity: quantity, goodsUnit: goodsUnit,
      quantityApprox: quantityApprox,
      amountApprox: amountApprox, count: count, unit: unit, countApprox: countApprox,
      counterparty: fields["counterparty"], fundedBy: fields["funded_by"],
      fundedByCategory: fields["funded_by_category"],
      includes: fields["includes"].map { $0.split(separator: ";").map(String.init) } ?? [],
      period: fields["period"], purpose: fields["purpose"], pays: fields["pays"], date: date,
      dateAssumed: basis.hasPrefix(assumedDatePrefix))
  }

  /// A goods figure's quantity, its unit and how the report qualifies the quantity.
  private static func readGoods(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> (Int64?, GoodsUnit?, Approximation?) {
    let quantity = table.integer(
      "quantity", in: row, minimum: 1, maximum: countMax, issues: &issues
    ).map(Int64.init)
    let unit = row.fields["unit"].flatMap(GoodsUnit.init(rawValue:))
    if let text = row.fields["unit"], unit == nil {
      issues.add(
        file: table.fileName, line: row.line, field: "unit",
        "'\(text)' is not one of \(GoodsUnit.listed)")
    }
    let approx = approximation("quantity_approx", row, table: table, issues: &issues)
    return (quantity, unit, approx)
  }

  private static func approximation(
    _ field: String, _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> Approximation? {
    guard let text = row.fields[field] else { return nil }
    guard let approximation = Approximation(rawValue: text) else {
      issues.add(
        file: table.fileName, line: row.line, field: field,
        "'\(text)' is not one of \(Approximation.listed)")
      return nil
    }
    return approximation
  }

  private static func isValidID(_ id: String) -> Bool {
    let bytes = Array(id.utf8)
    guard !bytes.isEmpty, bytes.count <= idSizeBytesMax else { return false }
    return bytes.allSatisfy { byte in
      byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39)
        || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
  }

  private static func readAmount(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> Money? {
    let text = table.required("amount_yuan", in: row, issues: &issues)
    guard !text.isEmpty else { return nil }
    do {
      let amount = try Money.parseYuan(text)
      guard amount.fen > 0 else {
        issues.add(file: table.fileName, line: row.line, field: "amount_yuan", "must be > 0")
        return nil
      }
      return amount
    } catch {
      issues.add(
        file: table.fileName, line: row.line, field: "amount_yuan", error.description)
      return nil
    }
  }

  private static func readDate(
    _ row: InputRow, table: SeedTable, issues: inout SeedIssues
  ) -> BusinessDate? {
    let text = table.required("date", in: row, issues: &issues)
    guard !text.isEmpty else { return nil }
    do {
      return try BusinessDate(parsing: text)
    } catch {
      issues.add(file: table.fileName, line: row.line, field: "date", "\(error)")
      return nil
    }
  }
}
