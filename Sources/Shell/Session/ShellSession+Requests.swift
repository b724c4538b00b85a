import Markdown

/// The requests the one-shot commands make, each run by the same code the shell's line runs.
extension ShellSession {
  package func run(_ request: TopicsRequest) throws -> CommandOutcome {
    try TopicsCommand(context: context).run(request)
    return .succeeded
  }

  package func run(_ request: ReadRequest) throws -> CommandOutcome {
    try reading.read(request)
    return .succeeded
  }

  package func run(_ request: SearchRequest) throws -> CommandOutcome {
    try search.run(request)
  }

  package func run(_ request: QuizRequest) throws -> CommandOutcome {
    try quiz(request)
    return .succeeded
  }

  package func runProgress() -> CommandOutcome {
    ProgressCommand(context: context).run()
    return .succeeded
  }

  package func run(_ request: ReportRequest) throws -> CommandOutcome {
    try ReportCommands(context: context).report(request)
    return .succeeded
  }

  package func run(_ request: HandoutRequest) throws -> CommandOutcome {
    try ReportCommands(context: context).handout(request)
    return .succeeded
  }

  package func run(_ request: SessionRequest) throws -> CommandOutcome {
    try TeachingCommands(context: context).run(request)
    return .succeeded
  }

  package func run(_ request: NoteRequest) throws -> CommandOutcome {
    try TeachingCommands(context: context).note(request)
    return .succeeded
  }

  /// The when-to-call check; its advice is the one-shot command's exit status.
  package func runWhenToCall() -> CommandOutcome {
    .finished(status: WhenToCallCheck(context: context).run().rawValue)
  }

  /// Writes a Markdown document to the output, as `teachback render` does.
  package func show(_ document: MarkdownDocument) -> CommandOutcome {
    context.output.write(StyledText(document) + "\n")
    return .succeeded
  }
}
