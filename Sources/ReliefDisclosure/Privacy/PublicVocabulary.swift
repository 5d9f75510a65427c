import ReliefLedger

/// The Chinese words a published memo may be made of: the ledger's union and program names,
/// and a fixed list of the words of funds, relief and bookkeeping.
///
/// A memo is published only when each run of Chinese characters in it can be cut into these
/// words: a person's name is made of characters the list leaves out (family names are not
/// in it), so a memo that names someone is withheld.
public struct PublicVocabulary: Sendable {
  /// Function words, numerals and units: the single characters the list holds.
  static let singles = Array(
    "的了和及与或等为是在于由从向对按给将已未不无有共计约余多各每其该本此另并以之所至起止前后内外上下中"
      + "第批次笔个人户家名份件箱袋包盒瓶只台套吨斤元亿千百十年月日号天周季度期项类种处点区市县省镇乡村"
      + "一二三四五六七八九〇零两半总分含即见附注共")

  /// Words of funds, relief and bookkeeping.
  static let words = [
    "资金", "专项", "专项资金", "疫情", "防控", "防疫", "抗疫", "战疫", "新冠", "肺炎", "工会",
    "总工会", "职工", "工会经费", "经费", "拨款", "下拨", "划拨", "拨付", "上级", "下级", "本级",
    "财政", "补贴", "补助", "慰问", "慰问金", "救助", "救济", "帮扶", "困难", "困难职工", "捐款",
    "捐赠", "捐助", "捐资", "募捐", "善款", "物资", "口罩", "防护", "防护服", "消毒", "消毒液",
    "酒精", "手套", "食品", "生活", "用品", "生活物资", "药品", "医疗", "温暖", "送温暖", "返还",
    "小微企业", "企业", "单位", "部门", "机关", "街道", "社区", "乡镇", "医院", "学校", "一线",
    "人员", "医务", "医务人员", "工作", "工作人员", "群众", "职工群众", "家属", "志愿者", "司机",
    "货车", "快递员", "骑手", "环卫", "工人", "农民工", "员工", "会员", "劳模", "退休", "在职",
    "金额", "日期", "推定", "约数", "受益", "受益数", "人次", "户数", "家庭", "发放", "分配",
    "领取", "收到", "收入", "支出", "结余", "余额", "退回", "冲销", "冲正", "更正", "错误", "重复",
    "录入", "补录", "调整", "合计", "小计", "总计", "汇总", "明细", "凭证", "发票", "收据", "票据",
    "附件", "详见", "备注", "说明", "来源", "报道", "报告", "公告", "通知", "文件", "合成", "数据",
    "示例", "样本", "测试", "比例", "按月", "季度", "年度", "上半年", "下半年", "批次", "现金",
    "转账", "银行", "对公", "账户", "汇款", "采购", "购买", "滞销", "农产品", "鸡蛋", "蔬菜",
    "水果", "复工", "复产", "隔离", "封控", "管控", "核酸", "检测", "疫苗", "接种", "方舱", "援鄂",
    "支援", "驰援", "援助", "基金", "基金会", "慈善", "慈善总会", "红十字会", "政府", "人民政府",
    "卫健委", "民政", "民政局", "人社局", "财政局", "总会", "协会", "委员会", "中心", "集团",
    "公司", "有限公司", "股份", "合作社", "商场", "商超", "超市", "市场", "园区", "工业园",
    "开发区", "新区", "高新区", "万余", "千余", "百余", "多家", "多户", "来源未", "未报道", "以上",
    "以下", "左右", "大约", "全部", "部分", "剩余", "其余", "余下", "实物", "物品", "用于", "用途",
    "相关", "情况", "规定", "标准", "申请", "审核", "审批", "批准", "公示", "公开", "统计", "核对",
    "核实", "发放表", "名单", "名册", "签收", "收条", "回执", "到账", "入账", "记账", "会计",
    "出纳", "经办", "复核", "小微", "商户", "个体", "工商户", "个体工商户", "春节", "节日", "元旦",
    "中秋", "端午", "国庆", "送", "发", "购", "捐", "拨", "收", "付", "退", "补", "购置",
    "干部", "数量", "近", "决定", "计划", "承诺", "目标", "预计", "力争", "贴息", "贷款", "利息", "兑现", "支付", "拨出",
    // Named programmes of the reports: 饶 here is 上饶, not a family name.
    "饶工贷", "创业贷款",
  ]

  private let known: Set<String>
  private let longestCount: Int

  /// The fixed list and the names of `state`'s unions and programs.
  public init(state: LedgerState?) {
    var known = Set(Self.words)
    for character in Self.singles { known.insert(String(character)) }
    for word in NameLists.rolesBeforeName where word.count > 1 { known.insert(word) }
    for word in Privacy.organisationSuffixes + Privacy.groupWords { known.insert(word) }
    if let state {
      for union in state.unions.values { known.insert(PublicText.normalized(union.name)) }
      for program in state.programs.values { known.insert(PublicText.normalized(program.name)) }
    }
    self.known = known
    longestCount = known.map(\.count).max() ?? 1
  }

  /// Whether `word` is one of the words.
  func contains(_ word: some StringProtocol) -> Bool { known.contains(String(word)) }

  /// Whether a word of two or more characters starts at `start` in `characters`.
  func startsWord(_ characters: [Character], at start: Int) -> Bool {
    let end = min(characters.count, start + longestCount)
    guard end - start >= 2 else { return false }
    for stop in stride(from: end, through: start + 2, by: -1)
    where known.contains(String(characters[start..<stop])) {
      return true
    }
    return false
  }

  /// The first run of Chinese characters in `text` that cannot be cut into the words, or nil
  /// when every run can.
  func firstUnknownRun(in text: String) -> String? {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      guard PublicText.isHan(characters[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count && PublicText.isHan(characters[end]) { end += 1 }
      let run = Array(characters[index..<end])
      if !canCut(run) { return String(run) }
      index = end
    }
    return nil
  }

  /// Whether `run` is a sequence of known words (dynamic programming over its positions).
  private func canCut(_ run: [Character]) -> Bool {
    var reachable = [Bool](repeating: false, count: run.count + 1)
    reachable[0] = true
    for start in 0..<run.count where reachable[start] {
      let end = min(run.count, start + longestCount)
      for stop in (start + 1)...max(start + 1, end)
      where stop <= run.count && known.contains(String(run[start..<stop])) {
        reachable[stop] = true
      }
    }
    return reachable[run.count]
  }
}
