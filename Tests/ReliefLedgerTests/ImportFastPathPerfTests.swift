import ReliefLog
import XCTest

@testable import ReliefLedger

/// The shortcuts `relief import` takes for the common forms give exactly what the general
/// way gives: many random and edge-case values through both, compared value for value.
final class ImportFastPathPerfTests: XCTestCase {
  /// Pieces that random values are made of: digits of every width and script, the
  /// separators and units of dates, months, periods and amounts, spaces, signs and text.
  static let pieces: [String] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "2", "9",
    "０", "１", "２", "９", "٣", "𝟗", "〇", "一", "二", "三", "九", "零", "十",
    "-", "/", ".", "..", "年", "月", "日", "至", "~", "～", "－", "／", "．", "，", ",",
    " ", "\u{3000}", "\t", "+", "￥", "¥", "RMB", "元", "万", "a", "e", "X", "x", "Ｘ", "F",
    "\u{301}", "\r\n", "\u{200B}", "\u{FEFF}", "\u{AD}", "·", "(", "）", "资", "金", "😀",
  ]

  /// Values in the shortcut forms and just outside them: invalid dates, zero months, long
  /// digits, stray spaces and full-width look-alikes.
  static let edgeCases: [String] = [
    "", " ", "2022-03-01", "2022-02-30", "2022-13-01", "0000-00-00", "9999-99-99",
    "2022-3-1", "2022-03-1", " 2022-03-01", "2022-03-01 ", "２０２２-03-01", "2022-03-01-01",
    "22022-03-01", "2022/03/01", "2022.03.01", "2022年03月01日", "2022-03", "2022-00", "2022-3",
    "2022-13", "2022-01..2022-12", "2022-12..2022-01", "2022-01..2022-1", "2022-01...2022-12",
    "2022-01..", "..2022-12", "2022-01至2022-12", "2022-01~2022-12", "2022-01..2022-12 ",
    "1234.50", "1,234.50", "1234.5", ".5", "5.", "-1", "+1", "0", "0.00", "00012", "1.234.5",
    "12345678901234567890", "1 234", "RMB12", "RMB 12", "12元", "￥12", "１２．５", "1e3", "--",
    "+-", ",,", "...", "12\u{301}", "2022-03-0\u{301}1", "2022-03-01\u{301}",
  ]

  func testDatesMonthsPeriodsAndAmountsTakeTheShortcutOnlyWhenTheGeneralWayAgrees() {
    var random = SeededRandom(seed: 17)
    var values = Self.edgeCases
    for _ in 0..<20_000 { values.append(random.value(from: Self.pieces, maxPieces: 18)) }
    for _ in 0..<5_000 { values.append(random.plainShape()) }
    for value in values {
      XCTAssertEqual(InputForms.date(value), InputForms.generalDate(value), value)
      XCTAssertEqual(InputForms.month(value), InputForms.generalMonth(value), value)
      XCTAssertEqual(InputForms.period(value), InputForms.generalPeriod(value), value)
      XCTAssertEqual(InputForms.amount(value), InputForms.generalAmount(value), value)
    }
  }

  func testThePlainShapesAreExactlyDigitsWhereTheShapeSaysSo() {
    XCTAssertTrue(PlainForms.matches("2022-03-01", PlainForms.date))
    XCTAssertTrue(PlainForms.matches("2022-02-30", PlainForms.date))
    XCTAssertFalse(PlainForms.matches("2022-03-0１", PlainForms.date))
    XCTAssertFalse(PlainForms.matches("2022/03/01", PlainForms.date))
    XCTAssertTrue(PlainForms.matches("2022-01..2022-12", PlainForms.period))
    XCTAssertFalse(PlainForms.matches("2022-01..2022-1", PlainForms.period))
    XCTAssertTrue(PlainForms.isPlainAmount("1,234.50"))
    XCTAssertFalse(PlainForms.isPlainAmount(""))
    XCTAssertFalse(PlainForms.isPlainAmount("1 234"))
    XCTAssertFalse(PlainForms.isPlainAmount("RMB12"))
  }

  func testTheScreenSkipsOnlyTextThatCannotHoldAnIdentifier() {
    var random = SeededRandom(seed: 15)
    var values =
      Self.edgeCases + [
        "13812345678", "138 1234 5678", "１３８１２３４５６７８", "一三八一二三四五六七八", "11010119900307451X",
        "91000000000037565F", "910000000000265627", "合成小微企业37565", "2020-01..2020-03..2020-04",
        "1\u{200B}3\u{200B}8\u{200B}1234\u{200B}5678", "8613812345678", "6222021234567890123",
      ]
    for _ in 0..<30_000 { values.append(random.value(from: Self.pieces, maxPieces: 30)) }
    for _ in 0..<5_000 { values.append(random.digits(count: random.next(below: 24))) }
    for value in values {
      XCTAssertEqual(IdentifierScreen.find(in: value), IdentifierScreen.scan(value), value)
    }
  }

  func testCharactersTheDigitCountPassesOverAreNeverDigits() {
    // The count skips ASCII other than 0-9 and the CJK ideographs that are not numerals.
    let skipped = Array(0x00...0x7F).filter { !(0x30...0x39).contains($0) } + Array(0x4E00...0x9FFF)
    for value in skipped {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      if IdentifierScreen.numeralDigit(scalar) != nil { continue }
      XCTAssertNil(IdentifierScreen.asciiDigit(scalar), "\(value)")
      XCTAssertEqual(
        IdentifierScreen.mayHoldIdentifier(String(repeating: "\(scalar)", count: 40)), false)
    }
    for value in 0x00...0x7F {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      XCTAssertFalse(IdentifierScreen.isInvisible(scalar), "\(value)")
      XCTAssertNil(IdentifierScreen.numeralDigit(scalar), "\(value)")
    }
  }

  func testTheScreenOfARowRefusesWhatTheFieldByFieldScreenRefuses() {
    var random = SeededRandom(seed: 19)
    let names = EntryFields.all
    let values = [
      "13812345678", "91000000000037565F", "910000000000265627", "11010119900307451X",
      "合成小微企业37565", "2020-01..2020-03", "1803.48", "w452", "6222 0212 3456 7890 123",
    ]
    for _ in 0..<5_000 {
      var fields: [String: String] = [:]
      for _ in 0..<random.next(below: 8) {
        let value =
          random.next(below: 3) == 0
          ? random.value(from: Self.pieces, maxPieces: 24)
          : values[random.next(below: values.count)]
        fields[names[random.next(below: names.count)]] = value
      }
      XCTAssertEqual(
        RowMapper.screenRefuses(fields), !RowMapper.screenInFieldOrder(fields).isEmpty,
        "\(fields)")
    }
  }

  func testKindAndCategoryNamesAreLookedUpAsTheyWereBefore() {
    var names = EntryKind.allCases.flatMap { [$0.rawValue, $0.inputSpelling, $0.rawValue + " "] }
    names += ChineseValues.kinds.flatMap(\.names) + ChineseValues.categories.flatMap(\.names)
    names += ChineseValues.categories.map(\.category) + ["", "Refund", "review_threshold", "返还 "]
    var random = SeededRandom(seed: 21)
    for _ in 0..<2_000 { names.append(random.value(from: Self.pieces, maxPieces: 4)) }
    for name in names {
      let kind =
        EntryKind.hyphenated.first { name == $0.inputSpelling } ?? EntryKind(rawValue: name)
        ?? ChineseValues.kinds.first { $0.names.contains(name) }?.kind
      XCTAssertEqual(EntryKind(inputName: name), kind, name)
      XCTAssertEqual(
        ChineseValues.category(named: name),
        ChineseValues.categories.first { $0.names.contains(name) }?.category, name)
    }
  }

  func testEntriesWrittenStraightIntoTheBatchAreTheBytesOfTheirObjects() {
    var entries: [Entry] = [
      Make.genesis(), Make.union("a"), Make.union("b", parent: "a"), Make.program("p"),
      Make.receipt("a", 1, requestID: "r\"1\\"), Make.allocation("a", to: "b", 1),
      Make.refund("a", 1, dues: 2), Make.subsidy("a", 1, headcount: 5), Make.disbursement("a", 1),
      Make.reversal(of: 3, Make.refund("a", 1, dues: 2)), Make.commitment("a", 5),
      Make.reversal(of: 4, Make.reversal(of: 3, Make.subsidy("a", 1))),
    ]
    entries += extraEntrySamples
    entries.append(
      Entry(
        date: day("2020-05-07"), action: .program(ProgramRegistration(id: "q", name: "a\u{1}b")),
        memo: "行\n\"引\"", requestID: "x"))
    let head = ChainHead(nextSeq: 5, lastHash: .zero, lastTimeMillis: 7)
    var byObject = BatchBuilder(after: head, nowMillis: 1_590_969_600_000)
    var direct = BatchBuilder(after: head, nowMillis: 1_590_969_600_000)
    for entry in entries {
      byObject.appendEntry(kind: entry.kind.rawValue, body: EntryEncoder.body(of: entry))
      direct.appendEntry(kind: entry.kind.rawValue) { EntryEncoder.appendBody(of: entry, to: &$0) }
    }
    XCTAssertEqual(direct.bytes, byObject.bytes)
    XCTAssertEqual(direct.head, byObject.head)
    XCTAssertEqual(direct.entryCount, Int64(entries.count))
  }
}

/// A reproducible stream of pseudo-random numbers (SplitMix64), so that a failure names a
/// value that fails again.
struct SeededRandom {
  private var generator: SeededGenerator

  init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

  mutating func next() -> UInt64 { generator.next() }

  mutating func next(below bound: Int) -> Int {
    bound <= 0 ? 0 : Int(next() % UInt64(bound))
  }

  /// Up to `maxPieces` of `pieces`, joined.
  mutating func value(from pieces: [String], maxPieces: Int) -> String {
    var text = ""
    for _ in 0..<next(below: maxPieces + 1) { text += pieces[next(below: pieces.count)] }
    return text
  }

  mutating func digits(count: Int) -> String {
    String((0..<count).map { _ in Character(String(next(below: 10))) })
  }

  /// A date, month, period or amount in (or one character away from) a plain shape.
  mutating func plainShape() -> String {
    let shapes = [
      "dddd-dd-dd", "dddd-dd", "dddd-dd..dddd-dd", "d.dd", "ddddddd.dd", "d,ddd.dd", "-dd.d",
    ]
    var text = String(
      shapes[next(below: shapes.count)].map { $0 == "d" ? Character(String(next(below: 10))) : $0 })
    if next(below: 4) == 0, !text.isEmpty {
      var characters = Array(text)
      characters[next(below: characters.count)] = Character(
        ["０", " ", "/", "x", "-", ".", "年"][next(below: 7)])
      text = String(characters)
    }
    return text
  }
}

/// The one-pass check of a row's field set agrees with the checks field by field.
final class ImportFieldSetPerfTests: XCTestCase {
  func testEveryFieldAKindTakesHasItsOwnBit() {
    XCTAssertLessThanOrEqual(EntryFields.all.count, 64)
    XCTAssertEqual(Set(EntryFields.all).count, EntryFields.all.count)
    for kind in EntryKind.allCases {
      let (required, optional) = EntryFields.fields(for: kind)
      XCTAssertTrue(Set(required).isDisjoint(with: optional), "\(kind)")
      XCTAssertFalse((required + optional).contains("kind"), "\(kind)")
      for name in required + optional {
        XCTAssertEqual(EntryFields.bits(of: [name]).nonzeroBitCount, 1, name)
      }
    }
    XCTAssertEqual(RowMapper.linkBits.nonzeroBitCount, 2)
    XCTAssertEqual(RowMapper.payeeBits.nonzeroBitCount, 3)
  }

  func testPresentBitsAreGivenExactlyWhenTheFieldSetHasNoProblem() {
    var random = SeededRandom(seed: 23)
    let names = EntryFields.all + ["unknown"]
    for _ in 0..<20_000 {
      let kind = EntryKind.allCases[random.next(below: EntryKind.allCases.count)]
      let (required, optional) = EntryFields.fields(for: kind)
      var fields = ["kind": kind.rawValue]
      for name in required where random.next(below: 12) != 0 { fields[name] = "x" }
      for name in optional where random.next(below: 2) == 0 { fields[name] = "x" }
      if random.next(below: 6) == 0 { fields[names[random.next(below: names.count)]] = "x" }
      let allowed = Set(required + optional + ["kind"])
      let fine = Set(required).isSubset(of: fields.keys) && Set(fields.keys).isSubset(of: allowed)
      let bits = EntryFields.presentBits(fields, for: kind)
      XCTAssertEqual(bits != nil, fine, "\(kind) \(fields.keys.sorted())")
      if let bits {
        XCTAssertEqual(bits, EntryFields.bits(of: Array(fields.keys)), "\(kind)")
      }
    }
  }
}

/// The count of possible digits reads the same from UTF-8 bytes as from scalars.
final class ImportDigitCountPerfTests: XCTestCase {
  func testBytesAndScalarsGiveTheSameAnswer() {
    var random = SeededRandom(seed: 29)
    var values = ImportFastPathPerfTests.edgeCases
    for _ in 0..<20_000 {
      values.append(random.value(from: ImportFastPathPerfTests.pieces, maxPieces: 24))
    }
    for value in values {
      var copy = value
      let fromBytes = copy.withUTF8(IdentifierScreen.mayHoldIdentifier(utf8:))
      XCTAssertEqual(
        fromBytes, IdentifierScreen.mayHoldIdentifier(scalars: value.unicodeScalars), value)
    }
  }
}

/// Plain amounts read without the general parser are the amounts it reads.
final class ImportAmountPerfTests: XCTestCase {
  func testPlainAmountsHaveTheFenTheParserGives() {
    var random = SeededRandom(seed: 31)
    var values =
      ImportFastPathPerfTests.edgeCases + [
        "0", "00", "0.0", "0.01", "1.", ".1", "1.2.3", "999999999999999", "999999999999999.99",
        "9999999999999999", "1234567890123456.5", "92233720368547758.07", "1.234", "1.20", "01",
      ]
    for _ in 0..<20_000 {
      values.append(random.value(from: ImportFastPathPerfTests.pieces, maxPieces: 10))
    }
    for _ in 0..<20_000 {
      values.append(random.digits(count: random.next(below: 19)))
      values.append(
        random.digits(count: random.next(below: 18)) + "."
          + random.digits(count: random.next(below: 4)))
    }
    for value in values {
      let general = try? Money.parseYuan(InputForms.amount(value), allowNegative: true).fen
      guard let fen = PlainForms.plainYuanFen(value) else { continue }
      XCTAssertEqual(fen, general, value)
    }
    XCTAssertEqual(PlainForms.plainYuanFen("1803.48"), 180_348)
    XCTAssertEqual(PlainForms.plainYuanFen("0001234.5"), 123_450)
    XCTAssertEqual(PlainForms.plainYuanFen("999999999999999.99"), 99_999_999_999_999_999)
    for text in ["", ".", "1.", ".5", "1.234", "1,234", "-1", "+1", " 1", "1 ", "１", "1e3"] {
      XCTAssertNil(PlainForms.plainYuanFen(text), text)
    }
  }
}
