/// The words the name finder (`NameFinder`) knows.
///
/// Family names and the role words people's names stand beside; see docs/DISCLOSURE.md.
enum NameLists {
  /// Common single-character family names (399 of them; rare ones that are
  /// mostly ordinary words are left out, and a name in text they miss is still caught by the
  /// memo rule's vocabulary check).
  static let surnames = Set(
    """
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏\
    魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚\
    邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘\
    祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾\
    尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师\
    仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌\
    奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云\
    容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾\
    戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由
    """.filter { $0 != "\n" })

  /// Two-character family names.
  static let compoundSurnames = Set([
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "尉迟", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史",
    "申屠", "钟离", "闻人", "万俟", "赫连", "拓跋", "完颜", "司空", "东郭", "第五", "濮阳", "淳于",
  ])

  /// Role words a person's name may follow: `职工张伟`, `家属王小红`, `店主陈建国`.
  static let rolesBeforeName = [
    "职工", "员工", "家属", "店主", "户主", "老板", "患者", "病人", "老人", "工人", "村民", "居民",
    "司机", "志愿者", "医生", "护士", "教师", "老师", "学生", "儿童", "母亲", "父亲", "妻子", "丈夫",
    "儿子", "女儿", "本人", "申请人", "收款人", "领款人", "经办人", "联系人", "受助人", "受益人",
    "捐赠人", "捐款人", "姓名", "户名", "持卡人", "困难户", "党员", "会员", "农户", "店长", "厂长",
    "经理", "主任", "书记", "社长", "站长", "队长", "村长", "代表", "烈士", "劳模", "遗属", "同事",
    "师傅", "同志", "先生", "女士", "小姐", "家长", "配偶", "子女", "孙子", "孙女", "亲属", "朋友",
    "对象", "获奖者", "法人", "负责人", "业主", "房东", "租户", "骑手", "快递员", "外卖员", "保安",
    "保洁员", "环卫工", "农民工", "贫困户", "低保户", "五保户", "独居老人", "残疾人", "孤儿",
  ]

  /// Role words a person's name may precede: `张三家属`, `王先生`, `李小明之子`.
  static let rolesAfterName = [
    "先生", "女士", "小姐", "老师", "师傅", "同志", "家属", "之妻", "之子", "之女", "之父", "之母",
    "本人", "一家", "家庭", "夫妇", "同学", "医生", "护士", "大爷", "大妈", "阿姨", "奶奶", "爷爷",
    "老人", "遗属", "夫人", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "等人", "等", "户",
    "家", "亲属", "子女", "配偶", "个人", "本人账户", "名下",
  ]

  /// Last characters of place and organisation names, never of a person's name: `平度市`,
  /// `南彩镇`, `楼栋` are not names.
  static let placeEndings: Set<Character> = Set("市区县镇乡村街道路场园厂店站所院局委会部队栋楼号室组社团处省州")

  /// Characters that end one name in a list of them: `王红和李明`, `王红等三人`, `王红的女儿`.
  static let joiners: Set<Character> = ["和", "及", "与", "或", "等", "的", "跟", "同", "并"]
}

extension NameLists {
  /// Family names in pinyin: a memo with one of these before another Latin word (`Zhang
  /// Wei`, `ouyang nana`) may name a person.
  static let pinyinSurnames = Set([
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang",
    "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "cai",
    "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lv", "lu", "ding", "ren", "shen", "yao",
    "jin", "fu", "zhong", "cui", "tan", "fan", "wen", "qin", "shi", "jia", "gu", "hou", "shao",
    "meng", "long", "wan", "duan", "lei", "qian", "yin", "yi", "chang", "qiao", "lai", "gong",
    "kong", "bai", "kang", "mao", "qiu", "mo", "xiong", "xue", "yan", "ou", "ouyang", "sima",
    "shangguan", "zhuge", "dongfang", "situ", "murong", "huangfu", "linghu", "gongsun", "yuwen",
    "xiahou", "niu", "fang", "shi", "zou", "lu", "mei", "ning", "geng", "guan", "ni", "zhuang",
    "qi", "ge", "xing", "yue", "zhai", "hao", "gan", "bao", "shu", "ruan", "ke", "ji", "tong",
  ])

  /// Whether `text` holds a pinyin family name and another Latin word.
  static func hasPinyinName(_ text: String) -> Bool {
    var words: [String] = []
    var word = ""
    for character in text {
      if PublicText.isLatin(character) {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word.lowercased())
        word = ""
      }
    }
    if !word.isEmpty { words.append(word.lowercased()) }
    // A given name may come first (`Wei Zhang`): any other word beside the family name.
    return words.count >= 2 && words.contains { pinyinSurnames.contains($0) }
  }
}
