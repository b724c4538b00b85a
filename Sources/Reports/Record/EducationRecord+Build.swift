import Curriculum
import Foundation
import LearnerStore
import Learning
import Markdown

extension EducationRecord {
  /// Builds the record from what the store gives, purely.
  ///
  /// - The period: with a session, the answers given from its start to its end (to
  ///   `generatedAt` while it is open); without one, every attempt passed in.
  /// - A learner's topics: those planned (the session's topics, else its path's, else the
  ///   learner's own path) plus any topic they read or answered in; every topic of the bundle
  ///   when that leaves none. Always in the bundle's reading order.
  /// - Outcomes follow `TeachBackOutcome`; mastery is measured at `generatedAt`.
  /// - Names, notes and responses are cleaned of control characters here, once for every format.
  package init(
    bundle: ContentBundle, learners: [LearnerActivity], session: SessionInfo?, generatedAt: Date
  ) {
    let sessionRecord = session.map { Self.sessionRecord($0, bundle: bundle) }
    let period: ClosedRange<Date>? = session.map {
      $0.startedAt...max($0.startedAt, $0.endedAt ?? generatedAt)
    }
    let planned = sessionRecord.flatMap { $0.plannedTopics.isEmpty ? nil : $0.plannedTopics }
    self.init(
      generatedAt: generatedAt, bundle: BundleInfo(bundle.manifest), session: sessionRecord,
      learners: learners.map {
        Self.learnerRecord(
          $0, bundle: bundle, period: period, plannedTopicIDs: planned?.map(\.id), at: generatedAt)
      },
      questions: bundle.questions.map(QuestionInfo.init))
  }

  // MARK: - Session

  private static func sessionRecord(_ session: SessionInfo, bundle: ContentBundle)
    -> SessionRecord
  {
    let path = session.pathID.map { id in
      PathRef(id: id, title: bundle.path(id: id)?.title ?? id)
    }
    let topicIDs =
      session.topicIDs.isEmpty
      ? (session.pathID.flatMap { bundle.path(id: $0)?.topicIDs } ?? []) : session.topicIDs
    return SessionRecord(
      id: clean(session.id), educatorName: clean(session.educatorName),
      startedAt: session.startedAt, endedAt: session.endedAt, path: path,
      plannedTopics: inReadingOrder(Set(topicIDs), bundle: bundle),
      notes: cleaned(session.notes), language: session.language.rawValue)
  }

  // MARK: - Learner

  private static func learnerRecord(
    _ activity: LearnerActivity, bundle: ContentBundle, period: ClosedRange<Date>?,
    plannedTopicIDs: [String]?, at date: Date
  ) -> LearnerRecord {
    let learner = activity.learner
    let attempts = activity.attempts
      .filter { period?.contains($0.answeredAt) ?? true }
      .enumerated().sorted {
        ($0.element.answeredAt, $0.offset) < ($1.element.answeredAt, $1.offset)
      }
      .map(\.element)
    let learnerPath = learner.pathID.flatMap { bundle.path(id: $0) }
    var scope = Set(plannedTopicIDs ?? learnerPath?.topicIDs ?? [])
    scope.formUnion(attempts.map(\.topicID))
    scope.formUnion(activity.sectionsRead.map(\.topicID))
    var topics = inReadingOrder(scope, bundle: bundle)
    if topics.isEmpty { topics = bundle.topics.map { TopicRef(id: $0.id, title: $0.title) } }

    let progress = ProgressReport(
      bundle: bundle, topicIDs: topics.map(\.id), sectionsRead: activity.sectionsRead,
      memory: activity.memory, at: date)
    let topicRecords = progress.topics.map { topicProgress in
      topicRecord(topicProgress, attempts: attempts, bundle: bundle, memory: activity.memory)
    }
    let byID = Dictionary(bundle.questions.map { ($0.id, $0) }) { first, _ in first }
    let answers = attempts.map { answerRecord($0, question: byID[$0.questionID]) }
    return LearnerRecord(
      name: clean(learner.name), role: learner.role.rawValue, roleTitle: learner.role.title,
      relationship: learner.role == .caregiver ? activity.relationship?.rawValue : nil,
      notes: cleaned(activity.notes), identity: identityRecord(activity.identity),
      demonstrations: demonstrationRecords(activity.demonstrations, period: period, bundle: bundle),
      path: learner.pathID.map { PathRef(id: $0, title: learnerPath?.title ?? $0) },
      redFlagsMissed: redFlagsMissed(attempts, bundle: bundle), topics: topicRecords,
      answers: answers, review: reviewPlan(topicRecords, bundle: bundle))
  }

  private static func topicRecord(
    _ progress: ProgressReport.TopicProgress, attempts: [Attempt], bundle: ContentBundle,
    memory: LearnerMemory
  ) -> TopicRecord {
    let questions = bundle.questions(forTopic: progress.topicID)
    var rightFirst = 0
    var rightLater = 0
    var missed: [MissedQuestion] = []
    var verdicts: [[TeachBackOutcome.Verdict]] = []
    for question in questions {
      let answers = attempts.filter { $0.questionID == question.id }
      verdicts.append(answers.map(verdict))
      guard let last = answers.last else { continue }
      if !last.isCorrect {
        missed.append(
          MissedQuestion(
            id: question.id, topicID: question.topicID, prompt: question.prompt,
            redFlag: question.isRedFlag, didNotKnow: last.didNotKnow))
      } else if answers.contains(where: { !$0.isCorrect }) {
        rightLater += 1
      } else {
        rightFirst += 1
      }
    }
    let answered = rightFirst + rightLater + missed.count
    let everAnswered = questions.contains { memory.states[$0.id] != nil }
    return TopicRecord(
      id: progress.topicID, title: progress.title, sectionsRead: progress.sectionsRead,
      sectionCount: progress.sectionCount, questionsAnswered: answered,
      questionCount: questions.count, rightFirstTry: rightFirst, rightAfterRetry: rightLater,
      missedCount: missed.count,
      mastery: everAnswered ? progress.mastery.map { ($0 * 1000).rounded() / 1000 } : nil,
      outcome: TeachBackOutcome(answers: verdicts), missed: redFlagsFirst(missed))
  }

  private static func verdict(_ attempt: Attempt) -> TeachBackOutcome.Verdict {
    attempt.didNotKnow ? .didNotKnow : attempt.isCorrect ? .right : .wrong
  }

  /// Every red-flag question missed at some point in `attempts` (oldest first), in the bundle's
  /// order, with whether its last answer was right.
  private static func redFlagsMissed(_ attempts: [Attempt], bundle: ContentBundle)
    -> [RedFlagMiss]
  {
    bundle.questions.filter(\.isRedFlag).compactMap { question in
      let answers = attempts.filter { $0.questionID == question.id }
      guard let miss = answers.first(where: { !$0.isCorrect }), let last = answers.last else {
        return nil
      }
      return RedFlagMiss(
        id: question.id, topicID: question.topicID, prompt: question.prompt,
        missedAt: miss.answeredAt, laterRight: last.isCorrect)
    }
  }

  private static func reviewPlan(_ topics: [TopicRecord], bundle: ContentBundle) -> ReviewPlan {
    let order = Dictionary(bundle.questions.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let missed = topics.flatMap(\.missed).sorted {
      ($0.redFlag ? 0 : 1, order[$0.id] ?? Int.max) < ($1.redFlag ? 0 : 1, order[$1.id] ?? Int.max)
    }
    func refs(_ outcome: TeachBackOutcome) -> [TopicRef] {
      topics.filter { $0.outcome == outcome }.map { TopicRef(id: $0.id, title: $0.title) }
    }
    return ReviewPlan(
      topics: refs(.needsReview), questions: missed, notYetChecked: refs(.notAssessed),
      notAllAsked: refs(.partlyUnderstood))
  }

  // MARK: - Identity and demonstrations

  private static func identityRecord(_ history: [PatientIdentity]) -> IdentityRecord? {
    let entries = history.filter { !$0.isEmpty }.map {
      IdentityRecord.Entry(
        mrn: $0.mrn.map(clean), mrnSystem: $0.mrnSystem.map(clean),
        birthDate: $0.birthDate.map(clean), enteredBy: clean($0.enteredBy), enteredAt: $0.enteredAt)
    }
    guard let current = entries.last else { return nil }
    return IdentityRecord(current: current, earlier: Array(entries.dropLast()))
  }

  /// The demonstrations standing at the end of the period (a correction in place of what it
  /// corrected, which is kept as `earlier`), in the bundle's reading order, then time.
  private static func demonstrationRecords(
    _ demonstrations: [Demonstration], period: ClosedRange<Date>?, bundle: ContentBundle
  ) -> [DemonstrationRecord] {
    let shown = demonstrations.filter { period?.contains($0.at) ?? true }
    let byID = Dictionary(shown.map { ($0.id, $0) }) { first, _ in first }
    let replaced = Set(shown.compactMap(\.replacesID))
    let order = Dictionary(bundle.topics.enumerated().map { ($1.id, $0) }) { first, _ in first }
    func entry(_ demonstration: Demonstration) -> DemonstrationRecord.Entry {
      DemonstrationRecord.Entry(
        result: demonstration.passed ? .passed : .needsPractice,
        note: demonstration.note.isEmpty ? nil : clean(demonstration.note),
        at: demonstration.at, enteredBy: clean(demonstration.enteredBy))
    }
    return shown.filter { !replaced.contains($0.id) }
      .sorted { (order[$0.topicID] ?? Int.max, $0.at) < (order[$1.topicID] ?? Int.max, $1.at) }
      .map { latest in
        var earlier: [DemonstrationRecord.Entry] = []
        var next = latest.replacesID
        while let id = next, let older = byID[id], earlier.count < 100 {
          earlier.insert(entry(older), at: 0)
          next = older.replacesID
        }
        return DemonstrationRecord(
          topicID: latest.topicID,
          topicTitle: bundle.topic(id: latest.topicID)?.title ?? latest.topicID,
          current: entry(latest), earlier: earlier)
      }
  }

  // MARK: - Answers

  private static func answerRecord(_ attempt: Attempt, question: Question?) -> AnswerRecord {
    let response = clean(attempt.response)
    guard let question else {
      return AnswerRecord(
        questionID: attempt.questionID, topicID: attempt.topicID,
        prompt: "(question \(attempt.questionID) is no longer in this bundle)", kind: "",
        response: response, correct: attempt.isCorrect, tryNumber: attempt.tryNumber,
        usedHint: attempt.usedHint, redFlag: attempt.isRedFlag, answeredAt: attempt.answeredAt,
        answerText: nil, choiceIndices: nil, truthValue: nil, didNotKnow: attempt.didNotKnow,
        language: attempt.language.rawValue)
    }
    var text: String?
    var indices: [Int]?
    var truth: Bool?
    // The choices the answer named, when the store kept them (answers since it does).
    let named = attempt.chosenChoices.flatMap { chosen in
      !chosen.isEmpty && chosen.allSatisfy(question.choices.indices.contains) ? chosen : nil
    }
    switch question.answer {
    case .choice where named != nil, .choices where named != nil, .order where named != nil:
      indices = named
    case .choice(let index) where attempt.isCorrect:
      indices = [index]
    case .choices(let set) where attempt.isCorrect:
      indices = set.sorted()
    case .order(let steps) where attempt.isCorrect:
      indices = steps
    case .truth(let value) where !attempt.didNotKnow:
      truth = attempt.isCorrect ? value : !value
      text = truth! ? "true" : "false"
    case .text where !attempt.didNotKnow:
      text = response
    default:
      break
    }
    if let indices {
      let words = indices.filter(question.choices.indices.contains).map { question.choices[$0] }
      text = words.joined(separator: question.kind == .order ? " → " : "; ")
    }
    return AnswerRecord(
      questionID: question.id, topicID: question.topicID, prompt: question.prompt,
      kind: question.kind.rawValue, response: response, correct: attempt.isCorrect,
      tryNumber: attempt.tryNumber, usedHint: attempt.usedHint, redFlag: question.isRedFlag,
      answeredAt: attempt.answeredAt, answerText: text, choiceIndices: indices, truthValue: truth,
      didNotKnow: attempt.didNotKnow, language: attempt.language.rawValue)
  }

  // MARK: - Helpers

  private static func inReadingOrder(_ ids: Set<String>, bundle: ContentBundle) -> [TopicRef] {
    bundle.topics.filter { ids.contains($0.id) }.map { TopicRef(id: $0.id, title: $0.title) }
  }

  private static func redFlagsFirst(_ questions: [MissedQuestion]) -> [MissedQuestion] {
    questions.filter(\.redFlag) + questions.filter { !$0.redFlag }
  }

  private static func cleaned(_ notes: [RecordNote]) -> [RecordNote] {
    notes.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map {
      RecordNote(
        at: $0.element.at, text: clean($0.element.text), about: $0.element.about.map(clean))
    }
  }

  /// Control characters out; lines kept (notes may have several).
  private static func clean(_ text: String) -> String {
    TextSanitizer.sanitize(text).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
