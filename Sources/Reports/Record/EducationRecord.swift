import Foundation

/// The record of patient education for the chart: who was taught, what, how, and how well it was
/// understood. A pure value built by `EducationRecord.init(bundle:learners:session:generatedAt:)`
/// from what the store holds, and rendered by `ReportFormat`.
///
/// Only the learners passed to the builder ever appear, and no store identifier is kept: a
/// learner is named, never numbered.
package struct EducationRecord: Sendable, Hashable, Codable {
  /// Names this JSON document's kind for integrators.
  package static let formatName = "teachback-education-record"
  /// Raised when a field changes meaning or is removed (adding fields keeps the version).
  package static let currentSchemaVersion = 2

  package var format: String
  package var schemaVersion: Int
  package var generatedAt: Date
  package var bundle: BundleInfo
  /// The educator's session, when the teaching happened in one.
  package var session: SessionRecord?
  package var learners: [LearnerRecord]
  /// Every question of the bundle as it stands now: what could be asked (the FHIR
  /// `Questionnaire`), and how each learner's answers are read.
  package var questions: [QuestionInfo]

  package init(
    generatedAt: Date, bundle: BundleInfo, session: SessionRecord?, learners: [LearnerRecord],
    questions: [QuestionInfo]
  ) {
    self.format = Self.formatName
    self.schemaVersion = Self.currentSchemaVersion
    self.generatedAt = generatedAt
    self.bundle = bundle
    self.session = session
    self.learners = learners
    self.questions = questions
  }

  package func question(id: String) -> QuestionInfo? { questions.first { $0.id == id } }
}
