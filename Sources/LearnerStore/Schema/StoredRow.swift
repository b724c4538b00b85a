import Foundation
import GRDB

/// One row read from the store, decoded column by column with checks that throw instead of
/// trapping: a value of the wrong storage class (text in `created_at`), out of its range (a time
/// beyond year 5000, a negative count) or missing throws `StoredValueProblem`, which the store
/// reports as damage naming the table and the column, never the value.
///
/// GRDB's non-throwing `row["column"]` stops the program on such a value and prints the whole
/// row (a learner's name, an answer) in its crash message; nothing here uses it.
struct StoredRow {
  let row: Row
  /// The table the columns belong to, as the message names it.
  let table: String

  init(_ row: Row, table: String) {
    self.row = row
    self.table = table
  }

  /// Times are Unix seconds; anything outside ±100,000,000,000 s (about 3,000 years) is not one.
  static let timeRange: ClosedRange<Double> = -1e11...1e11

  // MARK: - Columns

  func text(_ column: String) throws -> String {
    guard let value = try optionalText(column) else { throw problem(column) }
    return value
  }

  func optionalText(_ column: String) throws -> String? {
    switch try value(column).storage {
    case .null: return nil
    case .string(let text): return text
    default: throw problem(column)
    }
  }

  func integer(_ column: String, in range: ClosedRange<Int64> = .min ... .max) throws -> Int64 {
    guard let value = try optionalInteger(column, in: range) else { throw problem(column) }
    return value
  }

  /// An INTEGER, or a REAL holding a whole number (what `SUM` gives back over odd values).
  func optionalInteger(_ column: String, in range: ClosedRange<Int64> = .min ... .max) throws
    -> Int64?
  {
    let number: Int64
    switch try value(column).storage {
    case .null: return nil
    case .int64(let value): number = value
    case .double(let value):
      guard let whole = Int64(exactly: value) else { throw problem(column) }
      number = whole
    default: throw problem(column)
    }
    guard range.contains(number) else { throw problem(column) }
    return number
  }

  /// A count or a small number as `Int`, never negative.
  func count(_ column: String) throws -> Int {
    Int(try integer(column, in: 0...Int64(Int32.max)))
  }

  func optionalCount(_ column: String) throws -> Int? {
    try optionalInteger(column, in: 0...Int64(Int32.max)).map { Int($0) }
  }

  /// 0 or 1.
  func flag(_ column: String) throws -> Bool {
    guard let value = try optionalFlag(column) else { throw problem(column) }
    return value
  }

  func optionalFlag(_ column: String) throws -> Bool? {
    try optionalInteger(column, in: 0...1).map { $0 == 1 }
  }

  /// A finite REAL (or INTEGER) within `range`.
  func real(_ column: String, in range: ClosedRange<Double>) throws -> Double {
    guard let value = try optionalReal(column, in: range) else { throw problem(column) }
    return value
  }

  func optionalReal(_ column: String, in range: ClosedRange<Double>) throws -> Double? {
    let number: Double
    switch try value(column).storage {
    case .null: return nil
    case .int64(let value): number = Double(value)
    case .double(let value): number = value
    default: throw problem(column)
    }
    guard number.isFinite, range.contains(number) else { throw problem(column) }
    return number
  }

  func time(_ column: String) throws -> Date {
    Date(timeIntervalSince1970: try real(column, in: Self.timeRange))
  }

  func optionalTime(_ column: String) throws -> Date? {
    try optionalReal(column, in: Self.timeRange).map(Date.init(timeIntervalSince1970:))
  }

  /// The problem of `column` holding something this version cannot use.
  func problem(_ column: String) -> StoredValueProblem {
    StoredValueProblem(table: table, column: column)
  }

  private func value(_ column: String) throws -> DatabaseValue {
    do {
      return try row.decode(DatabaseValue.self, forColumn: column)
    } catch {
      throw problem(column)
    }
  }
}

/// A value in the store that is not what its column holds; the store calls the file damaged.
struct StoredValueProblem: Error, Hashable {
  var table: String
  var column: String

  /// What the damage message says: where, never what.
  var detail: String {
    "the \(column) column of the \(table) table holds a value Teachback cannot read"
  }
}
