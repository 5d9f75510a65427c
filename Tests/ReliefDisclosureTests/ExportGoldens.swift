/// The expected exports of `SmallLedger`.
enum ExportGoldens {
  static let ledger = #"""
    ; relief ledger export: one transaction per entry, amounts in CNY

    ; union city: 南通市总工会

    ; union district: 崇川区总工会 (parent city)

    ; program fund: 疫情防控专项资金

    ; program aid.b_2: 援助"基金"

    2022-03-02 * receipt: 市财政  ; seq:6
        ; 拨款； "第1批" <b>&</b>
        Assets:Union:city:fund  1000000.00 CNY
        Income:Receipts:city:fund  -1000000.00 CNY

    2022-03-02 * receipt: 张三丰  ; seq:7
        ; 身份证 110101199003074514
        Assets:Union:district:aid.b_2  5000.00 CNY
        Income:Receipts:district:aid.b_2  -5000.00 CNY

    2022-03-03 * allocation: city -> district  ; seq:8
        Assets:Union:district:fund  200000.00 CNY
        Assets:Union:city:fund  -200000.00 CNY

    2022-03-04 * disbursement: 一线职工  ; seq:9
        Expenses:Disbursements:district:fund  12345.67 CNY
        Assets:Union:district:fund  -12345.67 CNY

    2022-04-04 * disbursement: 李四  ; seq:10
        ; 电话13800138000
        Expenses:Disbursements:district:aid.b_2  1000.00 CNY
        Assets:Union:district:aid.b_2  -1000.00 CNY

    2022-03-05 * refund: 某小微企业  ; seq:11
        Expenses:Refunds:city:fund  1500.50 CNY
        Assets:Union:city:fund  -1500.50 CNY

    2022-03-06 * subsidy: 某农户  ; seq:12
        Expenses:Subsidies:city:fund  0.99 CNY
        Assets:Union:city:fund  -0.99 CNY

    2022-03-07 * refund: 另一企业  ; seq:13
        Expenses:Refunds:city:fund  800.00 CNY
        Assets:Union:city:fund  -800.00 CNY

    2022-03-08 * reversal of seq 13, refund: 另一企业  ; seq:14, reverses:13
        ; wrong business
        Expenses:Refunds:city:fund  -800.00 CNY
        Assets:Union:city:fund  800.00 CNY


    """#

  static let beancount = #"""
    option "title" "relief export"
    option "operating_currency" "CNY"

    2022-03-02 open Assets:Union:City:Fund CNY
      union: "南通市总工会"
      program: "疫情防控专项资金"
    2022-03-02 open Income:Receipts:City:Fund CNY
      union: "南通市总工会"
      program: "疫情防控专项资金"
    2022-03-02 open Assets:Union:District:Aid-Db-U2 CNY
      union: "崇川区总工会"
      program: "援助\"基金\""
    2022-03-02 open Income:Receipts:District:Aid-Db-U2 CNY
      union: "崇川区总工会"
      program: "援助\"基金\""
    2022-03-03 open Assets:Union:District:Fund CNY
      union: "崇川区总工会"
      program: "疫情防控专项资金"
    2022-03-04 open Expenses:Disbursements:District:Fund CNY
      union: "崇川区总工会"
      program: "疫情防控专项资金"
    2022-04-04 open Expenses:Disbursements:District:Aid-Db-U2 CNY
      union: "崇川区总工会"
      program: "援助\"基金\""
    2022-03-05 open Expenses:Refunds:City:Fund CNY
      union: "南通市总工会"
      program: "疫情防控专项资金"
    2022-03-06 open Expenses:Subsidies:City:Fund CNY
      union: "南通市总工会"
      program: "疫情防控专项资金"

    2022-03-02 * "receipt: 市财政 | 拨款; \"第1批\" <b>&</b>"
      seq: 6
      Assets:Union:City:Fund  1000000.00 CNY
      Income:Receipts:City:Fund  -1000000.00 CNY

    2022-03-02 * "receipt: 张三丰 | 身份证 110101199003074514"
      seq: 7
      Assets:Union:District:Aid-Db-U2  5000.00 CNY
      Income:Receipts:District:Aid-Db-U2  -5000.00 CNY

    2022-03-03 * "allocation: city -> district"
      seq: 8
      Assets:Union:District:Fund  200000.00 CNY
      Assets:Union:City:Fund  -200000.00 CNY

    2022-03-04 * "disbursement: 一线职工"
      seq: 9
      Expenses:Disbursements:District:Fund  12345.67 CNY
      Assets:Union:District:Fund  -12345.67 CNY

    2022-04-04 * "disbursement: 李四 | 电话13800138000"
      seq: 10
      Expenses:Disbursements:District:Aid-Db-U2  1000.00 CNY
      Assets:Union:District:Aid-Db-U2  -1000.00 CNY

    2022-03-05 * "refund: 某小微企业"
      seq: 11
      Expenses:Refunds:City:Fund  1500.50 CNY
      Assets:Union:City:Fund  -1500.50 CNY

    2022-03-06 * "subsidy: 某农户"
      seq: 12
      Expenses:Subsidies:City:Fund  0.99 CNY
      Assets:Union:City:Fund  -0.99 CNY

    2022-03-07 * "refund: 另一企业"
      seq: 13
      Expenses:Refunds:City:Fund  800.00 CNY
      Assets:Union:City:Fund  -800.00 CNY

    2022-03-08 * "reversal of seq 13, refund: 另一企业 | wrong business"
      seq: 14
      reverses: 13
      Expenses:Refunds:City:Fund  -800.00 CNY
      Assets:Union:City:Fund  800.00 CNY


    """#

  static let csv = #"""
    seq,date,kind,union,to,program,amount_yuan,effect_yuan,counterparty,counterparty_id,category,beneficiaries,beneficiary_unit,period,reverses,memo,purpose,commitment,item,quantity,unit,value_yuan
    0,2022-12-01,genesis,,,,,,,,,,,,,,,,,,,
    2,2022-03-01,union,city,,,,,南通市总工会,,,,,,,,,,,,,
    3,2022-03-01,union,district,city,,,,崇川区总工会,,,,,,,,,,,,,
    4,2022-03-01,program,,,fund,,,疫情防控专项资金,,,,,,,,,,,,,
    5,2022-03-01,program,,,aid.b_2,,,"援助""基金""",,,,,,,,,,,,,
    6,2022-03-02,receipt,city,,fund,1000000.00,1000000.00,市财政,,,,,,,"拨款; ""第1批"" <b>&</b>",,,,,,
    7,2022-03-02,receipt,district,,aid.b_2,5000.00,5000.00,张*丰,,,,,,,,,,,,,
    8,2022-03-03,allocation,city,district,fund,200000.00,-200000.00,,,,,,,,,,,,,,
    9,2022-03-04,disbursement,district,,fund,12345.67,-12345.67,一线职工,,consolation,25,人,,,,,,,,,
    10,2022-04-04,disbursement,district,,aid.b_2,1000.00,-1000.00,李*,,consolation,1,人,,,,,,,,,
    11,2022-03-05,refund,city,,fund,1500.50,-1500.50,某小微企业,914403001922038216,,,,2022-01..2022-02,,,,,,,,
    12,2022-03-06,subsidy,city,,fund,0.99,-0.99,某农户,,purchase,,,,,,,,,,,
    13,2022-03-07,refund,city,,fund,800.00,-800.00,另一企业,9144030071526726XG,,,,2022-01,,,,,,,,
    14,2022-03-08,reversal,city,,fund,800.00,800.00,另一企业,9144030071526726XG,,,,2022-01,13,wrong business,,,,,,

    """#
}
