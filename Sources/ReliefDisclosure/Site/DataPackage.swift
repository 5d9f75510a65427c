/// `data/datapackage.json`: a Frictionless Data Package descriptor of the site's data files,
/// made from the same column lists as the CSV files (`SiteCSV`).
enum DataPackage {
  static func json(_ model: SiteModel) -> String {
    let head = "seq \(model.head.lastSeq ?? -1), SHA-256 \(model.head.lastHash.hex)"
    var resources = SiteCSV.tables.map(csvResource)
    resources.append(
      jsonResource(
        name: "balances-json", path: "balances.json",
        description: "balances.csv 的机器格式：键为英文，金额为分（整数，*_fen），附账本 head"))
    resources.append(
      jsonResource(
        name: "summary", path: "summary.json",
        description: "全部工会与各项资金的合计，金额为分（整数，*_fen），附账本 head"))
    var text = "{\n  \"profile\": \"data-package\",\n  \"name\": \"relief-disclosure\",\n"
    text += "  \"title\": " + SiteData.string("工会救助资金收支公开数据") + ",\n"
    text += "  \"description\": "
    text += SiteData.string(
      "由 relief 根据账本生成（截至 \(head)）。CSV 文件供电子表格使用：UTF-8 带 BOM，中文表头，"
        + "金额为元、两位小数；以 ' 开头的单元格是为防止电子表格把文字当作公式而加的前缀。"
        + "JSON 文件为机器格式：编号、英文键、金额为分。unions/<id>.json 为各工会页面的数据（格式同 "
        + "summary.json 的金额字段）。")
    text += ",\n  \"resources\": [\n" + resources.joined(separator: ",\n") + "\n  ]\n}\n"
    return text
  }

  private static func csvResource(_ table: SiteCSV.Table) -> String {
    let fields = table.columns.map { column in
      "        {\"name\": \(SiteData.string(column.name)), \"type\": \"\(column.type)\", "
        + "\"description\": \(SiteData.string(column.description))}"
    }
    return """
        {
          "name": "\(table.file.replacingAll(".", with: "-"))",
          "path": "\(table.file)",
          "title": \(SiteData.string(table.title)),
          "profile": "tabular-data-resource",
          "format": "csv",
          "mediatype": "text/csv",
          "encoding": "utf-8",
          "dialect": {"delimiter": ",", "header": true, "doubleQuote": true},
          "schema": {"fields": [
      \(fields.joined(separator: ",\n"))
          ]}
        }
      """
  }

  private static func jsonResource(name: String, path: String, description: String) -> String {
    """
        {
          "name": "\(name)",
          "path": "\(path)",
          "format": "json",
          "mediatype": "application/json",
          "encoding": "utf-8",
          "description": \(SiteData.string(description))
        }
    """
  }
}
