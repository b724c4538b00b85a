/// How a quiz went: every question asked ends in exactly one of the outcome lists.
public struct QuizSummary: Sendable, Hashable {
  /// Per section, in the order the sections were first asked about.
  public struct SectionResult: Sendable, Hashable {
    public var section: SectionKey
    public var rightFirstTime = 0
    public var rightSecondTry = 0
    public var missed = 0
    /// Questions the learner said they did not know, the last time they were asked.
    public var notKnown = 0
    public var skipped = 0

    public init(section: SectionKey) { self.section = section }

    public var asked: Int { rightFirstTime + rightSecondTry + missed + notKnown + skipped }
  }

  /// Question ids, in the order they were settled.
  public var rightFirstTime: [String] = []
  public var rightSecondTry: [String] = []
  public var missed: [String] = []
  /// Said "I don't know" the last time they were asked: to learn, not wrong.
  public var notKnown: [String] = []
  public var skipped: [String] = []
  /// Questions not reached because the quiz was stopped.
  public var notAsked: [String] = []
  public var sections: [SectionResult] = []
  /// True when the learner stopped before the end.
  public var stoppedEarly = false

  public init() {}

  public var questionCount: Int {
    rightFirstTime.count + rightSecondTry.count + missed.count + notKnown.count + skipped.count
      + notAsked.count
  }

  /// Questions asked: everything settled except those not reached.
  public var answeredCount: Int { questionCount - notAsked.count }
}
