/// Proleptic Gregorian calendar arithmetic shared by the date and month types.
enum CivilCalendar {
  /// Years the ledger accepts: four digits, and early enough for any union record.
  static let supportedYears = 1900...9999

  static let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]

  static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Days in `month` (1–12) of `year`.
  static func daysInMonth(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to the given date; negative before it.
  ///
  /// Counting years from March makes the leap day the last day of a "year", so the
  /// month lengths before it never depend on leap years; 400-year eras repeat exactly.
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let marchYear = month <= 2 ? year - 1 : year
    let era = floorDivide(marchYear, 400)
    let yearOfEra = marchYear - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * daysPerEra + dayOfEra - epochDayFromMarchZero
  }

  /// The date `days` days after 1970-01-01 (before it when negative).
  ///
  /// `days` must be within a few billion years, which callers guarantee.
  static func date(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + epochDayFromMarchZero
    let era = floorDivide(shifted, daysPerEra)
    let dayOfEra = shifted - era * daysPerEra
    // Removes the leap days so far in the era, leaving a plain 365-day count.
    let leapDays = dayOfEra / 1460 - dayOfEra / 36524 + dayOfEra / 146096
    let yearOfEra = (dayOfEra - leapDays) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// Rounds toward negative infinity, so instants before 1970 fall on the right day.
  static func floorDivide<T: BinaryInteger>(_ value: T, _ divisor: T) -> T {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }

  private static let daysPerEra = 146_097
  /// Days from 0000-03-01 to 1970-01-01.
  private static let epochDayFromMarchZero = 719_468
}
