import Markdown

extension ContentBundle {
  /// The bundle's figures for renderers to draw.
  package var figureShelf: FigureShelf { FigureShelf(figures) }

  /// The figures in the order topics first show them (then any no topic shows, by id), each with
  /// the `topic#section` that first shows it.
  package func figuresInReadingOrder() -> [(figure: Figure, shownIn: String?)] {
    var ordered: [(Figure, String?)] = []
    var seen: Set<String> = []
    for topic in topics {
      for section in (topic.introduction.map { [$0] } ?? []) + topic.sections
      where section.markdown.contains(FigureBlock.keyword) {
        for id in FigureBlock.figureIDs(in: section.document.blocks) {
          guard let figure = figures[id], seen.insert(id).inserted else { continue }
          let address = section.id.isEmpty ? topic.id : "\(topic.id)#\(section.id)"
          ordered.append((figure, address))
        }
      }
    }
    for id in figures.keys.sorted() where !seen.contains(id) {
      ordered.append((figures[id]!, nil))
    }
    return ordered
  }
}
