import Learning

/// An answer once it is stored: its event id and the question's memory state after it.
public struct StoredAnswer: Sendable, Hashable {
  public var eventID: Int64
  public var memoryState: MemoryState
}

/// How a learner has done on one question, over every answer kept.
public struct AnswerTally: Sendable, Hashable {
  public var questionID: String
  public var topicID: String
  public var answers: Int
  public var correct: Int
}
