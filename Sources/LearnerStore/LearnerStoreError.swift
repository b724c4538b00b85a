import Foundation

/// Why the learner store could not do what was asked, with what to do about it.
/// Whenever opening fails, the file is left exactly as it was.
public enum LearnerStoreError: Error, LocalizedError, CustomStringConvertible, Sendable, Hashable {
  /// The file holds migrations this version does not know.
  case newerSchema(path: String, unknownMigrations: [String])
  /// The file is not an SQLite database at all (garbage, or a different kind of file).
  case notADatabase(path: String)
  /// An SQLite database, but not one Teachback wrote.
  case notATeachbackStore(path: String)
  /// An SQLite database that is cut short or otherwise broken.
  case damaged(path: String, detail: String)
  /// The file or its folder could not be created or opened.
  case cannotOpen(path: String, reason: String)
  case duplicateLearnerName(String)
  case invalidLearnerName
  case unknownLearner(Int64)
  /// Any other database failure, with SQLite's own words.
  case database(String)

  public var description: String {
    switch self {
    case .newerSchema(let path, _):
      "The progress file \(path) was written by a newer version of Teachback; update Teachback "
        + "or use --store to choose another file. The file was not changed."
    case .notADatabase(let path):
      "\(path) is not a Teachback progress file (it is not an SQLite database). It was not "
        + "changed. Use --store to choose another file, or move this one aside to start afresh."
    case .notATeachbackStore(let path):
      "\(path) is a database, but not a Teachback progress file. It was not changed. "
        + "Use --store to choose another file."
    case .damaged(let path, let detail):
      "The progress file \(path) is damaged (\(detail)). It was not changed. Keep a copy for "
        + "whoever looks after this computer, then move it aside or use --store to choose "
        + "another file."
    case .cannotOpen(let path, let reason):
      "Cannot open the progress file \(path): \(reason). Check that its folder is yours and "
        + "writable, or use --store to choose another file."
    case .duplicateLearnerName(let name):
      "There is already a learner named “\(name)”. Choose another name, or switch to that learner."
    case .invalidLearnerName:
      "A learner's name needs at least one letter or digit (and at most 100 characters)."
    case .unknownLearner(let id):
      "There is no learner with id \(id) in this progress file."
    case .database(let message):
      "The progress file could not be read or written: \(message)."
    }
  }

  public var errorDescription: String? { description }
}
