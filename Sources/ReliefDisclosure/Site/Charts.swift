/// The monthly line chart, inline SVG drawn from numbers: no script, scaled by `viewBox`.
public enum Charts {
  /// A legend entry: a color and its label (`fen` unused).
  public struct Segment: Sendable {
    /// Unused by the legend; kept zero.
    public let fen: Int64
    /// The fill color.
    public let color: String
    /// The legend label.
    public let label: String
  }

  /// A line chart of monthly inflow and outflow.
  public static func monthly(title: String, months: [MonthFlow]) -> String {
    // Narrower than the other charts so that, scaled to a phone's width, its labels stay
    // legible (a 390-pixel screen shows it at about four fifths of its size).
    let width = 480.0
    let height = 260.0
    let left = 70.0
    let bottom = 220.0
    let top = 30.0
    let values = months.flatMap { [$0.inflowFen, $0.outflowFen] }
    let maximum = max(values.max() ?? 0, 1)
    let minimum = min(values.min() ?? 0, 0)
    let span = Double(maximum - minimum)
    func y(_ fen: Int64) -> Double { bottom - (bottom - top) * Double(fen - minimum) / span }
    func x(_ index: Int) -> Double {
      months.count < 2
        ? (left + width) / 2 : left + (width - 20 - left) * Double(index) / Double(months.count - 1)
    }
    var svg = open(title: title, width: width, height: height, maxWidthPixels: 640)
    svg += legend([
      Segment(fen: 0, color: Palette.inflow, label: "收入（含上级下拨）"),
      Segment(fen: 0, color: Palette.outflow, label: "支出（含下拨下级）"),
    ])
    for tick in 0...4 {
      let fen = minimum + (maximum - minimum) * Int64(tick) / 4
      svg += "<line x1=\"\(format(left))\" x2=\"\(format(width - 10))\" y1=\"\(format(y(fen)))\" "
      svg += "y2=\"\(format(y(fen)))\" stroke=\"#ddd\"/>"
      svg += "<text x=\"\(format(left - 6))\" y=\"\(format(y(fen) + 4))\" font-size=\"13\" "
      svg += "text-anchor=\"end\">\(HTML.escape(Labels.axis(fen)))</text>\n"
    }
    let step = max(1, (months.count + 7) / 8)
    for (index, month) in months.enumerated() where index % step == 0 {
      svg += "<text x=\"\(format(x(index)))\" y=\"\(format(bottom + 18))\" font-size=\"13\" "
      svg += "text-anchor=\"middle\">\(month.month)</text>\n"
    }
    for (color, pick) in [
      (Palette.inflow, \MonthFlow.inflowFen), (Palette.outflow, \MonthFlow.outflowFen),
    ] {
      let points = months.enumerated().map {
        "\(format(x($0.offset))),\(format(y($0.element[keyPath: pick])))"
      }
      svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" "
      svg += "points=\"\(points.joined(separator: " "))\"/>\n"
      for point in points {
        let xy = point.split(separator: ",")
        svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[xy.count - 1])\" r=\"3\" fill=\"\(color)\"/>"
      }
      svg += "\n"
    }
    return svg + "</svg>\n"
  }

  private static func open(
    title: String, width: Double, height: Double, maxWidthPixels: Int? = nil
  ) -> String {
    let style = maxWidthPixels.map { " style=\"max-width:\($0)px\"" } ?? ""
    return "<svg viewBox=\"0 0 \(format(width)) \(format(height))\"\(style) role=\"img\" "
      + "xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMinYMin meet\">"
      + "<title>\(HTML.escape(title))</title>\n"
  }

  private static func legend(_ segments: [Segment]) -> String {
    var svg = ""
    var x = 0.0
    for segment in segments {
      svg +=
        "<rect x=\"\(format(x))\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(segment.color)\"/>"
      svg += "<text x=\"\(format(x + 16))\" y=\"15\" font-size=\"12\">"
      svg += HTML.escape(segment.label) + "</text>"
      x += 30 + Double(segment.label.count) * 13
    }
    return svg + "\n"
  }

  /// A coordinate with one decimal.
  static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return sign + "\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
  }
}

/// The chart colors.
enum Palette {
  static let inflow = "#2b6cb0"
  static let outflow = "#c0392b"
  static let category = "#b7791f"
}
