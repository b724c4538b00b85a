/// How a quiz went: every question asked ends in exactly one of the outcome lists.
package struct QuizSummary: Sendable, Hashable {
  /// Per section, in the order the sections were first asked about.
  package struct SectionResult: Sendable, Hashable {
    package var section: SectionKey
    package var rightFirstTime = 0
    package var rightSecondTry = 0
    package var missed = 0
    /// Questions the learner said they did not know, the last time they were asked.
    package var notKnown = 0
    package var skipped = 0

    package init(section: SectionKey) { self.section = section }

    package var asked: Int { rightFirstTime + rightSecondTry + missed + notKnown + skipped }
  }

  /// Question ids, in the order they were settled.
  package var rightFirstTime: [String] = []
  package var rightSecondTry: [String] = []
  package var missed: [String] = []
  /// Said "I don't know" the last time they were asked: to learn, not wrong.
  package var notKnown: [String] = []
  package var skipped: [String] = []
  /// Questions not reached because the quiz was stopped.
  package var notAsked: [String] = []
  package var sections: [SectionResult] = []
  /// True when the learner stopped before the end.
  package var stoppedEarly = false

  package init() {}

  package var questionCount: Int {
    rightFirstTime.count + rightSecondTry.count + missed.count + notKnown.count + skipped.count
      + notAsked.count
  }

  /// Questions asked: everything settled except those not reached.
  package var answeredCount: Int { questionCount - notAsked.count }
}
