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
        let typed = StyledText(request.reference)
        throw ShellError(
          context.string(
            EditDistance.closest(to: reference, among: ids).map {
              .showNoPictureDidYouMean(reference: typed, suggestion: "\($0)")
            } ?? .showNoPicture(reference: typed)))
      }
      try reading.read(ReadRequest(reference: request.reference))
    default:
      let choices = ShellSession.listing(
        matches.map { "`\($0)`" }, joinedBy: context.string(.listingOr))
      throw ShellError(
        context.string(.showAmbiguous(reference: "\(request.reference)", choices: "\(choices)")))
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
      context.say(.showNoPictures)
      return
    }
    context.say(context.words(.showPicturesHeading).styled(.strong))
    for (figure, _) in figures {
      if context.isPlain {
        context.say("\(figure.id): \(figure.title)")
      } else {
        context.say("  \(figure.title)  " + StyledText(figure.id, role: .quiet))
      }
    }
    context.say(.showHowTo(id: "\(figures[0].figure.id)"))
  }
}
