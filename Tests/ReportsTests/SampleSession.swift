import Curriculum
import Foundation
import Learning
import Reports
import TestSupport

/// A teaching session built in code on `SampleBundle`: an educator, a patient and a parent whose
/// name has a comma and a quote, reading, right and wrong answers (one missed red flag), an
/// answer from before the session, and notes — one of them hostile HTML.
enum SampleSession {
  static let bundle = SampleBundle.make()
  /// 29 Nov 2026, 09:00 UTC.
  static let start = Date(timeIntervalSince1970: 1_795_942_800)
  static let end = start.addingTimeInterval(45 * 60)
  static let generatedAt = end.addingTimeInterval(5 * 60)
  static let hostileNote = "<script>alert(1)</script> & \"quotes\""

  static let patient = Learner(id: 7, name: "Sam Rivera", role: .patient, pathID: "before-surgery")
  static let parent = Learner(id: 8, name: "Lee, \"Jo\"", role: .caregiver, pathID: "at-home")

  static func session(ended: Bool = true) -> SessionInfo {
    SessionInfo(
      id: "session-42", educatorName: "Ada Okafor, RN", startedAt: start,
      endedAt: ended ? end : nil, pathID: "before-surgery",
      notes: [
        RecordNote(at: minute(2), text: "Needs glasses for small print."),
        RecordNote(at: minute(30), text: hostileNote),
        RecordNote(at: minute(5), text: "Prefers Spanish for written material."),
      ])
  }

  static func minute(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

  static func attempt(
    _ questionID: String, _ response: String, correct: Bool, try tryNumber: Int = 1,
    at minutes: Double, hint: Bool = false
  ) -> Attempt {
    let question = bundle.questions.first { $0.id == questionID }!
    return Attempt(
      questionID: questionID, topicID: question.topicID, sectionID: question.sectionID,
      response: response, isCorrect: correct, tryNumber: tryNumber, usedHint: hint,
      isRedFlag: question.isRedFlag, secondsTaken: 20,
      rating: ReviewPolicy().rating(
        correct: correct, tryNumber: tryNumber, usedHint: hint, seconds: 20,
        isRedFlag: question.isRedFlag),
      answeredAt: minute(minutes))
  }

  static let patientAttempts = [
    attempt("about-what", "a", correct: true, at: 10),
    attempt("about-skin", "true", correct: true, at: 11),
    attempt("about-why", "a tube thing", correct: false, at: 12),
    attempt("care-fever", "b", correct: true, at: 13, hint: true),
    attempt("about-why", "catheter", correct: true, try: 2, at: 14),
  ]

  static let parentAttempts = [
    // The day before: outside the session, so not in its record.
    attempt("about-what", "c", correct: false, at: -24 * 60),
    attempt("care-signs", "a b", correct: false, at: 20),
    attempt("care-steps", "a b c d", correct: true, at: 21),
    attempt("care-fever", "a", correct: false, at: 22),
    attempt("care-signs", "b c", correct: false, try: 2, at: 23),
    attempt("care-flush-with", "saline", correct: true, at: 24),
  ]

  static func activity(_ learner: Learner, _ attempts: [Attempt], read: [String]) -> LearnerActivity
  {
    var memory = LearnerMemory()
    for attempt in attempts { memory.record(attempt) }
    let sections = Set(
      read.map {
        let parts = $0.split(separator: "#").map(String.init)
        return SectionKey(topicID: parts[0], sectionID: parts[1])
      })
    return LearnerActivity(
      learner: learner, sectionsRead: sections, memory: memory, attempts: attempts)
  }

  static var patientActivity: LearnerActivity {
    activity(patient, patientAttempts, read: ["about#what", "about#why", "care#call"])
  }

  static var parentActivity: LearnerActivity {
    activity(parent, parentAttempts, read: ["care#flushing", "care#signs"])
  }

  static func record(ended: Bool = true) -> EducationRecord {
    EducationRecord(
      bundle: bundle, learners: [patientActivity, parentActivity], session: session(ended: ended),
      generatedAt: generatedAt)
  }
}
