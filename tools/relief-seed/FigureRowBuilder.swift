import ReliefLedger

/// Builds the rows of one figure: their fields, memos and request ids.
enum FigureRowBuilder {
  /// `seeds:<figure id> <report file>`: the start of every memo of a figure's rows.
  static func source(_ figure: FigureSeed) -> String {
    "seeds:" + figure.id + " " + figure.sourceReport
  }

  /// What a memo adds when the figure books what is left after the figures it includes.
  static func remainderNote(_ booked: BookedFigure) -> String {
    booked.remainderOf.isEmpty
      ? "" : " remainder after " + booked.remainderOf.joined(separator: ", ")
  }

  /// What a memo adds so that readers see which figures are not exact.
  ///
  /// The amount or the count as the report qualifies it (`金额为约数（余）`), and an assumed
  /// date (`日期为推定`). `figures.csv` has the same marks in `amount_approx`,
  /// `beneficiaries_approx` and `date_basis`.
  static func marks(_ figure: FigureSeed, count: Bool) -> String {
    var text = ""
    if let approx = figure.amountApprox, figure.amount.fen > 0 {
      text += " 金额为约数（\(approx.rawValue)）"
    }
    if count, let approx = figure.countApprox { text += " 受益数为约数（\(approx.rawValue)）" }
    if let approx = figure.quantityApprox { text += " 数量为约数（\(approx.rawValue)）" }
    if figure.dateAssumed { text += " 日期为推定" }
    return text
  }

  /// The one row of a figure that is not broken down (all kinds but refunds).
  static func single(_ booked: BookedFigure) -> ImportRow {
    let figure = booked.figure
    var row = ImportRow(
      kind: figure.kind.rawValue, date: figure.date.description,
      memo: source(figure) + remainderNote(booked) + marks(figure, count: booked.count != nil),
      requestID: figure.id)
    row[.union] = figure.union
    row[.to] = figure.to
    row[.program] = figure.program
    if figure.kind.isGoods {
      row[.item] = figure.item
      row[.quantity] = figure.quantity.map { String($0) }
      row[.unit] = figure.goodsUnit?.rawValue
      row[.value] = booked.amount.fen > 0 ? booked.amount.yuanString : nil
    } else {
      row[.amount] = booked.amount.yuanString
    }
    row[.counterparty] = figure.counterparty
    row[.category] = figure.category
    if let count = booked.count, let unit = figure.unit {
      row[.beneficiaries] = String(count)
      row[.beneficiaryUnit] = unit.rawValue
    }
    row[.period] = figure.period
    row[.purpose] = figure.purpose
    row[.commitmentRequest] = figure.pays
    return row
  }

  /// Refund `part` (from 1) of the figure's breakdown, to synthetic business `serial`;
  /// the business paid exactly the dues refunded (a 100% refund).
  static func refund(
    _ booked: BookedFigure, part: Int, amount: Money, serial: Int
  ) -> ImportRow {
    let figure = booked.figure
    let count = booked.count ?? 0
    let memo =
      source(figure) + " SYNTHETIC breakdown \(part)/\(count)"
      + (booked.remainderOf.isEmpty ? "" : " of the" + remainderNote(booked))
      + marks(figure, count: false)
    var row = ImportRow(
      kind: FigureKind.refund.rawValue, date: figure.date.description, memo: memo,
      requestID: figure.id + "." + SyntheticBusiness.padded(part, width: 5))
    row[.union] = figure.union
    row[.program] = figure.program
    row[.amount] = amount.yuanString
    row[.counterparty] = SyntheticBusiness.name(serial: serial)
    row[.counterpartyID] = SyntheticBusiness.code(serial: serial)
    row[.period] = figure.period
    row[.duesPaid] = amount.yuanString
    row[.commitmentRequest] = figure.pays
    return row
  }
}
