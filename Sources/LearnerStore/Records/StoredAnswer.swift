import Learning

/// An answer once it is stored: its event id and the question's memory state after it.
package struct StoredAnswer: Sendable, Hashable {
  package var eventID: Int64
  package var memoryState: MemoryState
}

/// How a learner has done on one question, over every answer kept.
package struct AnswerTally: Sendable, Hashable {
  package var questionID: String
  package var topicID: String
  package var answers: Int
  package var correct: Int
}
