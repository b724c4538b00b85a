/// The bundle's `bundle.yaml`: what the bundle is, where its facts come from, and how to walk it.
package struct Manifest: Sendable, Hashable {
  package var id: String
  package var title: String
  package var version: String
  /// The language its words are in. Two bundles may share an id when their languages differ:
  /// they are one bundle's translations, topic for topic and question for question.
  package var language: Language
  package var audiences: [String]
  package var sources: [Source]
  package var disclaimer: String
  /// Topic ids in reading order; each names `topics/<id>.md`.
  package var topicOrder: [String]
  package var paths: [LearningPath]
  package var warningSigns: [WarningSign]
  /// What to do when a warning sign is present, shown with the care team's contact.
  package var emergencyAdvice: String
  /// Shown in place of the care team's contact until a clinic configures it locally.
  package var careTeamPlaceholder: String
  /// Groups of words a learner may use for one another in free-text answers.
  package var synonyms: [[String]]
  /// The school grade above which lint warns (default 8): a Flesch–Kincaid grade for English,
  /// a Fernández Huerta score for Spanish (`ReadingGrade`).
  package var readingGradeTarget: Double
  /// The last question of the when-to-call check, for anything the signs do not name
  /// ("anything else that worries you"); nil when the bundle gives none.
  package var catchAll: CatchAllSign?
  /// What to do for each tier of warning sign, when the bundle says it per tier.
  package var tierAdvice: [WarningTier: String]
  /// Question ids taken out of use: no question may have one again, so old answers are never
  /// scored against a new answer key.
  package var retiredQuestionIDs: [String]

  package init(
    id: String, title: String, version: String, language: Language, audiences: [String],
    sources: [Source], disclaimer: String, topicOrder: [String], paths: [LearningPath],
    warningSigns: [WarningSign], emergencyAdvice: String, careTeamPlaceholder: String,
    synonyms: [[String]], readingGradeTarget: Double, catchAll: CatchAllSign? = nil,
    tierAdvice: [WarningTier: String] = [:], retiredQuestionIDs: [String] = []
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.language = language
    self.audiences = audiences
    self.sources = sources
    self.disclaimer = disclaimer
    self.topicOrder = topicOrder
    self.paths = paths
    self.warningSigns = warningSigns
    self.emergencyAdvice = emergencyAdvice
    self.careTeamPlaceholder = careTeamPlaceholder
    self.synonyms = synonyms
    self.readingGradeTarget = readingGradeTarget
    self.catchAll = catchAll
    self.tierAdvice = tierAdvice
    self.retiredQuestionIDs = retiredQuestionIDs
  }

  /// The source with this id, if the manifest defines it.
  package func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// The warning signs of one tier, in manifest order.
  package func warningSigns(in tier: WarningTier) -> [WarningSign] {
    warningSigns.filter { $0.tier == tier }
  }
}

/// A public source the bundle's facts come from.
///
/// Education records encode a source without its `id` (their schema lists title, publisher,
/// url and reviewed); the id only ties topics to the manifest.
package struct Source: Sendable, Hashable, Codable {
  /// How topics cite the source in their `sources:` list, like `cleveland-clinic-2021`.
  package var id: String = ""
  package var title: String
  package var publisher: String
  package var url: String
  /// The date the source was last reviewed, as written in the manifest (YYYY-MM-DD).
  package var reviewed: String

  private enum CodingKeys: String, CodingKey { case title, publisher, url, reviewed }

  package init(id: String = "", title: String, publisher: String, url: String, reviewed: String) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.url = url
    self.reviewed = reviewed
  }
}

/// An ordered walk through topics for one audience (e.g. `before-surgery`).
package struct LearningPath: Sendable, Hashable {
  package var id: String
  package var title: String
  package var audience: String
  package var summary: String
  package var topicIDs: [String]

  package init(id: String, title: String, audience: String, summary: String, topicIDs: [String]) {
    self.id = id
    self.title = title
    self.audience = audience
    self.summary = summary
    self.topicIDs = topicIDs
  }
}

/// One sign that means "call your care team", asked as a yes/no question by the when-to-call check.
package struct WarningSign: Sendable, Hashable {
  package var id: String
  /// A yes/no question worded for the person with the port, e.g. "Is there bleeding or fluid
  /// around your port?"
  package var question: String
  /// The sign in a few words, for summaries, e.g. "Bleeding or fluid at the port".
  package var label: String
  /// How fast to act when the sign is present.
  package var tier: WarningTier
  /// The same question worded for a parent or caregiver asking about a child, e.g. "Is there
  /// bleeding or fluid around your child's port?"; nil when the bundle gives none.
  package var caregiverQuestion: String?

  package init(
    id: String, question: String, label: String, tier: WarningTier = .urgent,
    caregiverQuestion: String? = nil
  ) {
    self.id = id
    self.question = question
    self.label = label
    self.tier = tier
    self.caregiverQuestion = caregiverQuestion
  }

  /// The question for whoever answers: the caregiver wording when asking about someone else's
  /// port and the bundle has one, else the wording for the person with the port.
  package func question(forCaregiver: Bool) -> String {
    forCaregiver ? caregiverQuestion ?? question : question
  }
}

/// How fast to act on a warning sign.
package enum WarningTier: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Call the local emergency number now: trouble breathing, chest pain, fainting.
  case emergency
  /// Call the care team right away, day or night.
  case urgent

  /// Emergency sorts first.
  package static func < (lhs: WarningTier, rhs: WarningTier) -> Bool {
    lhs == .emergency && rhs == .urgent
  }
}

/// The when-to-call check's last question, for anything the warning signs do not name
/// ("Is anything else about the port worrying you?"). A yes is treated as an urgent sign.
package struct CatchAllSign: Sendable, Hashable {
  /// A few words for summaries, e.g. "Anything else that worries you".
  package var label: String
  /// Worded for the person with the port.
  package var question: String
  /// Worded for a parent or caregiver asking about a child; nil when the bundle gives none.
  package var caregiverQuestion: String?

  package init(label: String, question: String, caregiverQuestion: String? = nil) {
    self.label = label
    self.question = question
    self.caregiverQuestion = caregiverQuestion
  }

  /// The caregiver wording when asking about someone else's port and the bundle has one.
  package func question(forCaregiver: Bool) -> String {
    forCaregiver ? caregiverQuestion ?? question : question
  }
}
