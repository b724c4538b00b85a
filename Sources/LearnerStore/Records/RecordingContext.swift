import Curriculum

/// What every recorded event carries besides its own facts: whose it is, which bundle (id and
/// version) it was read or answered in, the teaching session it happened in, if any, and the
/// language it happened in.
///
/// The recording calls (`recordSectionRead`, `recordTopicOpened`, `recordAnswer`,
/// `recordAnswers`) take one value instead of four loose ids, so the ids cannot be swapped or
/// forgotten, and a teaching session's id is the only session id an event can hold.
package struct RecordingContext: Sendable, Hashable {
  package var learnerID: Int64
  package var bundleID: String
  package var bundleVersion: String
  /// The educator's teaching session (`TeachingSession.id`) the learner is taught in, or `nil`
  /// when they learn on their own.
  package var teachingSessionID: Int64?
  /// The language the learner is taught in (the bundle's and the shell's).
  package var language: Language

  package init(
    learnerID: Int64, bundleID: String, bundleVersion: String, teachingSessionID: Int64? = nil,
    language: Language = .english
  ) {
    self.learnerID = learnerID
    self.bundleID = bundleID
    self.bundleVersion = bundleVersion
    self.teachingSessionID = teachingSessionID
    self.language = language
  }

  /// The context of a learner working in the bundle that `manifest` describes.
  package init(
    learnerID: Int64, manifest: Manifest, teachingSessionID: Int64? = nil,
    language: Language? = nil
  ) {
    self.init(
      learnerID: learnerID, bundleID: manifest.id, bundleVersion: manifest.version,
      teachingSessionID: teachingSessionID, language: language ?? manifest.language)
  }
}
