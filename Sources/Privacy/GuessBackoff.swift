/// How long to wait after wrong entries in a row: 1, 2, 4, 8, 16, then 30 seconds each.
///
/// The count is kept in the store, so quitting and starting again does not reset it.
public enum GuessBackoff {
  public static let longestWait = 30

  /// Seconds to wait before the next try, after `wrongInARow` wrong entries.
  public static func wait(afterWrongInARow wrongInARow: Int) -> Int {
    guard wrongInARow > 0 else { return 0 }
    guard wrongInARow <= 6 else { return longestWait }
    return min(1 << (wrongInARow - 1), longestWait)
  }
}
