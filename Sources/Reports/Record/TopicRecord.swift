/// One learner's coverage and understanding of one topic.
package struct TopicRecord: Sendable, Hashable, Codable {
  package var id: String
  package var title: String
  /// Sections of the topic the learner has read (ever), and how many there are.
  package var sectionsRead: Int
  package var sectionCount: Int
  /// Distinct questions of the topic answered in the period, and how many there are.
  package var questionsAnswered: Int
  package var questionCount: Int
  /// Answered questions settled right on the first try, right after a miss (the re-explanation
  /// worked), and missed (last answer wrong, or "I don't know": `missed` tells which). They add
  /// up to `questionsAnswered`.
  package var rightFirstTry: Int
  package var rightAfterRetry: Int
  package var missedCount: Int
  /// How well the topic's answers are remembered at the record's time: the mean recall
  /// probability of its questions (0 for one never answered), 0…1, to three places. Nil when the
  /// topic has no questions or the learner has never answered one of them.
  package var mastery: Double?
  package var outcome: TeachBackOutcome
  /// Questions whose last answer in the period was wrong, red flags first.
  package var missed: [MissedQuestion]

  package init(
    id: String, title: String, sectionsRead: Int, sectionCount: Int, questionsAnswered: Int,
    questionCount: Int, rightFirstTry: Int, rightAfterRetry: Int, missedCount: Int,
    mastery: Double?, outcome: TeachBackOutcome, missed: [MissedQuestion]
  ) {
    self.id = id
    self.title = title
    self.sectionsRead = sectionsRead
    self.sectionCount = sectionCount
    self.questionsAnswered = questionsAnswered
    self.questionCount = questionCount
    self.rightFirstTry = rightFirstTry
    self.rightAfterRetry = rightAfterRetry
    self.missedCount = missedCount
    self.mastery = mastery
    self.outcome = outcome
    self.missed = missed
  }

  /// Share of sections read, 0…1 (1 for a topic without sections).
  package var coverage: Double {
    sectionCount == 0 ? 1 : Double(sectionsRead) / Double(sectionCount)
  }
}

/// A question the learner did not get right in the end.
package struct MissedQuestion: Sendable, Hashable, Codable {
  package var id: String
  package var topicID: String
  package var prompt: String
  package var redFlag: Bool
  /// True when the last answer was "I don't know" rather than a wrong one; absent otherwise.
  package var didNotKnow: Bool?

  package init(
    id: String, topicID: String, prompt: String, redFlag: Bool, didNotKnow: Bool = false
  ) {
    self.id = id
    self.topicID = topicID
    self.prompt = prompt
    self.redFlag = redFlag
    self.didNotKnow = didNotKnow ? true : nil
  }
}
