import Curriculum
import Foundation
import LearnerStore
import Learning

extension EducationRecord {
  /// The record of a teaching session, read from the store: its learners' reading, memory and
  /// the answers given during it, and its notes.
  /// - Throws: the store's error when any of it cannot be read; nothing is left out silently.
  package static func teachingSession(
    _ session: TeachingSession, bundle: ContentBundle, store: LearnerStore, generatedAt: Date
  ) throws -> EducationRecord {
    let learners = try session.learnerIDs.map { id in
      guard let learner = try store.learner(id: id) else {
        throw LearnerStoreError.unknownLearner(id)
      }
      return learner
    }
    let stored = try store.notes(sessionID: session.id)
    let notes = stored.map { note in
      RecordNote(
        at: note.at, text: note.text,
        about: note.learnerID.flatMap { id in learners.first { $0.id == id }?.name })
    }
    let info = SessionInfo(
      id: String(session.id), educatorName: session.educatorName, startedAt: session.startedAt,
      endedAt: session.endedAt, pathID: session.pathID, topicIDs: session.plannedTopicIDs,
      notes: notes, language: session.language)
    return EducationRecord(
      bundle: bundle,
      learners: try learners.map { learner in
        var activity = try LearnerActivity(
          of: learner, bundle: bundle, store: store, sessionID: session.id)
        activity.relationship = session.relationships[learner.id]
        activity.notes = zip(stored, notes).filter { [nil, learner.id].contains($0.0.learnerID) }
          .map(\.1)
        return activity
      },
      session: info, generatedAt: generatedAt)
  }

  /// One learner's record over all their learning, read from the store.
  package static func learner(
    _ learner: Learner, bundle: ContentBundle, store: LearnerStore, generatedAt: Date
  ) throws -> EducationRecord {
    var activity = try LearnerActivity(of: learner, bundle: bundle, store: store, sessionID: nil)
    activity.relationship = try store.relationship(ofLearner: learner.id)
    activity.notes = try store.notes(learnerID: learner.id).map {
      RecordNote(at: $0.at, text: $0.text, about: $0.learnerID == learner.id ? learner.name : nil)
    }
    return EducationRecord(
      bundle: bundle, learners: [activity], session: nil, generatedAt: generatedAt)
  }
}

extension LearnerActivity {
  /// What the store holds for `learner` in `bundle`; answers only from teaching session
  /// `sessionID` when one is given.
  package init(of learner: Learner, bundle: ContentBundle, store: LearnerStore, sessionID: Int64?)
    throws
  {
    let redFlags = Set(bundle.questions.filter(\.isRedFlag).map(\.id))
    self.init(
      learner: learner,
      sectionsRead: try store.sectionsRead(learnerID: learner.id, bundleID: bundle.manifest.id),
      memory: try store.memory(learnerID: learner.id, bundleID: bundle.manifest.id),
      attempts: try store.attempts(
        learnerID: learner.id, bundleID: bundle.manifest.id, sessionID: sessionID,
        redFlagQuestionIDs: redFlags))
    identity = try store.identityHistory(learnerID: learner.id)
    demonstrations = try store.demonstrations(
      learnerID: learner.id, bundleID: bundle.manifest.id, sessionID: sessionID)
  }
}
