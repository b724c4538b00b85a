extension ShellSession {
  /// The command table, in the order `help` lists it.
  static var allCommands: [ShellCommand] {
    [
      .topics, .read, .next, .back, .search,
      .quiz, .review, .progress, .path, .learner, .history, .forget,
      .symptoms, .help, .clear, .quit,
    ]
  }
}
