import Foundation
import Markdown

/// Everything read from a bundle folder, even when parts of it are broken: the loader builds a
/// `ContentBundle` from it when there is no error, and the linter checks it further.
struct BundleReading {
  var manifest: ParsedManifest?
  /// Topics in reading order (only those that could be read).
  var topics: [ParsedTopic]
  var questions: [ParsedQuestion]
  /// What every question refers to, in file order, also of questions with mistakes.
  var questionReferences: [QuestionReader.References]
  /// Topic ids that the manifest lists (or, when it lists none, that have a file).
  var declaredTopicIDs: [String]
  /// Topic ids that have a questions file.
  var topicsWithQuestionFiles: Set<String>
  var topicFileNames: [String]
  var questionFileNames: [String]
  /// The pictures topics show, read from `images/`.
  var pictures: [String: Picture]
  /// Every file in `images/`, shown or not.
  var pictureFileNames: [String]
  /// The figures read from `figures/` without an error, by id.
  var figures: [String: Figure] = [:]
  /// Every file in `figures/`, and every figure block in a topic.
  var figureFileNames: [String] = []
  var figureUses: [FigureReading.Use] = []
  var diagnostics: [Diagnostic]
  var fileCount: Int

  /// Reads every file of the bundle; topic files are read in parallel.
  static func read(from directory: URL) -> BundleReading {
    let files = BundleFiles(root: directory)
    let log = DiagnosticLog()
    var reading = BundleReading(
      manifest: nil, topics: [], questions: [], questionReferences: [], declaredTopicIDs: [],
      topicsWithQuestionFiles: [], topicFileNames: [], questionFileNames: [], pictures: [:],
      pictureFileNames: [], diagnostics: [], fileCount: 0)
    guard files.rootIsFolder else {
      reading.diagnostics = [
        Diagnostic(
          file: ManifestReader.file, line: 1, column: 1, severity: .error,
          message: "there is no bundle folder at \(Quoting.quote(directory.path, limit: 200)); "
            + "give the folder that holds bundle.yaml")
      ]
      return reading
    }

    switch files.read(ManifestReader.file) {
    case .text(let text):
      reading.fileCount += 1
      reading.manifest = ManifestReader.read(text, log: log)
    case .missing:
      log.error(
        ManifestReader.file, .start,
        "the bundle has no bundle.yaml; create it with the bundle's id, title and topics")
    case .failed(let diagnostic):
      reading.fileCount += 1
      log.append(diagnostic)
    }
    reading.topicFileNames = files.fileNames(in: "topics")
    reading.questionFileNames = files.fileNames(in: "questions")
    reading.pictureFileNames = files.fileNames(in: "images")

    // Without a usable `topics` list, the topic files present are still checked.
    var declared: [String] = []
    if let manifest = reading.manifest, !manifest.topicLocations.isEmpty {
      var seen: Set<String> = []
      for (id, location) in manifest.topicLocations {
        if seen.insert(id).inserted {
          declared.append(id)
        } else {
          log.error(
            ManifestReader.file, location,
            "topic `\(id)` is listed twice in `topics`; list each topic once")
        }
      }
    } else {
      declared = reading.topicFileNames.filter { $0.hasSuffix(".md") }.map {
        String($0.dropLast(3))
      }
      .filter(Identifier.isValid)
    }
    reading.declaredTopicIDs = declared

    let results = readTopics(declared, files: files)
    // Where each id is first listed, found once: a scan per missing topic made a manifest naming
    // 90,000 missing topics take seconds (quadratic).
    var firstLocations: [String: SourceLocation] = [:]
    for (id, location) in reading.manifest?.topicLocations ?? [] where firstLocations[id] == nil {
      firstLocations[id] = location
    }
    for (id, result) in zip(declared, results) {
      log.append(contentsOf: result.diagnostics)
      reading.fileCount += result.fileCount
      if let topic = result.topic {
        reading.topics.append(topic)
      } else if !result.topicFileExists, reading.manifest != nil {
        let location = firstLocations[id] ?? .start
        log.error(
          ManifestReader.file, location,
          "topic `\(id)` has no file topics/\(id).md; create it or remove `\(id)` from `topics`")
      }
      if result.hasQuestionFile { reading.topicsWithQuestionFiles.insert(id) }
      reading.questions.append(contentsOf: result.questions)
      reading.questionReferences.append(contentsOf: result.questionReferences)
    }
    let pictures = PictureReading.read(
      reading.topics.flatMap(\.pictureUses), files: files, log: log)
    reading.pictures = pictures.pictures
    reading.fileCount += pictures.fileCount
    reading.figureFileNames = files.fileNames(in: FigureReading.folder)
    let figures = FigureReading.read(
      topics: reading.topics.map(\.topic), files: files, fileNames: reading.figureFileNames,
      log: log)
    reading.figures = figures.figures
    reading.figureUses = figures.uses
    reading.fileCount += figures.fileCount
    reading.diagnostics = log.diagnostics
    return reading
  }

  private struct TopicResult {
    var topic: ParsedTopic?
    var topicFileExists = false
    var questions: [ParsedQuestion] = []
    var questionReferences: [QuestionReader.References] = []
    var hasQuestionFile = false
    var diagnostics: [Diagnostic] = []
    var fileCount = 0
  }

  private static func readTopics(_ ids: [String], files: BundleFiles) -> [TopicResult] {
    let slots = ResultSlots<TopicResult>(count: ids.count)
    let read = { @Sendable (index: Int) in
      let id = ids[index]
      let log = DiagnosticLog()
      var result = TopicResult()
      let topicFile = "topics/\(id).md"
      switch files.read(topicFile) {
      case .text(let text):
        result.topicFileExists = true
        result.fileCount += 1
        result.topic = TopicReader.read(text, file: topicFile, expectedID: id, log: log)
      case .missing:
        break
      case .failed(let diagnostic):
        result.topicFileExists = true
        result.fileCount += 1
        log.append(diagnostic)
      }
      let questionFile = "questions/\(id).yaml"
      switch files.read(questionFile) {
      case .text(let text):
        result.hasQuestionFile = true
        result.fileCount += 1
        result.questions = QuestionReader.read(
          text, file: questionFile, topicID: id, log: log, references: &result.questionReferences)
      case .missing:
        break
      case .failed(let diagnostic):
        result.hasQuestionFile = true
        result.fileCount += 1
        log.append(diagnostic)
      }
      result.diagnostics = log.diagnostics
      slots[index] = result
    }
    Parallel.forEach(count: ids.count, read)
    return slots.values.map { $0 ?? TopicResult() }
  }
}
