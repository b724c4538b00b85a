extension ShellSession {
  /// The command table, in the order `help` lists it.
  static var allCommands: [ShellCommand] {
    [
      .symptoms, .topics, .read, .show, .next, .back, .search,
      .quiz, .review, .progress, .path, .learner, .pin, .history, .forget,
      .session, .note, .demo, .amend, .report, .handout, .clinic,
      .help, .clear, .quit,
    ]
  }
}
