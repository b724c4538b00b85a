import Curriculum

extension LearningError: UserFacingError {
  public var whatHappened: String { description }
}
