/// The units goods are counted in, as the reports count them.
///
/// The one list: input, the codec, the reports, the exports and the site all take it from
/// here. Quantities in different units are never added together, even of the same item.
public enum GoodsUnit: String, CaseIterable, Sendable {
  /// Pieces (件), e.g. protective suits.
  case piece = "件"
  /// Items (个), e.g. masks.
  case item = "个"
  /// Single animals or objects (只).
  case single = "只"
  /// Parcels or portions (份), e.g. relief parcels.
  case portion = "份"
  /// Boxes or cases (箱).
  case box = "箱"
  /// Bags (袋).
  case bag = "袋"
  /// Kilograms (千克).
  case kilogram = "千克"
  /// Tonnes (吨), e.g. farm produce.
  case tonne = "吨"
  /// Pairs (副), e.g. gloves.
  case pair = "副"
  /// Tubs or barrels (桶), e.g. yoghurt, cooking oil.
  case tub = "桶"
  /// Small boxes or packs (盒), e.g. self-heating meals.
  case pack = "盒"
  /// A lot (批): one consignment of mixed goods a report counts only as a whole.
  case lot = "批"

  /// The units, as a list for messages.
  public static var listed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// What goods an entry moves: an item, a whole quantity in a unit, and an optional
/// valuation that is informational only (it never changes a money balance).
public struct GoodsLot: Equatable, Sendable {
  /// What the goods are, in words (口罩, 农产品).
  public var item: String
  /// How many, in `unit`: a positive whole number.
  public var quantity: Int64
  /// What `quantity` counts.
  public var unit: GoodsUnit
  /// What the goods are worth, if stated; never part of a balance or a review threshold.
  public var value: Money?

  /// Creates `quantity` `unit` of `item`, valued at `value` if stated.
  public init(item: String, quantity: Int64, unit: GoodsUnit, value: Money? = nil) {
    self.item = item
    self.quantity = quantity
    self.unit = unit
    self.value = value
  }

  /// The quantity and unit for people, such as `2,000 个`.
  public var quantityText: String { "\(Money.groupedCount(quantity)) \(unit.rawValue)" }
}

/// Goods received into a union's stock in a program (a donation in kind or goods bought).
public struct GoodsReceipt: Equatable, Sendable {
  /// The id of the union receiving the goods.
  public var union: String
  /// The id of the program (fund) the goods belong to.
  public var program: String
  /// What was received.
  public var goods: GoodsLot
  /// The giver, if recorded.
  public var counterparty: String?
  /// An identifier of the giver (a business's credit code), if recorded.
  public var counterpartyID: String?

  /// Creates a receipt of `goods` into `union`'s stock in `program`.
  public init(
    union: String, program: String, goods: GoodsLot, counterparty: String? = nil,
    counterpartyID: String? = nil
  ) {
    self.union = union
    self.program = program
    self.goods = goods
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
  }
}

/// Goods handed out of a union's stock in a program.
public struct GoodsDistribution: Equatable, Sendable {
  /// The id of the union handing out the goods.
  public var union: String
  /// The id of the program the goods belong to.
  public var program: String
  /// What was handed out.
  public var goods: GoodsLot
  /// Who was reached, if recorded.
  public var beneficiaries: Beneficiaries?
  /// The recipient, if recorded (an organisation; people are never named).
  public var counterparty: String?
  /// An identifier of the recipient (an organisation's credit code), if recorded.
  public var counterpartyID: String?

  /// Creates a distribution of `goods` out of `union`'s stock in `program`.
  public init(
    union: String, program: String, goods: GoodsLot, beneficiaries: Beneficiaries? = nil,
    counterparty: String? = nil, counterpartyID: String? = nil
  ) {
    self.union = union
    self.program = program
    self.goods = goods
    self.beneficiaries = beneficiaries
    self.counterparty = counterparty
    self.counterpartyID = counterpartyID
  }
}

/// Goods moved from one union's stock to another's within the same program.
public struct GoodsAllocation: Equatable, Sendable {
  /// The id of the union the goods leave.
  public var union: String
  /// The id of the union the goods go to.
  public var to: String
  /// The id of the program both stocks belong to.
  public var program: String
  /// What was moved.
  public var goods: GoodsLot

  /// Creates an allocation of `goods` in `program` from `union` to `to`.
  public init(union: String, to: String, program: String, goods: GoodsLot) {
    self.union = union
    self.to = to
    self.program = program
    self.goods = goods
  }
}
