import Learning
import Testing

@Suite struct GroupQuizOrderTests {
  @Test func eachLearnerStartsElsewhereAndTheOrderIsStable() {
    let questions = Array(1...6)
    #expect(GroupQuizOrder.questions(questions, forTurn: 0, of: 2) == [1, 2, 3, 4, 5, 6])
    #expect(GroupQuizOrder.questions(questions, forTurn: 1, of: 2) == [4, 5, 6, 1, 2, 3])
    #expect(GroupQuizOrder.questions(questions, forTurn: 2, of: 3) == [5, 6, 1, 2, 3, 4])
    #expect(GroupQuizOrder.questions(questions, forTurn: 0, of: 1) == questions)
    #expect(GroupQuizOrder.questions([7], forTurn: 1, of: 2) == [7])
    for count in 2...4 {
      let orders = (0..<count).map { GroupQuizOrder.questions(questions, forTurn: $0, of: count) }
      #expect(Set(orders.map(\.first)).count == count, "no two learners start alike")
      #expect(orders.allSatisfy { Set($0) == Set(questions) }, "everyone gets every question")
    }
  }

  @Test(arguments: [
    ("spouse", CaregiverRelationship.spouse), ("Wife", .spouse), ("husband", .spouse),
    ("partner", .spouse), ("mother", .parent), ("father", .parent), ("parent", .parent),
    ("caregiver", .caregiver), ("other", .other),
  ])
  func relationshipWordsAreCaregivers(_ word: String, _ relationship: CaregiverRelationship) {
    #expect(CaregiverRelationship(typed: word) == relationship)
    #expect(LearnerRole(typed: word) == .caregiver)
  }
}
