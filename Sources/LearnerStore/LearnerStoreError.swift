import Foundation

/// Why the learner store could not do what was asked, with what to do about it.
/// Whenever opening fails, the file is left exactly as it was.
package enum LearnerStoreError: Error, LocalizedError, CustomStringConvertible, Sendable, Hashable {
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
  /// Something other than a file is at the path: a folder, a named pipe, a device.
  case notAFile(path: String, kind: String)
  /// The disk holding the file has no room left.
  case diskFull(path: String)
  /// Another program held the file for longer than the busy timeout.
  case busy(path: String)
  case duplicateLearnerName(String)
  case invalidLearnerName
  /// A learner's name holding a control or text-direction character (its code point given),
  /// which could change how a terminal or a record shows the text around it.
  case controlCharacterInLearnerName(UInt32)
  case unknownLearner(Int64)
  /// A teaching session cannot start while another one in the same store is still open.
  case sessionAlreadyOpen(id: Int64, educatorName: String, startedAt: Date)
  case unknownTeachingSession(Int64)
  case teachingSessionAlreadyEnded(id: Int64, endedAt: Date)
  /// A teaching session needs at least one learner.
  case noLearnersInSession
  case invalidEducatorName
  /// An educator's name holding a control or text-direction character (its code point given).
  case controlCharacterInEducatorName(UInt32)
  /// A note about a learner who is not one of the session's learners.
  case learnerNotInSession(learnerID: Int64, sessionID: Int64)
  /// A note with nothing left to keep once control characters and spaces are removed.
  case emptyNote
  /// A correction of a return demonstration the store does not hold.
  case unknownDemonstration(Int64)
  /// Any other database failure, with SQLite's own words.
  case database(String)

  package var description: String {
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
      "The progress file \(path) is damaged (\(detail)). Teachback will not write to it again. "
        + "Keep a copy for whoever looks after this computer, then restore a backup, move it "
        + "aside, or use --store to choose another file."
    case .cannotOpen(let path, let reason):
      "Cannot open the progress file \(path): \(reason). Check that its folder is yours and "
        + "writable, or use --store to choose another file."
    case .notAFile(let path, let kind):
      "\(path) is a \(kind), not a progress file. Nothing was written. Use --store to choose a "
        + "file (a new name starts a new progress file)."
    case .diskFull(let path):
      "The disk holding the progress file \(path) is full. Free some space, or use --store to "
        + "choose a file on another disk."
    case .busy(let path):
      "Another Teachback kept the progress file \(path) busy for more than "
        + "\(Int(SQLiteLearnerStore.busyTimeout)) seconds. Close the other one, or try again."
    case .duplicateLearnerName(let name):
      "There is already a learner named “\(name)”. Choose another name, or switch to that learner."
    case .invalidLearnerName:
      "A learner's name needs at least one letter or digit (and at most 100 characters)."
    case .controlCharacterInLearnerName(let value):
      "A learner's name cannot hold invisible control or text-direction characters (this one "
        + "holds \(Self.codePoint(value))). Type the name again with letters, digits and spaces."
    case .unknownLearner(let id):
      "There is no learner with id \(id) in this progress file."
    case .sessionAlreadyOpen(let id, let educatorName, let startedAt):
      "A teaching session (number \(id)) started at \(Self.clock(startedAt)) by \(educatorName) "
        + "is still open. End it with `session end` first."
    case .unknownTeachingSession(let id):
      "There is no teaching session number \(id) in this progress file. "
        + "`session list` shows the recent ones."
    case .teachingSessionAlreadyEnded(let id, let endedAt):
      "Teaching session number \(id) already ended at \(Self.clock(endedAt)). "
        + "Start a new one with `session start`."
    case .noLearnersInSession:
      "A teaching session needs at least one learner. Name the learners being taught."
    case .invalidEducatorName:
      "The educator's name needs at least one letter or digit (and at most 100 characters)."
    case .controlCharacterInEducatorName(let value):
      "The educator's name cannot hold invisible control or text-direction characters (this one "
        + "holds \(Self.codePoint(value))). Type the name again with letters, digits and spaces."
    case .learnerNotInSession(let learnerID, let sessionID):
      "Learner \(learnerID) is not in teaching session number \(sessionID). Write the note "
        + "about one of the session's learners, or about the whole session."
    case .emptyNote:
      "The note is empty. Write a few words, for example “needs glasses”."
    case .unknownDemonstration(let id):
      "There is no return demonstration \(id). `demo` lists this session's."
    case .database(let message):
      "The progress file could not be read or written: \(message)."
    }
  }

  package var errorDescription: String? { description }

  /// `U+202E`: a character named by its code point, which is safe to show.
  private static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A time as the educator's clock shows it: "10:02" today, "Nov 28, 10:02" another day.
  private static func clock(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = Calendar.current.isDateInToday(date) ? "HH:mm" : "MMM d, HH:mm"
    return formatter.string(from: date)
  }
}
