import ReliefLedger

/// Turns each booked figure into import rows, keeping the balances so that an outflow is
/// funded before it is paid: first a receipt from the source the report names (if any),
/// then a SYNTHETIC receipt for whatever the acting union still lacks, then the figure's
/// own rows (one row, or one refund per synthetic business).
struct FigureRows {
  /// The counterparty of a SYNTHETIC funding receipt.
  static let syntheticFunder = "资金来源未报道（合成）"
  /// What a SYNTHETIC funding receipt's memo says after the figure's source.
  static let fundingNote =
    "SYNTHETIC funding so reported outflows can be paid; see seeds/README.md"

  private var writer: ImportCSVWriter
  private var balances = Balances()
  /// Goods in stock per union, program, item and unit, as the rows are written.
  private var stocks: [String: Int64] = [:]
  /// The counterparty of a SYNTHETIC goods receipt.
  static let syntheticGoodsSource = "物资来源未报道（合成）"
  /// What a SYNTHETIC goods receipt's memo says after the figure's source.
  static let goodsSourceNote =
    "SYNTHETIC receipt so reported goods can be handed out; see seeds/README.md"
  /// The serial the next synthetic business gets.
  private var nextSerial = 1

  init(writer: ImportCSVWriter) {
    self.writer = writer
  }

  /// The rows written so far.
  var rowCount: Int { writer.rowCount }

  /// Writes a registration row (union or program).
  mutating func writeRegistration(_ row: ImportRow) throws(SeedError) {
    try writer.write(row)
  }

  /// Writes every row that realises `booked`.
  mutating func write(_ booked: BookedFigure) throws(SeedError) {
    let figure = booked.figure
    if figure.kind.isGoods {
      try writeGoods(booked)
      return
    }
    if figure.kind.isOutflow {
      if let source = figure.fundedBy {
        try writeReceipt(
          booked, amount: booked.amount, counterparty: source,
          category: figure.fundedByCategory, suffix: "source",
          note: "funds from the source the report names")
      }
      let balance = balances.balance(union: figure.union, program: figure.program)
      if let shortfall = booked.amount.subtracting(balance), shortfall.fen > 0 {
        try writeReceipt(
          booked, amount: shortfall, counterparty: Self.syntheticFunder, category: nil,
          suffix: "funding", note: Self.fundingNote)
      }
    }
    if figure.kind == .refund {
      try writeRefunds(booked)
    } else {
      try writer.write(FigureRowBuilder.single(booked))
    }
    try apply(booked)
  }

  private mutating func writeReceipt(
    _ booked: BookedFigure, amount: Money, counterparty: String, category: String?,
    suffix: String, note: String
  ) throws(SeedError) {
    let figure = booked.figure
    var row = ImportRow(
      kind: FigureKind.receipt.rawValue, date: figure.date.description,
      memo: FigureRowBuilder.source(figure) + " " + note, requestID: figure.id + "." + suffix)
    row[.union] = figure.union
    row[.program] = figure.program
    row[.amount] = amount.yuanString
    row[.counterparty] = counterparty
    row[.category] = category
    try writer.write(row)
    try balances.add(amount, union: figure.union, program: figure.program)
  }

  private mutating func writeGoods(_ booked: BookedFigure) throws(SeedError) {
    let figure = booked.figure
    let quantity = figure.quantity ?? 0
    let key = [figure.union, figure.program, figure.item ?? "", figure.goodsUnit?.rawValue ?? ""]
      .joined(separator: " ")
    if figure.kind == .goodsDistribution {
      if let source = figure.fundedBy {
        try writeGoodsReceipt(
          booked, quantity: quantity, counterparty: source, suffix: "source",
          note: "goods from the source the report names")
        stocks[key, default: 0] += quantity
      }
      let shortfall = quantity - stocks[key, default: 0]
      if shortfall > 0 {
        try writeGoodsReceipt(
          booked, quantity: shortfall, counterparty: Self.syntheticGoodsSource,
          suffix: "funding", note: Self.goodsSourceNote)
        stocks[key, default: 0] += shortfall
      }
      stocks[key, default: 0] -= quantity
    } else {
      stocks[key, default: 0] += quantity
    }
    try writer.write(FigureRowBuilder.single(booked))
  }

  private mutating func writeGoodsReceipt(
    _ booked: BookedFigure, quantity: Int64, counterparty: String, suffix: String, note: String
  ) throws(SeedError) {
    let figure = booked.figure
    var row = ImportRow(
      kind: FigureKind.goodsReceipt.rawValue, date: figure.date.description,
      memo: FigureRowBuilder.source(figure) + " " + note, requestID: figure.id + "." + suffix)
    row[.union] = figure.union
    row[.program] = figure.program
    row[.item] = figure.item
    row[.quantity] = String(quantity)
    row[.unit] = figure.goodsUnit?.rawValue
    row[.counterparty] = counterparty
    try writer.write(row)
  }

  private mutating func writeRefunds(_ booked: BookedFigure) throws(SeedError) {
    let count = booked.count ?? 0
    let seed = SplitMix64.seed(for: booked.figure.id)
    guard let parts = Breakdown(totalFen: booked.amount.fen, count: count, seed: seed) else {
      throw .invalidSeeds([
        "figures.csv:\(booked.figure.line): \(booked.amount.yuanString) yuan cannot be split "
          + "into \(count) refunds of at least the minimum weight in fen"
      ])
    }
    guard nextSerial + count - 1 <= SyntheticBusiness.serialMax else {
      throw .invalidSeeds(["more than \(SyntheticBusiness.serialMax) synthetic businesses"])
    }
    for (index, fen) in parts.enumerated() {
      try writer.write(
        FigureRowBuilder.refund(
          booked, part: index + 1, amount: Money(fen: fen), serial: nextSerial))
      nextSerial += 1
    }
  }

  /// Moves the booked amount in the balances, as the ledger's rules will (a commitment
  /// moves nothing).
  private mutating func apply(_ booked: BookedFigure) throws(SeedError) {
    let figure = booked.figure
    if figure.kind == .commitment { return }
    guard figure.kind.isOutflow else {
      try balances.add(booked.amount, union: figure.union, program: figure.program)
      return
    }
    let outflow = Money(fen: -booked.amount.fen)
    try balances.add(outflow, union: figure.union, program: figure.program)
    if figure.kind == .allocation, let to = figure.to {
      try balances.add(booked.amount, union: to, program: figure.program)
    }
  }
}
