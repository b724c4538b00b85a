import Learning

/// An answer once it is stored: its event id and the question's memory state after it.
package struct StoredAnswer: Sendable, Hashable {
  package var eventID: Int64
  package var memoryState: MemoryState

  package init(eventID: Int64, memoryState: MemoryState) {
    self.eventID = eventID
    self.memoryState = memoryState
  }
}

/// How a learner has done on one question, over every answer kept.
package struct AnswerTally: Sendable, Hashable {
  package var questionID: String
  package var topicID: String
  package var answers: Int
  package var correct: Int

  package init(questionID: String, topicID: String, answers: Int, correct: Int) {
    self.questionID = questionID
    self.topicID = topicID
    self.answers = answers
    self.correct = correct
  }
}
