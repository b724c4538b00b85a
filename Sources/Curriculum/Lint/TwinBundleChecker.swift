import Foundation

/// Checks that a bundle and its translation — a bundle of the same id in another language,
/// beside it or named with `--compare-bundle` — match id for id, so progress, reviews and
/// records line up across languages: every topic, section, question (its kind, section, choice
/// count and answer), figure, warning sign (and tier) and path (and its topics). Each one
/// missing here or extra here is an error at its file and line in this bundle; one missing is
/// reported where it belongs (the file its twin is in, or `bundle.yaml`).
package enum TwinBundleChecker {
  /// The folder beside `directory` holding a bundle with `id` in another language than
  /// `language`, or nil when there is none.
  package static func sibling(of directory: URL, id: String, language: Language) -> URL? {
    let parent = directory.standardizedFileURL.deletingLastPathComponent()
    let own = directory.standardizedFileURL.lastPathComponent
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for name in names.sorted() where name != own {
      let folder = parent.appendingPathComponent(name)
      let file = folder.appendingPathComponent(ManifestReader.file)
      guard let text = try? String(contentsOf: file, encoding: .utf8),
        let manifest = ManifestReader.read(text, log: DiagnosticLog())?.manifest
      else { continue }
      if manifest.id == id && manifest.language != language { return folder }
    }
    return nil
  }

  /// The differences between `bundle` (read as `reading`) and `twin`, named `twinName` in the
  /// messages (its folder as the author gave it).
  static func check(
    _ bundle: ContentBundle, reading: BundleReading, twin: ContentBundle, twinName: String
  ) -> [Diagnostic] {
    let log = DiagnosticLog()
    let manifestFile = ManifestReader.file
    let there = "in \(twinName) (\(twin.manifest.language.englishName))"
    if twin.manifest.id != bundle.manifest.id {
      log.error(
        manifestFile, .start,
        "\(twinName) has the id `\(twin.manifest.id)`, not `\(bundle.manifest.id)`; a "
          + "translation keeps its bundle's id")
      return log.diagnostics
    }
    if twin.manifest.version != bundle.manifest.version {
      log.error(
        manifestFile, .start,
        "version `\(bundle.manifest.version)` is not the version `\(twin.manifest.version)` "
          + "\(there); a translation has its bundle's version")
    }
    let parsed = reading.manifest
    func location(_ list: [(id: String, location: SourceLocation)]?, _ id: String)
      -> SourceLocation
    {
      list?.first { $0.id == id }?.location ?? .start
    }

    // Topics and their sections.
    let topicsHere = Set(bundle.manifest.topicOrder)
    for id in twin.manifest.topicOrder where !topicsHere.contains(id) {
      log.error(
        manifestFile, location(parsed?.topicLocations, twin.manifest.topicOrder.first ?? id),
        "topic `\(id)` is \(there) but not here; translate it with the same id")
    }
    for id in bundle.manifest.topicOrder where twin.topic(id: id) == nil {
      log.error(
        manifestFile, location(parsed?.topicLocations, id),
        "topic `\(id)` is not \(there); a translation has the same topics")
    }
    for topic in bundle.topics {
      guard let other = twin.topic(id: topic.id) else { continue }
      let sectionsThere = other.sections.map(\.id)
      for section in topic.sections where !sectionsThere.contains(section.id) {
        log.error(
          topic.file, SourceLocation(line: section.line, column: 1),
          "section `\(section.id)` is not in topic `\(topic.id)` \(there); give this heading "
            + "the id of its twin, like `{#\(sectionsThere.first ?? "id")}`")
      }
      let sectionsHere = topic.sections.map(\.id)
      for section in other.sections where !sectionsHere.contains(section.id) {
        log.error(
          topic.file, .start,
          "section `\(section.id)` of topic `\(topic.id)` is \(there) (\(other.file):"
            + "\(section.line)) but not here; translate it, with `{#\(section.id)}` on its heading")
      }
    }

    // Questions.
    let twinQuestions = Dictionary(
      twin.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let questionsHere = Set(bundle.questions.map(\.id))
    for question in bundle.questions {
      let at = SourceLocation(line: question.line, column: 1)
      guard let other = twinQuestions[question.id] else {
        log.error(
          question.file, at,
          "question `\(question.id)` is not \(there); a translation has the same questions")
        continue
      }
      for difference in differences(question, other) {
        log.error(question.file, at, "question `\(question.id)`: \(difference) \(there)")
      }
    }
    for question in twin.questions where !questionsHere.contains(question.id) {
      log.error(
        question.file, .start,
        "question `\(question.id)` is \(there) (\(question.file):\(question.line)) but not "
          + "here; translate it with the same id, choices in the same order")
    }

    // Figures, warning signs, paths.
    for id in bundle.figures.keys.sorted() where twin.figures[id] == nil {
      log.error("\(FigureReading.folder)/\(id).yaml", .start, "figure `\(id)` is not \(there)")
    }
    for id in twin.figures.keys.sorted() where bundle.figures[id] == nil {
      log.error(
        "\(FigureReading.folder)/\(id).yaml", .start,
        "figure `\(id)` is \(there) but not here; translate it with the same id")
    }
    let twinSigns = Dictionary(
      twin.manifest.warningSigns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for sign in bundle.manifest.warningSigns {
      let at = location(parsed?.signLocations, sign.id)
      guard let other = twinSigns[sign.id] else {
        log.error(manifestFile, at, "warning sign `\(sign.id)` is not \(there)")
        continue
      }
      if other.tier != sign.tier {
        log.error(
          manifestFile, at,
          "warning sign `\(sign.id)` is `\(sign.tier.rawValue)` here but "
            + "`\(other.tier.rawValue)` \(there)")
      }
    }
    let signsHere = Set(bundle.manifest.warningSigns.map(\.id))
    for sign in twin.manifest.warningSigns where !signsHere.contains(sign.id) {
      log.error(
        manifestFile, .start,
        "warning sign `\(sign.id)` is \(there) but not here; translate it with the same id")
    }
    let twinPaths = Dictionary(
      twin.manifest.paths.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for path in bundle.manifest.paths {
      let at = parsed?.paths.first { $0.path.id == path.id }?.location ?? .start
      guard let other = twinPaths[path.id] else {
        log.error(manifestFile, at, "path `\(path.id)` is not \(there)")
        continue
      }
      if other.topicIDs != path.topicIDs {
        log.error(
          manifestFile, at,
          "path `\(path.id)` lists other topics, or in another order, than \(there)")
      }
    }
    let pathsHere = Set(bundle.manifest.paths.map(\.id))
    for path in twin.manifest.paths where !pathsHere.contains(path.id) {
      log.error(manifestFile, .start, "path `\(path.id)` is \(there) but not here")
    }
    return log.diagnostics
  }

  /// How two twins differ in what learners' answers depend on, each as a short phrase.
  private static func differences(_ question: Question, _ other: Question) -> [String] {
    var found: [String] = []
    if question.kind != other.kind {
      found.append(
        "its kind is `\(question.kind.rawValue)` here but `\(other.kind.rawValue)`")
      return found
    }
    if question.topicID != other.topicID || question.sectionID != other.sectionID {
      found.append(
        "it checks `\(question.topicID)#\(question.sectionID)` here but "
          + "`\(other.topicID)#\(other.sectionID)`")
    }
    if question.choices.count != other.choices.count {
      found.append(
        "it has \(question.choices.count) choices here but \(other.choices.count)")
    }
    if let mine = answerKey(question.answer), let theirs = answerKey(other.answer), mine != theirs {
      found.append("its answer is \(mine) here but \(theirs)")
    }
    return found
  }

  /// The answer as letters (`b`, `a, c`, `b → a → c`) or `true`/`false`; nil for a short
  /// answer, whose words are the translation's own.
  private static func answerKey(_ answer: Answer) -> String? {
    func letter(_ index: Int) -> String {
      String(UnicodeScalar(UInt8(97 + min(max(index, 0), 25))))
    }
    switch answer {
    case .choice(let index): return "`\(letter(index))`"
    case .choices(let indices):
      return "`" + indices.sorted().map(letter).joined(separator: ", ") + "`"
    case .order(let indices): return "`" + indices.map(letter).joined(separator: " → ") + "`"
    case .truth(let value): return "`\(value)`"
    case .text: return nil
    }
  }
}
