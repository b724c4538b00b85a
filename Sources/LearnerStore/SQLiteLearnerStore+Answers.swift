import Foundation
import GRDB
import Learning

/// A learner's answers read back as `Attempt`s, for a session summary or a chart.
extension SQLiteLearnerStore {
  /// The answers `query` names, oldest first. An answer whose stored grade this version does
  /// not know is left out.
  package func attempts(matching query: AttemptQuery) throws -> [Attempt] {
    let (learnerID, bundleID, from, to, sessionID, redFlagQuestionIDs) = (
      query.learnerID, query.bundleID, query.from, query.to, query.sessionID,
      query.redFlagQuestionIDs
    )
    var sql = "SELECT * FROM event WHERE learner_id = ? AND kind = ? AND bundle_id = ?"
    var arguments: StatementArguments = [learnerID, EventKind.answerGiven.rawValue, bundleID]
    if let from {
      sql += " AND at >= ?"
      _ = arguments.append(contentsOf: [from.timeIntervalSince1970])
    }
    if let to {
      sql += " AND at <= ?"
      _ = arguments.append(contentsOf: [to.timeIntervalSince1970])
    }
    if let sessionID {
      sql += " AND teaching_session_id = ?"
      _ = arguments.append(contentsOf: [sessionID])
    }
    sql += " ORDER BY at, id"
    let query = sql
    let queryArguments = arguments
    return try read { db in
      try Row.fetchAll(db, sql: query, arguments: queryArguments).compactMap { row in
        let stored = StoredRow(row, table: "event")
        guard
          let rating = try stored.optionalInteger("grade").flatMap({
            ReviewRating(rawValue: Int($0))
          })
        else { return nil }
        let questionID = try stored.optionalText("question_id") ?? ""
        var attempt = Attempt(
          questionID: questionID, topicID: try stored.optionalText("topic_id") ?? "",
          sectionID: try stored.optionalText("section_id") ?? "",
          response: try stored.optionalText("response") ?? "",
          isCorrect: try stored.optionalFlag("correct") ?? false,
          tryNumber: try stored.optionalCount("try_number") ?? 1,
          usedHint: try stored.optionalFlag("used_hint") ?? false,
          isRedFlag: redFlagQuestionIDs.contains(questionID),
          secondsTaken: try stored.optionalReal("seconds", in: 0...StoredRow.timeRange.upperBound)
            ?? 0,
          rating: rating, answeredAt: try stored.time("at"),
          didNotKnow: try stored.optionalFlag("did_not_know") ?? false,
          chosenChoices: Self.chosenChoices(try stored.optionalText("chosen")))
        attempt.language = try Self.language(stored)
        return attempt
      }
    }
  }

  /// `0,2` as `[0, 2]`; nil for none, or for text that is not such a list (a damaged row gives
  /// an answer known only as typed).
  package static func chosenChoices(_ text: String?) -> [Int]? {
    guard let text, !text.isEmpty else { return nil }
    let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map {
      Int($0).flatMap { (0..<100).contains($0) ? $0 : nil }
    }
    guard numbers.allSatisfy({ $0 != nil }) else { return nil }
    return numbers.compactMap { $0 }
  }
}
