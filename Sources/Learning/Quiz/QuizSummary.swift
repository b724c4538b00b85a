/// How a quiz went: every question asked ends in exactly one of the outcome lists.
public struct QuizSummary: Sendable, Hashable {
  /// Per section, in the order the sections were first asked about.
  public struct SectionResult: Sendable, Hashable {
    public var section: SectionKey
    public var rightFirstTime = 0
    public var rightSecondTry = 0
    public var missed = 0
    public var skipped = 0

    public init(section: SectionKey) { self.section = section }

    public var asked: Int { rightFirstTime + rightSecondTry + missed + skipped }
  }

  /// Question ids, in the order they were settled.
  public var rightFirstTime: [String] = []
  public var rightSecondTry: [String] = []
  public var missed: [String] = []
  public var skipped: [String] = []
  /// Questions not reached because the quiz was stopped.
  public var notAsked: [String] = []
  public var sections: [SectionResult] = []
  /// True when the learner stopped before the end.
  public var stoppedEarly = false

  public init() {}

  public var questionCount: Int {
    rightFirstTime.count + rightSecondTry.count + missed.count + skipped.count + notAsked.count
  }

  /// E.g. "7 of 10 right the first time, 2 on the second try, 1 missed."
  public var headline: String {
    let answered = questionCount - notAsked.count
    var parts = ["\(rightFirstTime.count) of \(answered) right the first time"]
    if !rightSecondTry.isEmpty { parts.append("\(rightSecondTry.count) on the second try") }
    if !missed.isEmpty { parts.append("\(missed.count) missed") }
    if !skipped.isEmpty { parts.append("\(skipped.count) skipped") }
    if !notAsked.isEmpty { parts.append("\(notAsked.count) not asked") }
    return parts.joined(separator: ", ") + "."
  }
}
