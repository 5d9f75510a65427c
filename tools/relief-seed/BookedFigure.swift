import ReliefLedger

/// What the ledger books for one figure: its amount and count less those of the figures
/// it includes (a city-wide total that includes the city union's own part books only the
/// rest).
struct BookedFigure {
  let figure: FigureSeed
  /// The amount booked.
  let amount: Money
  /// The count booked (for a refund, the businesses generated), if the figure has one.
  let count: Int?
  /// The figures this one includes, whose parts are booked by them.
  var remainderOf: [String] { figure.includes }
}

/// Checks the figures' references and works out what each books.
enum FigurePlan {
  /// The figures to book, in business-date order (file order within a date).
  ///
  /// Records a problem for every union, program or included figure that does not exist, for an
  /// included figure of another kind or program, later in the file, counted in another unit,
  /// included twice (directly and through another), or larger than this, and for a
  /// commitment paid (`pays`) that is not an earlier commitment of the same union and
  /// program dated no later than the payment.
  static func book(
    _ figures: [FigureSeed], unions: Set<String>, programs: Set<String>, fileName: String,
    issues: inout SeedIssues
  ) -> [BookedFigure] {
    var earlier: [String: FigureSeed] = [:]
    var booked: [BookedFigure] = []
    for figure in figures {
      func problem(_ field: String, _ reason: String) {
        issues.add(file: fileName, line: figure.line, field: field, reason)
      }
      figure.checkShape(fileName: fileName, issues: &issues)
      for (field, id) in [("union", figure.union), ("to", figure.to)] {
        if let id, !unions.contains(id) { problem(field, "'\(id)' is not in unions.csv") }
      }
      if !programs.contains(figure.program) {
        problem("program", "'\(figure.program)' is not in programs.csv")
      }
      if let id = figure.pays {
        let paid = earlier[id]
        if paid?.kind != .commitment || paid?.union != figure.union
          || paid?.program != figure.program || (paid.map { $0.date > figure.date } ?? true)
        {
          problem(
            "pays",
            "'\(id)' is not an earlier commitment of the same union and program, "
              + "dated no later")
        }
      }
      var amount: Money? = figure.amount
      var count = figure.count
      let nested = Set(figure.includes.flatMap { earlier[$0]?.includes ?? [] })
      for id in figure.includes {
        guard let part = earlier[id], part.kind == figure.kind, part.program == figure.program
        else {
          problem("includes", "'\(id)' is not an earlier figure of the same kind and program")
          continue
        }
        if nested.contains(id) {
          problem("includes", "'\(id)' is already included by another included figure")
        }
        amount = amount?.subtracting(part.amount)
        if let partCount = part.count, let whole = count {
          if part.unit != figure.unit {
            problem("includes", "'\(id)' counts in another unit than this figure")
          }
          count = whole - partCount
        }
      }
      guard let amount, amount.fen > 0 || figure.kind.isGoods, (count ?? 1) > 0 else {
        problem("includes", "the included figures leave nothing to book")
        continue
      }
      earlier[figure.id] = figure
      booked.append(BookedFigure(figure: figure, amount: amount, count: count))
    }
    return booked.sorted { ($0.figure.date, $0.figure.line) < ($1.figure.date, $1.figure.line) }
  }
}
