/// The bundle's `bundle.yaml`: what the bundle is, where its facts come from, and how to walk it.
public struct Manifest: Sendable, Hashable {
  public var id: String
  public var title: String
  public var version: String
  public var language: String
  public var audiences: [String]
  public var sources: [Source]
  public var disclaimer: String
  /// Topic ids in reading order; each names `topics/<id>.md`.
  public var topicOrder: [String]
  public var paths: [LearningPath]
  public var warningSigns: [WarningSign]
  /// What to do when a warning sign is present, shown with the care team's contact.
  public var emergencyAdvice: String
  /// Shown in place of the care team's contact until a clinic configures it locally.
  public var careTeamPlaceholder: String
  /// Groups of words a learner may use for one another in free-text answers.
  public var synonyms: [[String]]
  /// Flesch-Kincaid grade above which lint warns (default 8).
  public var readingGradeTarget: Double
  /// The last question of the when-to-call check, for anything the signs do not name
  /// ("anything else that worries you"); nil when the bundle gives none.
  public var catchAll: CatchAllSign?
  /// What to do for each tier of warning sign, when the bundle says it per tier.
  public var tierAdvice: [WarningTier: String]
  /// Question ids taken out of use: no question may have one again, so old answers are never
  /// scored against a new answer key.
  public var retiredQuestionIDs: [String]

  public init(
    id: String, title: String, version: String, language: String, audiences: [String],
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
  public func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// The warning signs of one tier, in manifest order.
  public func warningSigns(in tier: WarningTier) -> [WarningSign] {
    warningSigns.filter { $0.tier == tier }
  }
}

/// A public source the bundle's facts come from.
///
/// Education records encode a source without its `id` (their schema lists title, publisher,
/// url and reviewed); the id only ties topics to the manifest.
public struct Source: Sendable, Hashable, Codable {
  /// How topics cite the source in their `sources:` list, like `cleveland-clinic-2021`.
  public var id: String = ""
  public var title: String
  public var publisher: String
  public var url: String
  /// The date the source was last reviewed, as written in the manifest (YYYY-MM-DD).
  public var reviewed: String

  private enum CodingKeys: String, CodingKey { case title, publisher, url, reviewed }

  public init(id: String = "", title: String, publisher: String, url: String, reviewed: String) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.url = url
    self.reviewed = reviewed
  }
}

/// An ordered walk through topics for one audience (e.g. `before-surgery`).
public struct LearningPath: Sendable, Hashable {
  public var id: String
  public var title: String
  public var audience: String
  public var summary: String
  public var topicIDs: [String]

  public init(id: String, title: String, audience: String, summary: String, topicIDs: [String]) {
    self.id = id
    self.title = title
    self.audience = audience
    self.summary = summary
    self.topicIDs = topicIDs
  }
}

/// One sign that means "call your care team", asked as a yes/no question by the when-to-call check.
public struct WarningSign: Sendable, Hashable {
  public var id: String
  /// A yes/no question worded for the person with the port, e.g. "Is there bleeding or fluid
  /// around your port?"
  public var question: String
  /// The sign in a few words, for summaries, e.g. "Bleeding or fluid at the port".
  public var label: String
  /// How fast to act when the sign is present.
  public var tier: WarningTier
  /// The same question worded for a parent or caregiver asking about a child, e.g. "Is there
  /// bleeding or fluid around your child's port?"; nil when the bundle gives none.
  public var caregiverQuestion: String?

  public init(
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
  public func question(forCaregiver: Bool) -> String {
    forCaregiver ? caregiverQuestion ?? question : question
  }
}

/// How fast to act on a warning sign.
public enum WarningTier: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Call the local emergency number now: trouble breathing, chest pain, fainting.
  case emergency
  /// Call the care team right away, day or night.
  case urgent

  /// Emergency sorts first.
  public static func < (lhs: WarningTier, rhs: WarningTier) -> Bool {
    lhs == .emergency && rhs == .urgent
  }
}

/// The when-to-call check's last question, for anything the warning signs do not name
/// ("Is anything else about the port worrying you?"). A yes is treated as an urgent sign.
public struct CatchAllSign: Sendable, Hashable {
  /// A few words for summaries, e.g. "Anything else that worries you".
  public var label: String
  /// Worded for the person with the port.
  public var question: String
  /// Worded for a parent or caregiver asking about a child; nil when the bundle gives none.
  public var caregiverQuestion: String?

  public init(label: String, question: String, caregiverQuestion: String? = nil) {
    self.label = label
    self.question = question
    self.caregiverQuestion = caregiverQuestion
  }

  /// The caregiver wording when asking about someone else's port and the bundle has one.
  public func question(forCaregiver: Bool) -> String {
    forCaregiver ? caregiverQuestion ?? question : question
  }
}
