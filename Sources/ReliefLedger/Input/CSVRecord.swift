import ReliefText

/// One CSV record as the tokenizer split it, before column names are applied.
struct CSVRecord {
  /// One cell of a record.
  struct Cell {
    /// The cell's text (unquoted, unescaped and, if it was not quoted, trimmed), or nil
    /// when it is longer than the field size limit.
    var value: String?
    /// The size of the text in bytes, also when it was too long to keep.
    var sizeBytes: Int
    /// The 1-based line where the cell starts.
    var line: Int
  }

  /// A breach of CSV syntax inside a record.
  struct Problem {
    enum Kind {
      case quoteInUnquotedCell
      case textAfterClosingQuote
      case unterminatedQuote
      case carriageReturnWithoutLineFeed
    }

    var kind: Kind
    /// The line of the offending byte; for an unterminated quote, where the quote opened.
    var line: Int
    /// The index of the cell (from 0) where the problem is.
    var cellIndex: Int
  }

  /// The 1-based line where the record starts.
  var line: Int
  /// The first cells, up to the cell count limit.
  private(set) var cells: [Cell] = []
  /// The problems of the kept cells, and an unterminated quote wherever it is.
  private(set) var problems: [Problem] = []
  /// The number of cells, kept or not.
  private(set) var cellCount = 0
  let cellCountMax: Int
  /// True when a quote ran to the end of the file, so the cell count means nothing.
  var endsInsideQuote = false

  /// Starts a record at `line` with room for `expectedCellCount` cells (up to the limit), so
  /// that a record as long as the one before it grows its cells once.
  init(line: Int, cellCountMax: Int, expectedCellCount: Int = 0) {
    self.line = line
    self.cellCountMax = cellCountMax
    cells.reserveCapacity(min(expectedCellCount, cellCountMax))
  }

  /// Adds the next cell; past the limit it is only counted, since the record is then
  /// rejected for its cell count anyway and must not cost memory in proportion to its size.
  mutating func append(_ cell: Cell) {
    cellCount += 1
    if cells.count < cellCountMax { cells.append(cell) }
  }

  /// Records a problem in the cell being read (index `cellCount`) if that cell is kept, and
  /// always an unterminated quote, which silences the cell count check.
  mutating func report(_ kind: Problem.Kind, line: Int) {
    guard cellCount < cellCountMax || kind == .unterminatedQuote else { return }
    problems.append(Problem(kind: kind, line: line, cellIndex: cellCount))
  }

  /// True when every cell is empty and nothing is wrong, as in the `,,,` rows
  /// spreadsheets leave below the data.
  var isBlank: Bool {
    problems.isEmpty && cells.allSatisfy { $0.sizeBytes == 0 }
  }
}

extension CSVRecord.Problem.Kind {
  /// What the user is told.
  var reason: String {
    switch self {
    case .quoteInUnquotedCell:
      return Text.current(.csvQuoteInUnquotedCell)
    case .textAfterClosingQuote:
      return Text.current(.csvTextAfterClosingQuote)
    case .unterminatedQuote:
      return Text.current(.csvUnclosedQuote)
    case .carriageReturnWithoutLineFeed:
      return Text.current(.csvBareCarriageReturn)
    }
  }
}
