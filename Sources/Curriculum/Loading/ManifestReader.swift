import Foundation

/// The manifest as read from `bundle.yaml`, with where each cross-referenced id was written.
struct ParsedManifest {
  var manifest: Manifest
  var topicLocations: [(id: String, location: SourceLocation)]
  var paths: [ParsedPath]
  var signLocations: [(id: String, location: SourceLocation)]
  var audienceLocations: [String: SourceLocation]
  var sourceLocations: [(id: String, location: SourceLocation)]
  var retiredQuestionLocations: [(id: String, location: SourceLocation)]
}

struct ParsedPath {
  var path: LearningPath
  var location: SourceLocation
  var audienceLocation: SourceLocation
  var topicLocations: [(id: String, location: SourceLocation)]
}

/// Reads `bundle.yaml` into a `Manifest`.
enum ManifestReader {
  static let file = "bundle.yaml"
  static let defaultReadingGrade = 8.0

  static func read(_ text: String, log: DiagnosticLog) -> ParsedManifest? {
    var diagnostics: [Diagnostic] = []
    let root = YAMLDocument.parse(text, file: file, diagnostics: &diagnostics)
    log.append(contentsOf: diagnostics)
    guard let root else {
      if diagnostics.isEmpty {
        log.error(file, .start, "bundle.yaml is empty; it needs the bundle's id, title, topics…")
      }
      return nil
    }
    guard
      let fields = FieldReader(
        root, file: file, lineOffset: 0, what: "bundle.yaml",
        expected: "id, title, version, topics, …", log: log)
    else { return nil }
    fields.warnUnknownFields(known: [
      "id", "title", "version", "language", "reading-grade-target", "audiences", "disclaimer",
      "sources", "topics", "paths", "warning-signs", "catch-all", "emergency-advice",
      "tier-advice", "care-team-placeholder", "synonyms", "retired-questions",
    ])

    let id = fields.id("id", required: true, hint: "the bundle's id, like `implanted-port`")
    let title = fields.text("title", required: true, hint: "the title learners see")
    let version = fields.text("version", required: true, hint: "a version like `1.0.0`")
    if let version, !isVersionNumber(version) {
      fields.log.warning(
        file, fields.location(ofField: "version"),
        "version \(Quoting.quote(version)) is not like `1.0.0`; use numbers joined by dots")
    }
    let language = readLanguage(fields)
    let grade = fields.number("reading-grade-target")
    if let grade, !(1...20).contains(grade) {
      log.error(
        file, fields.location(ofField: "reading-grade-target"),
        "`reading-grade-target` \(String(format: "%g", grade)) is not a school grade; use a number from 1 to 20, like 8"
      )
    }
    let audiences = fields.idList(
      "audiences", required: true, hint: "a list like `[patient, caregiver, educator]`")
    let disclaimer = fields.text(
      "disclaimer", required: true, hint: "a short paragraph saying this does not replace care")
    let sources = readSources(fields)
    let topics = fields.idList(
      "topics", required: true, hint: "the topic ids in reading order, one per `topics/<id>.md`")
    if let topics, topics.isEmpty {
      log.error(file, fields.location(ofField: "topics"), "`topics` is empty; list at least one")
    }
    let paths = readPaths(fields)
    let signs = readWarningSigns(fields)
    let advice = fields.text(
      "emergency-advice", required: true, hint: "what to do when a warning sign is present")
    let placeholder = fields.text(
      "care-team-placeholder", required: true,
      hint: "where to find the care team's number until the clinic adds it")
    let synonyms = readSynonyms(fields)
    let catchAll = readCatchAll(fields)
    let tierAdvice = readTierAdvice(fields)
    let retired = fields.idList("retired-questions") ?? []

    let manifest = Manifest(
      id: id ?? "", title: title ?? "", version: version ?? "", language: language ?? .english,
      audiences: audiences?.map(\.text) ?? [], sources: sources.map(\.source),
      disclaimer: disclaimer ?? "",
      topicOrder: topics?.map(\.text) ?? [], paths: paths.map(\.path),
      warningSigns: signs.map(\.sign), emergencyAdvice: advice ?? "",
      careTeamPlaceholder: placeholder ?? "", synonyms: synonyms,
      readingGradeTarget: grade.flatMap { (1...20).contains($0) ? $0 : nil }
        ?? defaultReadingGrade, catchAll: catchAll, tierAdvice: tierAdvice,
      retiredQuestionIDs: retired.map(\.text))
    return ParsedManifest(
      manifest: manifest, topicLocations: (topics ?? []).map { ($0.text, $0.location) },
      paths: paths, signLocations: signs.map { ($0.sign.id, $0.location) },
      audienceLocations: Dictionary(
        (audiences ?? []).map { ($0.text, $0.location) }, uniquingKeysWith: { first, _ in first }),
      sourceLocations: sources.map { ($0.source.id, $0.location) },
      retiredQuestionLocations: retired.map { ($0.text, $0.location) })
  }

  /// `language`: a code the program speaks (`en`, `es`, or a regional form such as `es-US`).
  private static func readLanguage(_ fields: FieldReader) -> Language? {
    let codes = Language.allCases.map { "`\($0.rawValue)`" }.joined(separator: " or ")
    guard
      let code = fields.text(
        "language", required: true, hint: "the language code of its words, \(codes)")
    else { return nil }
    guard let language = Language(code: code) else {
      fields.log.error(
        file, fields.location(ofField: "language"),
        "`language` \(Quoting.quote(code)) is not a language Teachback speaks; write "
          + "\(Language.allCases.map { "`\($0.rawValue)` (\($0.englishName))" }.joined(separator: " or "))"
      )
      return nil
    }
    return language
  }

  static let sourceFields = ["id", "title", "publisher", "url", "reviewed"]

  private static func readSources(_ fields: FieldReader) -> [(
    source: Source, location: SourceLocation
  )] {
    guard
      let entries = fields.mappings(
        "sources", required: true, what: "source", expected: sourceFields.joined(separator: ", "),
        hint: "the public sources the facts come from")
    else { return [] }
    if entries.isEmpty {
      fields.log.error(
        file, fields.location(ofField: "sources"), "`sources` is empty; list at least one source")
    }
    return entries.compactMap { entry in
      entry.warnUnknownFields(known: sourceFields)
      let id = entry.id(
        "id", required: true, hint: "the id topics cite it by, like `cleveland-clinic-2021`")
      let title = entry.text("title", required: true, hint: "the source's title")
      let publisher = entry.text("publisher", required: true, hint: "who published it")
      let url = entry.text("url", required: true, hint: "its web address, like `https://…`")
      if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
        entry.log.error(
          file, entry.location(ofField: "url"),
          "`url` \(Quoting.quote(url)) is not a web address; start it with `https://`")
      }
      let reviewed = entry.text(
        "reviewed", required: true, hint: "the source's last-reviewed date, like `2021-08-25`")
      if let reviewed, !isCalendarDate(reviewed) {
        entry.log.error(
          file, entry.location(ofField: "reviewed"),
          "`reviewed` \(Quoting.quote(reviewed)) is not a date; write it as YYYY-MM-DD, like "
            + "`2021-08-25`")
      }
      guard let id, let title, let publisher, let url, let reviewed else { return nil }
      return (
        Source(id: id, title: title, publisher: publisher, url: url, reviewed: reviewed),
        entry.location(ofField: "id")
      )
    }
  }

  /// `1`, `1.2` or `1.2.3`.
  static func isVersionNumber(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return (1...3).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }
  }

  static func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    let days = [
      31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30,
      31, 31, 30, 31, 30, 31,
    ]
    return year >= 1900 && (1...12).contains(month) && (1...days[month - 1]).contains(day)
  }

  private static func readPaths(_ fields: FieldReader) -> [ParsedPath] {
    guard
      let entries = fields.mappings(
        "paths", what: "path", expected: "id, title, audience, summary, topics")
    else { return [] }
    return entries.compactMap { entry in
      entry.warnUnknownFields(known: ["id", "title", "audience", "summary", "topics"])
      let id = entry.id("id", required: true, hint: "the path's id, like `home-care`")
      let title = entry.text("title", required: true, hint: "the title learners see")
      let audience = entry.id("audience", required: true, hint: "one of the bundle's audiences")
      let summary = entry.text("summary", required: true, hint: "one sentence on who it is for")
      let topics = entry.idList("topics", required: true, hint: "the topic ids in order")
      if let topics, topics.isEmpty {
        entry.log.error(file, entry.location(ofField: "topics"), "path has no topics; list some")
      }
      guard let id, let title, let audience, let topics else { return nil }
      return ParsedPath(
        path: LearningPath(
          id: id, title: title, audience: audience, summary: summary ?? "",
          topicIDs: topics.map(\.text)),
        location: entry.location, audienceLocation: entry.location(ofField: "audience"),
        topicLocations: topics.map { ($0.text, $0.location) })
    }
  }

  static let signFields = ["id", "tier", "label", "question", "question-caregiver"]

  private static func readWarningSigns(_ fields: FieldReader) -> [(
    sign: WarningSign, location: SourceLocation
  )] {
    guard
      let entries = fields.mappings(
        "warning-signs", what: "warning sign", expected: signFields.joined(separator: ", "))
    else { return [] }
    return entries.compactMap { entry in
      entry.warnUnknownFields(known: signFields)
      let id = entry.id("id", required: true, hint: "the sign's id, like `fever`")
      // A sign with a missing or unknown tier is kept (its error is recorded), so that its id
      // is still checked against the others'.
      let tier = readTier(entry) ?? .urgent
      let label = entry.text("label", required: true, hint: "the sign in a few words")
      let question = entry.text(
        "question", required: true, hint: "a yes/no question for the person with the port")
      let caregiverQuestion = entry.text("question-caregiver")
      guard let id, let label, let question else { return nil }
      return (
        WarningSign(
          id: id, question: question, label: label, tier: tier,
          caregiverQuestion: caregiverQuestion),
        entry.location
      )
    }
  }

  private static var tierNames: String {
    WarningTier.allCases.map { "`\($0.rawValue)`" }.joined(separator: " or ")
  }

  private static func readTier(_ entry: FieldReader) -> WarningTier? {
    guard
      let text = entry.text(
        "tier", required: true,
        hint: "`emergency` (call the emergency number now) or `urgent` (call the care team "
          + "right away, day or night)")
    else { return nil }
    guard let tier = WarningTier(rawValue: text) else {
      entry.log.error(
        file, entry.location(ofField: "tier"),
        "`tier` \(Quoting.quote(text)) is not a tier; use \(tierNames)")
      return nil
    }
    return tier
  }

  private static func readCatchAll(_ fields: FieldReader) -> CatchAllSign? {
    guard let value = fields.node("catch-all") else { return nil }
    guard
      let entry = FieldReader(
        value, file: file, lineOffset: 0, what: "`catch-all`",
        expected: "label, question, question-caregiver", log: fields.log)
    else { return nil }
    entry.warnUnknownFields(known: ["label", "question", "question-caregiver"])
    let label = entry.text(
      "label", required: true, hint: "a few words, like `Anything else that worries you`")
    let question = entry.text(
      "question", required: true, hint: "a yes/no question for the person with the port")
    let caregiverQuestion = entry.text("question-caregiver")
    guard let label, let question else { return nil }
    return CatchAllSign(label: label, question: question, caregiverQuestion: caregiverQuestion)
  }

  private static func readTierAdvice(_ fields: FieldReader) -> [WarningTier: String] {
    guard let value = fields.node("tier-advice") else { return [:] }
    guard
      let entry = FieldReader(
        value, file: file, lineOffset: 0, what: "`tier-advice`", expected: "emergency, urgent",
        log: fields.log)
    else { return [:] }
    entry.warnUnknownFields(known: WarningTier.allCases.map(\.rawValue))
    var advice: [WarningTier: String] = [:]
    for tier in WarningTier.allCases {
      advice[tier] = entry.text(tier.rawValue)
    }
    return advice
  }

  private static func readSynonyms(_ fields: FieldReader) -> [[String]] {
    guard let value = fields.node("synonyms") else { return [] }
    guard case .sequence(let groups) = value.content else {
      fields.log.error(
        file, fields.location(of: value),
        "`synonyms` should be a list of word groups, like `- [flush, rinse]`")
      return []
    }
    var result: [[String]] = []
    for group in groups {
      guard case .sequence(let words) = group.content else {
        fields.log.error(
          file, fields.location(of: group),
          "each entry of `synonyms` should be a list of words that mean the same, like "
            + "`[flush, rinse]`")
        continue
      }
      let texts = words.compactMap { word -> String? in
        guard case .scalar = word.content, let text = FieldReader.scalarText(word) else {
          fields.log.error(
            file, fields.location(of: word), "each synonym should be a word or a few words")
          return nil
        }
        return text
      }
      if texts.count < 2 {
        fields.log.warning(
          file, fields.location(of: group),
          "a synonym group needs at least two words that mean the same; add one or remove it")
      }
      result.append(texts)
    }
    return result
  }
}
