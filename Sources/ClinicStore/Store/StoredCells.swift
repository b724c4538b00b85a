import Curriculum
import Foundation
import LearnerStore
import Learning
import Logging
import PostgresNIO

/// One row read from the server, decoded by column name; a value of the wrong kind is reported
/// by table and column, never by its contents.
struct StoredCells {
  let row: PostgresRandomAccessRow
  let table: String

  init(_ row: PostgresRow, table: String) {
    self.row = row.makeRandomAccess()
    self.table = table
  }

  func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
    do {
      return try row[column].decode(T.self)
    } catch {
      throw LearnerStoreError.database("a value of the wrong kind in \(table).\(column)")
    }
  }

  func text(_ column: String) throws -> String { try value(column) }
  func optionalText(_ column: String) throws -> String? { try value(column) }
  func integer(_ column: String) throws -> Int64 { try value(column) }
  func optionalInteger(_ column: String) throws -> Int64? { try value(column) }
  func flag(_ column: String) throws -> Bool { try value(column) }
  func optionalFlag(_ column: String) throws -> Bool? { try value(column) }
  func time(_ column: String) throws -> Date {
    Date(timeIntervalSince1970: try value(column, as: Double.self))
  }
  func optionalTime(_ column: String) throws -> Date? {
    try value(column, as: Double?.self).map(Date.init(timeIntervalSince1970:))
  }
}

extension PostgresConnection {
  /// Every row `query` returns.
  func rows(_ query: PostgresQuery, table: String, logger: Logger) async throws -> [StoredCells] {
    try await self.query(query, logger: logger).collect().map { StoredCells($0, table: table) }
  }

  /// Whether `query` returns at least one row.
  func exists(_ query: PostgresQuery, logger: Logger) async throws -> Bool {
    try await !self.query(query, logger: logger).collect().isEmpty
  }

  /// How many rows `query` (a statement `RETURNING` something) touched.
  func count(_ query: PostgresQuery, logger: Logger) async throws -> Int {
    try await self.query(query, logger: logger).collect().count
  }
}

/// The models read back from rows, the same as the SQLite store makes them.
enum StoredModels {
  static func learner(_ cells: StoredCells) throws -> Learner {
    guard let role = LearnerRole(rawValue: try cells.text("role")) else {
      throw LearnerStoreError.database("a value of the wrong kind in learner.role")
    }
    return Learner(
      id: try cells.integer("id"), name: try cells.text("name"), role: role,
      pathID: try cells.optionalText("path_id"), createdAt: try cells.time("created_at"),
      lastUsedAt: try cells.optionalTime("last_used_at"),
      language: try cells.optionalText("language").map { try language($0, cells) })
  }

  /// A row's `language`: NULL is English, as in the SQLite store.
  static func language(_ cells: StoredCells) throws -> Language {
    try cells.optionalText("language").map { try language($0, cells) } ?? .english
  }

  private static func language(_ code: String, _ cells: StoredCells) throws -> Language {
    guard let language = Language(rawValue: code) else {
      throw LearnerStoreError.database("a value of the wrong kind in \(cells.table).language")
    }
    return language
  }

  static func memoryState(_ cells: StoredCells) throws -> MemoryState {
    MemoryState(
      stability: try cells.value("stability"), difficulty: try cells.value("difficulty"),
      lastReview: try cells.time("last_review"),
      reviewCount: Int(try cells.integer("review_count")),
      lapseCount: Int(try cells.integer("lapse_count")),
      lastRating: try cells.optionalInteger("last_rating").flatMap {
        ReviewRating(rawValue: Int($0))
      })
  }

  static func note(_ cells: StoredCells) throws -> SessionNote {
    SessionNote(
      id: try cells.integer("id"), sessionID: try cells.integer("session_id"),
      learnerID: try cells.optionalInteger("learner_id"), at: try cells.time("at"),
      text: try cells.text("text"))
  }

  static func demonstration(_ cells: StoredCells) throws -> Demonstration {
    Demonstration(
      id: try cells.integer("id"), learnerID: try cells.integer("learner_id"),
      teachingSessionID: try cells.optionalInteger("teaching_session_id"),
      bundleID: try cells.text("bundle_id"), topicID: try cells.text("topic_id"),
      passed: try cells.flag("passed"), note: try cells.text("note"), at: try cells.time("at"),
      enteredBy: try cells.text("entered_by"), replacesID: try cells.optionalInteger("replaces_id"))
  }

  static func identity(_ cells: StoredCells) throws -> PatientIdentity {
    PatientIdentity(
      mrn: try cells.optionalText("mrn"), mrnSystem: try cells.optionalText("mrn_system"),
      birthDate: try cells.optionalText("birth_date"), enteredBy: try cells.text("entered_by"),
      enteredAt: try cells.time("entered_at"))
  }

  static func accessEvent(_ cells: StoredCells) throws -> AccessEvent {
    guard let kind = AccessEventKind(rawValue: try cells.text("kind")) else {
      throw LearnerStoreError.database("a value of the wrong kind in access_event.kind")
    }
    return AccessEvent(
      learnerID: try cells.optionalInteger("learner_id"), kind: kind, at: try cells.time("at"))
  }

  static func event(_ cells: StoredCells) throws -> LearnerEvent? {
    guard let kind = EventKind(rawValue: try cells.text("kind")) else { return nil }
    return LearnerEvent(
      id: try cells.integer("id"), learnerID: try cells.integer("learner_id"), kind: kind,
      at: try cells.time("at"), bundleID: try cells.text("bundle_id"),
      bundleVersion: try cells.text("bundle_version"),
      teachingSessionID: try cells.optionalInteger("teaching_session_id"),
      topicID: try cells.optionalText("topic_id"), sectionID: try cells.optionalText("section_id"),
      questionID: try cells.optionalText("question_id"),
      response: try cells.optionalText("response"), isCorrect: try cells.optionalFlag("correct"),
      rating: try cells.optionalInteger("grade").flatMap { ReviewRating(rawValue: Int($0)) },
      secondsTaken: try cells.value("seconds", as: Double?.self),
      tryNumber: try cells.optionalInteger("try_number").map(Int.init),
      usedHint: try cells.optionalFlag("used_hint"),
      didNotKnow: try cells.optionalFlag("did_not_know"), language: try language(cells))
  }

  static func attempt(_ cells: StoredCells, redFlags: Set<String>) throws -> Attempt? {
    guard
      let rating = try cells.optionalInteger("grade").flatMap({ ReviewRating(rawValue: Int($0)) })
    else { return nil }
    let questionID = try cells.optionalText("question_id") ?? ""
    var attempt = Attempt(
      questionID: questionID, topicID: try cells.optionalText("topic_id") ?? "",
      sectionID: try cells.optionalText("section_id") ?? "",
      response: try cells.optionalText("response") ?? "",
      isCorrect: try cells.optionalFlag("correct") ?? false,
      tryNumber: Int(try cells.optionalInteger("try_number") ?? 1),
      usedHint: try cells.optionalFlag("used_hint") ?? false,
      isRedFlag: redFlags.contains(questionID),
      secondsTaken: try cells.value("seconds", as: Double?.self) ?? 0, rating: rating,
      answeredAt: try cells.time("at"), didNotKnow: try cells.optionalFlag("did_not_know") ?? false,
      chosenChoices: SQLiteLearnerStore.chosenChoices(try cells.optionalText("chosen")))
    attempt.language = try language(cells)
    return attempt
  }
}
