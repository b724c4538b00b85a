/// The order of questions for each learner of a group quiz. Learners answer in turn, aloud, so
/// each starts at a different place in the list: learner `turn` (0-based) of `count` gets it
/// rotated by `turn × n ÷ count`, the same every time (the order depends only on the place),
/// and no one is asked the question the learner before them has just answered.
package enum GroupQuizOrder {
  package static func questions<Item>(_ questions: [Item], forTurn turn: Int, of count: Int)
    -> [Item]
  {
    guard count > 1, questions.count > 1 else { return questions }
    let shift = (turn % count) * questions.count / count
    return Array(questions[shift...] + questions[..<shift])
  }
}
