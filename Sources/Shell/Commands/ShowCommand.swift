import Curriculum
import Markdown

extension ShellCommand {
  static let show = ShellCommand(
    name: "show", aliases: ["figure"],
    summary: .commandShowSummary,
    usage: .commandShowUsage,
    details: .commandShowDetails,
    argument: .figure,
    run: { shell, line in
      try shell.run(ShowRequest(line))
    })
}

extension ShellSession {
  package func run(_ request: ShowRequest) throws -> CommandOutcome {
    try FigureCommand(context: context, reading: reading).run(request)
    return .succeeded
  }
}

/// `show`: one of the bundle's figures on its own, as wide as the screen, or the list of them.
struct FigureCommand {
  let context: ShellContext
  let reading: ReadingCommands

  func run(_ request: ShowRequest) throws {
    let reference = request.reference.trimmed.lowercased()
    let figures = context.bundle.figuresInReadingOrder()
    guard !reference.isEmpty else {
      list(figures)
      return
    }
    let ids = figures.map(\.figure.id)
    let matches = ids.contains(reference) ? [reference] : ids.filter { $0.hasPrefix(reference) }
    switch matches.count {
    case 1:
      show(matches[0])
    case 0:
      // `show` was once another name for `read`: a topic is still read.
      if case .notFound = TopicResolver(topics: context.bundle.topics).resolve(reference) {
        let hint =
          EditDistance.closest(to: reference, among: ids).map { " Did you mean `\($0)`?" }
          ?? " Type `show` to see them all."
        throw ShellError("There is no picture `\(request.reference)`.\(hint)")
      }
      try reading.read(ReadRequest(reference: request.reference))
    default:
      throw ShellError(
        "More than one picture fits `\(request.reference)`: "
          + "\(ShellSession.listing(matches.map { "`\($0)`" }))."
      )
    }
  }

  private func show(_ id: String) {
    let block = MarkdownDocument(parsing: "```\(FigureBlock.keyword) id=\(id)\n```\n")
    let alone = FigureShelf(context.bundle.figures, maximumRows: FigureShelf.aloneRows)
    context.say(StyledText(block, options: .bundleContent(from: "topics", figures: alone)))
  }

  /// Each figure's title and id, in the order topics show them.
  private func list(_ figures: [(figure: Figure, shownIn: String?)]) {
    guard !figures.isEmpty else {
      context.say("This bundle has no pictures to show.")
      return
    }
    context.say(StyledText("Pictures", role: .strong))
    for (figure, _) in figures {
      if context.isPlain {
        context.say("\(figure.id): \(figure.title)")
      } else {
        context.say("  \(figure.title)  " + StyledText(figure.id, role: .quiet))
      }
    }
    context.say("Type `show` and a picture's name to see it, e.g. `show \(figures[0].figure.id)`.")
  }
}
