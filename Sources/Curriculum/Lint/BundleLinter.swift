import Foundation
import Markdown

/// Checks a bundle the way its authors need before publishing: everything loading checks, plus
/// advice that does not stop loading — warning signs without a red-flag question, topics with
/// too few questions, files the manifest leaves out, missing summaries, topics no path reaches,
/// and readability (Flesch–Kincaid grade above the manifest's `reading-grade-target` for each
/// section, introduction and whole topic of at least `minimumWordsForGrade` words; sentences over
/// `maximumSentenceWords` words), answers that their own prompts give away, and, when source
/// texts are given, wording copied from them.
package enum BundleLinter {
  package static let minimumQuestionsPerTopic = 4
  package static let maximumSentenceWords = 20
  /// Texts shorter than this get no grade warning: a grade from a line or two says little.
  package static let minimumWordsForGrade = 20

  /// Lints the bundle in `directory`; with `sourceFiles`, also reports every run of
  /// `CopiedTextChecker.minimumRun` or more words the bundle shares with one of them. When a
  /// bundle of the same id in another language is `twin` (or, without it, beside `directory`),
  /// the two must match id for id (`TwinBundleChecker`).
  package static func lint(
    directory: URL, comparingWith sourceFiles: [URL] = [], twin: URL? = nil
  ) -> LintReport {
    let reading = BundleReading.read(from: directory)
    let loaded = BundleLoader.result(of: reading)
    var diagnostics = loaded.diagnostics
    let filesWithErrors = Set(loaded.errors.map(\.file))
    diagnostics += coverage(reading, filesWithErrors: filesWithErrors)
    diagnostics += files(reading)
    diagnostics += readability(reading)
    diagnostics += GiveAwayChecker.check(reading)
    diagnostics += MarkupLint.diagnostics(reading, directory: directory)
    if !sourceFiles.isEmpty {
      diagnostics += copiedText(directory: directory, reading: reading, sourceFiles: sourceFiles)
    }
    if let bundle = loaded.bundle {
      diagnostics += twinDifferences(bundle, reading: reading, directory: directory, twin: twin)
    }
    return LintReport(diagnostics: diagnostics.sortedForReport(), fileCount: reading.fileCount)
  }

  // MARK: - Translations

  private static func twinDifferences(
    _ bundle: ContentBundle, reading: BundleReading, directory: URL, twin: URL?
  ) -> [Diagnostic] {
    guard
      let folder = twin
        ?? TwinBundleChecker.sibling(
          of: directory, id: bundle.manifest.id, language: bundle.manifest.language)
    else { return [] }
    let name = twin == nil ? "../" + folder.lastPathComponent : folder.path
    do {
      let other = try BundleLoader.load(from: folder)
      return TwinBundleChecker.check(bundle, reading: reading, twin: other, twinName: name)
    } catch {
      return [
        Diagnostic(
          file: ManifestReader.file, line: 1, column: 1, severity: .warning,
          message: "its translation \(name) has errors, so the two were not compared; lint it "
            + "first")
      ]
    }
  }

  // MARK: - Copied text

  private static func copiedText(directory: URL, reading: BundleReading, sourceFiles: [URL])
    -> [Diagnostic]
  {
    let log = DiagnosticLog()
    var sources: [CopiedTextChecker.SourceText] = []
    for url in sourceFiles {
      guard let data = FileManager.default.contents(atPath: url.path),
        let text = String(data: data, encoding: .utf8)
      else {
        log.error(
          url.path, .start,
          "cannot read this file to compare with; give a UTF-8 text file you can open")
        continue
      }
      sources.append(.init(name: url.lastPathComponent, text: text))
    }
    let checker = CopiedTextChecker(sources: sources)
    let files = BundleFiles(root: directory)
    let paths =
      [ManifestReader.file] + reading.topics.map(\.topic.file)
      + reading.topicsWithQuestionFiles.sorted().map { "questions/\($0).yaml" }
    for path in paths {
      guard case .text(let text) = files.read(path) else { continue }
      for match in checker.matches(in: text, isYAML: path.hasSuffix(".yaml")) {
        log.warning(
          path, SourceLocation(line: match.line, column: 1),
          "\(match.words.count) words in a row are the same as in \(match.sourceName): "
            + "\(Quoting.quote(match.words.joined(separator: " "), limit: 120)); say it in your "
            + "own words")
      }
    }
    return log.diagnostics
  }

  // MARK: - Coverage

  /// Question counts are not judged for a questions file with errors: its errors say more.
  private static func coverage(_ reading: BundleReading, filesWithErrors: Set<String>)
    -> [Diagnostic]
  {
    let log = DiagnosticLog()
    let questionsByTopic = Dictionary(grouping: reading.questions, by: \.question.topicID)
    for parsed in reading.topics {
      let topic = parsed.topic
      let count = questionsByTopic[topic.id]?.count ?? 0
      if !reading.topicsWithQuestionFiles.contains(topic.id) {
        log.warning(
          topic.file, .start,
          "topic `\(topic.id)` has no questions; add questions/\(topic.id).yaml with at least "
            + "\(minimumQuestionsPerTopic) questions")
      } else if count < minimumQuestionsPerTopic,
        !filesWithErrors.contains("questions/\(topic.id).yaml")
      {
        log.warning(
          topic.file, .start,
          "topic `\(topic.id)` has \(count) question\(count == 1 ? "" : "s"); add questions "
            + "until it has at least \(minimumQuestionsPerTopic)")
      }
      if !parsed.hasSummary {
        log.warning(
          topic.file, .start,
          "the topic has no `summary`; add one or two short sentences a reader sees first")
      }
    }
    guard let manifest = reading.manifest else { return log.diagnostics }

    var signsSeen: Set<String> = []
    for (id, location) in manifest.signLocations where signsSeen.insert(id).inserted {
      let covered = reading.questions.contains {
        $0.question.isRedFlag && $0.question.warningSignIDs.contains(id)
      }
      if !covered {
        log.warning(
          ManifestReader.file, location,
          "warning sign `\(id)` is not checked by any red-flag question; add a question with "
            + "`red-flag: true` and `signs: [\(id)]`")
      }
    }
    for parsed in reading.questions
    where !parsed.question.isRedFlag && !parsed.question.warningSignIDs.isEmpty {
      log.warning(
        parsed.question.file, parsed.signLocations.first?.location ?? parsed.idLocation,
        "question `\(parsed.question.id)` checks warning signs but is not marked "
          + "`red-flag: true`; mark it, so it comes back for review sooner")
    }

    let cited = Set(reading.topics.flatMap(\.topic.sources))
    for (id, location) in manifest.sourceLocations where !cited.contains(id) {
      log.warning(
        ManifestReader.file, location,
        "source `\(id)` is cited by no topic; name it in the `sources` of the topics whose facts "
          + "come from it, or remove it")
    }
    let hasCaregivers = manifest.manifest.audiences.contains("caregiver")
    for (sign, (_, location)) in zip(manifest.manifest.warningSigns, manifest.signLocations)
    where hasCaregivers && sign.caregiverQuestion == nil {
      log.warning(
        ManifestReader.file, location,
        "warning sign `\(sign.id)` has no `question-caregiver`; add the question worded for a "
          + "parent asking about a child, like \"Does your child …?\"")
    }
    if manifest.manifest.catchAll == nil, !manifest.manifest.warningSigns.isEmpty {
      log.warning(
        ManifestReader.file, manifest.signLocations.first?.location ?? .start,
        "the bundle has no `catch-all`; add one, so the when-to-call check ends by asking about "
          + "anything else that worries the learner")
    }

    let inPaths = Set(manifest.paths.flatMap(\.path.topicIDs))
    let loaded = Set(reading.topics.map(\.topic.id))
    for (id, location) in manifest.topicLocations
    where !manifest.paths.isEmpty && !inPaths.contains(id) && loaded.contains(id) {
      log.warning(
        ManifestReader.file, location,
        "topic `\(id)` is in no path, so guided learners never reach it; add it to a path")
    }
    let audiencesWithPaths = Set(manifest.paths.map(\.path.audience))
    for audience in manifest.manifest.audiences where !audiencesWithPaths.contains(audience) {
      log.warning(
        ManifestReader.file, manifest.audienceLocations[audience] ?? .start,
        "audience `\(audience)` has no path; add a path with `audience: \(audience)`")
    }
    return log.diagnostics
  }

  // MARK: - Files

  private static func files(_ reading: BundleReading) -> [Diagnostic] {
    let log = DiagnosticLog()
    let declared = Set(reading.declaredTopicIDs)
    for name in reading.topicFileNames {
      let file = "topics/\(name)"
      guard name.hasSuffix(".md") else {
        log.warning(file, .start, "only `.md` files belong in topics/; this file is ignored")
        continue
      }
      let id = String(name.dropLast(3))
      if !declared.contains(id) {
        log.warning(
          file, .start,
          "topics/\(name) is not listed in bundle.yaml `topics`, so no one sees it; add `\(id)` "
            + "to `topics` or remove the file")
      }
    }
    for name in reading.questionFileNames {
      let file = "questions/\(name)"
      let id = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : nil
      guard let id, declared.contains(id) else {
        log.warning(
          file, .start,
          "questions/\(name) does not belong to a topic in bundle.yaml `topics`, so it is "
            + "ignored; name it questions/<topic-id>.yaml")
        continue
      }
    }
    let shown = Set(reading.topics.flatMap(\.pictureUses).map(\.path))
    for name in reading.pictureFileNames where !shown.contains("images/\(name)") {
      log.warning(
        "images/\(name)", .start,
        "no topic shows images/\(name); show it with `![what it shows](../images/\(name))` or "
          + "remove the file")
    }
    let used = Set(reading.figureUses.map(\.id))
    for name in reading.figureFileNames where name.hasSuffix(".yaml") {
      let id = String(name.dropLast(5))
      guard !used.contains(id) else { continue }
      log.warning(
        "figures/\(name)", .start,
        "no topic shows the figure `\(id)`; show it with a ```` ```figure id=\(id) ```` block "
          + "in the section where it helps, or remove the file")
    }
    return log.diagnostics
  }

  // MARK: - Readability

  private static func readability(_ reading: BundleReading) -> [Diagnostic] {
    let target =
      reading.manifest?.manifest.readingGradeTarget ?? ManifestReader.defaultReadingGrade
    let language = reading.manifest?.manifest.language ?? .english
    let topics = reading.topics.map(\.topic)
    let slots = ResultSlots<[Diagnostic]>(count: topics.count)
    Parallel.forEach(count: topics.count) { index in
      slots[index] = readability(of: topics[index], target: target, language: language)
    }
    let figures = reading.figures.values.sorted { $0.id < $1.id }
    return slots.values.flatMap { $0 ?? [] }
      + figures.flatMap { readability(of: $0, target: target, language: language) }
  }

  /// A figure's caption and description are read by the same people as its topic, so they are
  /// held to the same grade and sentence length.
  private static func readability(of figure: Figure, target: Double, language: Language)
    -> [Diagnostic]
  {
    let log = DiagnosticLog()
    let file = "\(FigureReading.folder)/\(figure.id).yaml"
    let score = ReadabilityScore(
      text: figure.caption + "\n\n" + figure.description, language: language)
    if score.words >= minimumWordsForGrade, score.grade > target {
      log.warning(
        file, .start,
        gradeMessage(score, of: "the figure's caption and description", target: target))
    }
    for sentence in score.sentenceTexts {
      let count = ReadabilityScore.words(in: sentence).count
      guard count > maximumSentenceWords else { continue }
      log.warning(
        file, .start,
        "a sentence of \(count) words (\(Quoting.quote(sentence, limit: 50))) is longer than "
          + "\(maximumSentenceWords); split it into shorter ones")
    }
    return log.diagnostics
  }

  private static func readability(of topic: Topic, target: Double, language: Language)
    -> [Diagnostic]
  {
    let log = DiagnosticLog()
    var parts = [ReadabilityScore(text: topic.title, language: language)]
    for section in [topic.introduction].compactMap({ $0 }) + topic.sections {
      let score = ReadabilityScore(text: section.document.plainText, language: language)
      parts.append(score)
      if !section.id.isEmpty {
        parts.append(ReadabilityScore(text: section.title, language: language))
      }
      let location = SourceLocation(line: section.line, column: 1)
      let name = section.id.isEmpty ? "the introduction" : "section `\(section.id)`"
      if score.words >= minimumWordsForGrade, score.grade > target {
        log.warning(topic.file, location, gradeMessage(score, of: name, target: target))
      }
      for sentence in score.sentenceTexts {
        let count = ReadabilityScore.words(in: sentence).count
        guard count > maximumSentenceWords else { continue }
        let line = SentenceLocator.line(of: sentence, in: section.markdown) ?? 0
        log.warning(
          topic.file, SourceLocation(line: section.bodyLine + line, column: 1),
          "a sentence of \(count) words (\(Quoting.quote(sentence, limit: 50))) is longer than "
            + "\(maximumSentenceWords); split it into shorter ones")
      }
    }
    let score = ReadabilityScore(combining: parts)
    if score.words >= minimumWordsForGrade, score.grade > target {
      log.warning(
        topic.file, .start, gradeMessage(score, of: "the topic as a whole", target: target))
    }
    return log.diagnostics
  }

  private static func gradeMessage(_ score: ReadabilityScore, of name: String, target: Double)
    -> String
  {
    let wordsPerSentence = Double(score.words) / Double(max(score.sentences, 1))
    let syllablesPerWord = Double(score.syllables) / Double(max(score.words, 1))
    if score.language == .spanish {
      return "\(name) reads at grade \(String(format: "%.1f", score.grade)), above the target "
        + "\(String(format: "%g", target)) (Fernández Huerta "
        + "\(String(format: "%.0f", score.fernandezHuerta)), under "
        + "\(String(format: "%.0f", 130 - 10 * target)): "
        + "\(String(format: "%.1f", wordsPerSentence)) words per sentence, "
        + "\(String(format: "%.2f", syllablesPerWord)) syllables per word); use shorter "
        + "sentences and shorter words"
    }
    return "\(name) reads at grade \(String(format: "%.1f", score.grade)), above the target "
      + "\(String(format: "%g", target)) (Flesch–Kincaid: "
      + "\(String(format: "%.1f", wordsPerSentence)) words per sentence, "
      + "\(String(format: "%.2f", syllablesPerWord)) syllables per word); use shorter sentences "
      + "and shorter words"
  }
}

/// Finds the line of a Markdown text where a sentence from its plain text starts.
enum SentenceLocator {
  /// 0-based line in `markdown` holding the sentence's first words, or nil if not found.
  static func line(of sentence: String, in markdown: String) -> Int? {
    let wanted = ReadabilityScore.words(in: sentence).prefix(3).map { $0.lowercased() }
    guard !wanted.isEmpty else { return nil }
    var words: [(word: String, line: Int)] = []
    for (index, line) in markdown.utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).map({ Substring($0) }).enumerated() {
      words += ReadabilityScore.words(in: line).map { ($0.lowercased(), index) }
    }
    guard words.count >= wanted.count else { return nil }
    for start in 0...(words.count - wanted.count)
    where (0..<wanted.count).allSatisfy({ words[start + $0].word == wanted[$0] }) {
      return words[start].line
    }
    return nil
  }
}
