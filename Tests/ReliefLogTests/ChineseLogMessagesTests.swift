import ReliefText
import XCTest

@testable import ReliefLog

/// A journal line that is not canonical, and a failed system call, said in Chinese.
final class ChineseLogMessagesTests: XCTestCase {
  override func setUp() {
    Text.current = Text(.zh)
  }

  override func tearDown() {
    Text.current = Text(.en)
  }

  func testANonCanonicalLineIsExplainedInChinese() {
    XCTAssertThrowsError(try CanonicalDecoder.decodeObject(Array(#"{"a":01}"#.utf8))) { error in
      XCTAssertEqual("\(error)", "第 6 字节：整数有前导零")
    }
    XCTAssertThrowsError(try CanonicalDecoder.decodeObject(Array(#"{"a":1} "#.utf8))) { error in
      XCTAssertEqual("\(error)", "第 8 字节：右花括号之后还有多余的字节")
    }
    XCTAssertThrowsError(try CanonicalDecoder.decodeObject(Array(#"{"a"1}"#.utf8))) { error in
      XCTAssertEqual("\(error)", "第 5 字节：此处应为成员名之后的“:”")
    }
  }

  func testAFailedSystemCallNamesTheOperationAndReasonInChinese() {
    let error = SystemError(operation: "create directory", path: "/x/y", code: ENOSPC)
    XCTAssertEqual(error.description, "无法创建目录 /x/y：磁盘空间已满")
    Text.current = Text(.en)
    XCTAssertEqual(error.description, "cannot create directory /x/y: No space left on device")
  }
}
