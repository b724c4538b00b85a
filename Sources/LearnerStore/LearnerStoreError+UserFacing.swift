import Curriculum

extension LearnerStoreError: UserFacingError {
  public var whatHappened: String { description }
}
