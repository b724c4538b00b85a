import Markdown

/// Reads every figure in the bundle's `figures` folder and finds where topics show them
/// (```` ```figure id=… ```` blocks), checking that each block names a figure that exists and is
/// otherwise empty. Figures no topic shows are pointed out by `BundleLinter`.
enum FigureReading {
  /// A figure block in a topic.
  struct Use {
    var id: String
    var file: String
    var location: SourceLocation
  }

  static let folder = "figures"

  static func read(topics: [Topic], files: BundleFiles, fileNames: [String], log: DiagnosticLog)
    -> (figures: [String: Figure], uses: [Use], fileCount: Int)
  {
    var figures: [String: Figure] = [:]
    var present: Set<String> = []
    var fileCount = 0
    for name in fileNames {
      let file = "\(folder)/\(name)"
      guard name.hasSuffix(".yaml") else {
        log.error(
          file, .start,
          "only `.yaml` files belong in figures/; name it figures/<figure-id>.yaml or move it")
        continue
      }
      let id = String(name.dropLast(5))
      guard Identifier.isValid(id) else {
        log.error(
          file, .start,
          "\(Quoting.quote(id)) is not a valid figure id, which the file's name gives; "
            + Identifier.rule)
        continue
      }
      present.insert(id)
      switch files.read(file) {
      case .text(let text):
        fileCount += 1
        if let figure = FigureReader.read(text, file: file, id: id, log: log) {
          figures[id] = figure
        }
      case .missing:
        present.remove(id)
      case .failed(let diagnostic):
        fileCount += 1
        log.append(diagnostic)
      }
    }
    var uses: [Use] = []
    for topic in topics {
      for section in (topic.introduction.map { [$0] } ?? []) + topic.sections {
        uses += self.uses(in: section, file: topic.file, log: log)
      }
    }
    for use in uses where !present.contains(use.id) {
      log.error(
        use.file, use.location,
        "there is no figure `\(use.id)`: no file figures/\(use.id).yaml; draw it there, or fix "
          + "the id")
    }
    return (figures, uses, fileCount)
  }

  /// The figure blocks of one section, with what is wrong with any of them said.
  static func uses(in section: Section, file: String, log: DiagnosticLog) -> [Use] {
    guard section.markdown.contains(FigureBlock.keyword) else { return [] }
    var uses: [Use] = []
    for node in FigureBlock.fencedCodeBlocks(in: section.document.blocks) {
      let location = SourceLocation(line: section.bodyLine + node.position.line - 1, column: 1)
      switch FigureBlock.reference(inInfo: node.info) {
      case .none: break
      case .missingID:
        log.error(
          file, location,
          "a figure block needs the figure's id: write ```` ```figure id=port-in-chest ````")
      case .figure(let id):
        guard Identifier.isValid(id) else {
          log.error(
            file, location, "\(Quoting.quote(id)) is not a valid figure id; \(Identifier.rule)")
          continue
        }
        if !node.code.allSatisfy(\.isWhitespace) {
          log.error(
            file, location,
            "the figure block `\(id)` has text inside, which is never shown; put the "
              + "figure's words in figures/\(id).yaml and leave the block empty")
        }
        uses.append(Use(id: id, file: file, location: location))
      }
    }
    return uses
  }
}
