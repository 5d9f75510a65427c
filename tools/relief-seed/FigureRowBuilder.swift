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

  /// Marks `row` with what the report qualifies (the amount or value, the count, the
  /// quantity: `amount_approx` etc.) and an assumed date (`date_basis`), as entry fields
  /// the public sees beside the figures.
  static func mark(_ row: inout ImportRow, _ figure: FigureSeed, amount: Bool, count: Bool) {
    if amount { row[.amountApprox] = figure.amountApprox?.rawValue }
    if count { row[.beneficiariesApprox] = figure.countApprox?.rawValue }
    if figure.kind.isGoods { row[.quantityApprox] = figure.quantityApprox?.rawValue }
    if figure.dateAssumed { row[.dateBasis] = EntryMarks.assumedDateBasis }
  }

  /// The one row of a figure that is not broken down (all kinds but refunds).
  static func single(_ booked: BookedFigure) -> ImportRow {
    let figure = booked.figure
    var row = ImportRow(
      kind: figure.kind.rawValue, date: figure.date.description,
      memo: source(figure) + remainderNote(booked), requestID: figure.id)
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
    mark(&row, figure, amount: booked.amount.fen > 0, count: booked.count != nil)
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
    // A part of an approximate total is itself no more exact; its date is the total's.
    mark(&row, figure, amount: true, count: false)
    return row
  }
}
