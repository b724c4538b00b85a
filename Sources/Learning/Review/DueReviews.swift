import Curriculum
import Foundation

/// The reviews that are due, in the order they are asked: red-flag (warning-sign) questions
/// first, then the others, each most overdue first.
package struct DueReviews: Sendable, Hashable {
  /// Due questions marked `isRedFlag`, most overdue first.
  package var redFlags: [Question]
  /// The other due questions, most overdue first.
  package var others: [Question]

  package init(redFlags: [Question] = [], others: [Question] = []) {
    self.redFlags = redFlags
    self.others = others
  }

  /// Every due question, in the order they are asked.
  package var all: [Question] { redFlags + others }
  package var count: Int { redFlags.count + others.count }
  package var isEmpty: Bool { redFlags.isEmpty && others.isEmpty }
}

extension LearnerMemory {
  /// The answered questions among `questions` whose review date has come.
  package func dueReviews(in questions: [Question], now: Date) -> DueReviews {
    let dated: [(question: Question, due: Date)] = questions.compactMap { question in
      due(question).map { (question, $0) }
    }
    let dueNow = dated.filter { $0.due <= now }.sorted { $0.due < $1.due }.map(\.question)
    return DueReviews(
      redFlags: dueNow.filter(\.isRedFlag), others: dueNow.filter { !$0.isRedFlag })
  }

  package func dueReviews(in bundle: ContentBundle, now: Date) -> DueReviews {
    dueReviews(in: bundle.questions, now: now)
  }

  /// When the first answered question not yet due comes back for review, or nil when none will.
  package func nextReview(in questions: [Question], after now: Date) -> Date? {
    questions.compactMap(due).filter { $0 > now }.min()
  }
}
