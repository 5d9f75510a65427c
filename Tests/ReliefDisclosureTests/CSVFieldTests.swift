import ReliefDisclosure
import XCTest

/// One cell at a time: what a spreadsheet would evaluate gets a leading `'`, numbers stay
/// numbers, and RFC 4180 quoting still applies.
final class CSVFieldTests: XCTestCase {
  func testFormulaStartsAreNeutralized() {
    let cases = [
      ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1+2", "'-1+2"), ("@SUM(A1)", "'@SUM(A1)"),
      ("\t=1", "'\t=1"), ("\r=1", "\"'\r=1\""), (" =1", "' =1"), ("\u{3000}=1", "'\u{3000}=1"),
      ("\u{200B}=1", "'\u{200B}=1"), ("＝1", "'＝1"), ("＋1", "'＋1"), ("－1", "'－1"),
      ("＠A1", "'＠A1"), ("=A1,\"x\"", "\"'=A1,\"\"x\"\"\""), ("-", "'-"), ("--1", "'--1"),
      ("-1e5", "'-1e5"), ("-1.", "'-1."), ("-.5", "'-.5"),
    ]
    for (cell, written) in cases {
      XCTAssertEqual(CSVField.quoted(cell), written, cell)
    }
  }

  func testNumbersAndPlainTextAreLeftAlone() {
    for cell in ["-1234.56", "-300", "0.00", "12", "南通市总工会", "a=b", "1+1", "", "'=x"] {
      XCTAssertEqual(CSVField.quoted(cell), cell, cell)
    }
    XCTAssertEqual(CSVField.row(["-1.00", "=x", "a,b"]), "-1.00,'=x,\"a,b\"\n")
  }
}
