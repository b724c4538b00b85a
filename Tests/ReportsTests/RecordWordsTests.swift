import Learning
import Testing

@testable import Reports

/// The words a record uses for Learning's values.
@Suite struct RecordWordsTests {
  @Test func everyRoleHasATitle() {
    #expect(
      LearnerRole.allCases.map(\.title) == ["patient", "parent or caregiver", "nurse educator"])
  }
}
