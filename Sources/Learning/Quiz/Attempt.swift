import Foundation

/// One answer given in a quiz: what the store records and FSRS folds into the memory state.
public struct Attempt: Sendable, Hashable {
  public var questionID: String
  public var topicID: String
  public var sectionID: String
  /// The learner's words as typed: at most `AnswerText.maximumLength` characters, without
  /// control characters (so a stored answer can never drive a terminal).
  public var response: String
  public var isCorrect: Bool
  /// 1 for the first try at the question in this quiz, 2 when it came back after a miss.
  public var tryNumber: Int
  public var usedHint: Bool
  public var isRedFlag: Bool
  /// Seconds from showing the question to the answer, as measured by the caller.
  public var secondsTaken: Double
  public var rating: ReviewRating
  public var answeredAt: Date

  public init(
    questionID: String, topicID: String, sectionID: String, response: String, isCorrect: Bool,
    tryNumber: Int, usedHint: Bool, isRedFlag: Bool, secondsTaken: Double, rating: ReviewRating,
    answeredAt: Date
  ) {
    self.questionID = questionID
    self.topicID = topicID
    self.sectionID = sectionID
    self.response = String(
      String.UnicodeScalarView(
        response.prefix(AnswerText.maximumLength).unicodeScalars.filter { !Self.isControl($0) }))
    self.isCorrect = isCorrect
    self.tryNumber = tryNumber
    self.usedHint = usedHint
    self.isRedFlag = isRedFlag
    self.secondsTaken = secondsTaken
    self.rating = rating
    self.answeredAt = answeredAt
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
    default: false
    }
  }
}
