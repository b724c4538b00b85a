import Curriculum

extension LearnerStoreError: UserFacingError {
  package var whatHappened: String { description }
}
