/// Checks that the ids one file uses exist where they point: topics, sections, audiences,
/// warning signs, and that ids meant to be unique are.
///
/// These are errors: the loaded bundle is only handed out when every reference resolves, so the
/// shell and the learning logic can rely on them.
enum CrossReferenceChecker {
  static func check(_ reading: BundleReading) -> [Diagnostic] {
    let log = DiagnosticLog()
    let declared = Set(reading.declaredTopicIDs)
    let topicsByID = Dictionary(
      reading.topics.map { ($0.topic.id, $0.topic) }, uniquingKeysWith: { first, _ in first })
    let bundleFile = ManifestReader.file

    if let parsed = reading.manifest {
      let manifest = parsed.manifest
      let audiences = Set(manifest.audiences)
      var audiencesSeen: Set<String> = []
      for audience in manifest.audiences where !audiencesSeen.insert(audience).inserted {
        log.error(
          bundleFile, parsed.audienceLocations[audience] ?? .start,
          "audience `\(audience)` is listed twice in `audiences`; list it once")
      }
      var pathIDs: [String: Int] = [:]
      for path in parsed.paths {
        if let line = pathIDs[path.path.id] {
          log.error(
            bundleFile, path.location,
            "path id `\(path.path.id)` is already used by the path at line \(line); give each "
              + "path its own id")
        } else {
          pathIDs[path.path.id] = path.location.line
        }
        if !audiences.isEmpty, !audiences.contains(path.path.audience) {
          log.error(
            bundleFile, path.audienceLocation,
            "path `\(path.path.id)` is for audience `\(path.path.audience)`, which is not in "
              + "`audiences` (\(list(manifest.audiences))); use one of them or add it there")
        }
        for (id, location) in path.topicLocations where !declared.contains(id) {
          log.error(
            bundleFile, location,
            "path `\(path.path.id)` lists topic `\(id)`, which is not in `topics`"
              + suggestion(id, reading.declaredTopicIDs))
        }
      }
      var signIDs: [String: Int] = [:]
      for (id, location) in parsed.signLocations {
        if let line = signIDs[id] {
          log.error(
            bundleFile, location,
            "warning sign id `\(id)` is already used at line \(line); give each sign its own id")
        } else {
          signIDs[id] = location.line
        }
      }

      var sourceIDs: [String: Int] = [:]
      for (id, location) in parsed.sourceLocations {
        if let line = sourceIDs[id] {
          log.error(
            bundleFile, location,
            "source id `\(id)` is already used at line \(line); give each source its own id")
        } else {
          sourceIDs[id] = location.line
        }
      }

      for parsedTopic in reading.topics {
        let topic = parsedTopic.topic
        for (id, location) in parsedTopic.sourceLocations where sourceIDs[id] == nil {
          log.error(
            topic.file, location,
            "source `\(id)` is not in bundle.yaml `sources`"
              + (suggestion(id, parsed.sourceLocations.map(\.id))
                .nonEmpty ?? "; add it there with its title, publisher, url and reviewed date"))
        }
        for (id, location) in parsedTopic.audienceLocations
        where !audiences.isEmpty && !audiences.contains(id) {
          log.error(
            topic.file, location,
            "audience `\(id)` is not one of the bundle's audiences (\(list(manifest.audiences)))"
              + suggestion(id, manifest.audiences))
        }
        for (id, location) in parsedTopic.relatedLocations where !declared.contains(id) {
          log.error(
            topic.file, location,
            "related topic `\(id)` is not in bundle.yaml `topics`"
              + suggestion(id, reading.declaredTopicIDs))
        }
      }

      let signs = Set(manifest.warningSigns.map(\.id))
      for question in reading.questionReferences {
        for (id, location) in question.signs where !signs.contains(id) {
          log.error(
            question.file, location,
            "warning sign `\(id)` is not in bundle.yaml `warning-signs`"
              + suggestion(id, manifest.warningSigns.map(\.id)))
        }
      }
    }

    let retired = Set(reading.manifest?.manifest.retiredQuestionIDs ?? [])
    var questionIDs: [String: (file: String, line: Int)] = [:]
    questionIDs.reserveCapacity(reading.questionReferences.count)
    for question in reading.questionReferences {
      if let (id, location) = question.id {
        if retired.contains(id) {
          log.error(
            question.file, location,
            "question id `\(Quoting.excerpt(id))` is in bundle.yaml `retired-questions`, so it "
              + "may not be used again; give this question a new id")
        }
        if let earlier = questionIDs[id] {
          log.error(
            question.file, location,
            "question id `\(Quoting.excerpt(id))` is already used in \(earlier.file) at line "
              + "\(earlier.line); question ids must be unique in the bundle")
        } else {
          questionIDs[id] = (question.file, location.line)
        }
      }
      guard let (sectionID, location) = question.section, Identifier.isValid(sectionID),
        let topic = topicsByID[question.topicID], topic.section(id: sectionID) == nil
      else { continue }
      let ids = topic.sections.map(\.id)
      log.error(
        question.file, location,
        "section `\(sectionID)` is not a section of topic `\(topic.id)`"
          + (ids.isEmpty
            ? "; the topic has no `##` sections yet"
            : suggestion(sectionID, ids, listing: true)))
    }
    return log.diagnostics
  }

  private static func list(_ ids: [String]) -> String {
    ids.map { "`\($0)`" }.joined(separator: ", ")
  }

  private static func suggestion(_ id: String, _ candidates: [String], listing: Bool = false)
    -> String
  {
    if let close = EditDistance.closest(to: id, among: candidates) {
      return "; did you mean `\(close)`?"
    }
    if listing, candidates.count <= 12 { return "; its sections are \(list(candidates))" }
    return ""
  }
}

extension String {
  /// The text, or nil when it is empty.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
