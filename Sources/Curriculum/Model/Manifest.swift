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

  public init(
    id: String, title: String, version: String, language: String, audiences: [String],
    sources: [Source], disclaimer: String, topicOrder: [String], paths: [LearningPath],
    warningSigns: [WarningSign], emergencyAdvice: String, careTeamPlaceholder: String,
    synonyms: [[String]], readingGradeTarget: Double
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
  }
}

/// A public source the bundle's facts come from.
public struct Source: Sendable, Hashable, Codable {
  public var title: String
  public var publisher: String
  public var url: String
  /// The date the source was last reviewed, as written in the manifest (YYYY-MM-DD).
  public var reviewed: String

  public init(title: String, publisher: String, url: String, reviewed: String) {
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
  /// A yes/no question, e.g. "Is there bleeding or fluid around the port?"
  public var question: String
  /// The sign in a few words, for summaries, e.g. "Bleeding or fluid at the port".
  public var label: String

  public init(id: String, question: String, label: String) {
    self.id = id
    self.question = question
    self.label = label
  }
}
