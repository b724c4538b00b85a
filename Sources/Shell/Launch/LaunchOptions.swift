import Curriculum

/// The options shared by the shell and the one-shot subcommands.
package struct LaunchOptions: Sendable {
  package enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never
  }

  /// A bundle folder to load instead of the built-in implanted-port bundle.
  package var contentDirectory: String?
  /// The progress database, instead of `$XDG_DATA_HOME/teachback/progress.sqlite`.
  package var storePath: String?
  package var learnerName: String?
  /// Columns to wrap to, instead of the terminal's width.
  package var width: Int?
  package var color: ColorChoice
  /// Screen-reader friendly output: no colour, no box drawing.
  package var plain: Bool
  /// `--lang`: the language to speak, whoever is learning (else their choice, else the locale).
  package var language: Language?

  package init(
    contentDirectory: String? = nil, storePath: String? = nil, learnerName: String? = nil,
    width: Int? = nil, color: ColorChoice = .auto, plain: Bool = false, language: Language? = nil
  ) {
    self.contentDirectory = contentDirectory
    self.storePath = storePath
    self.learnerName = learnerName
    self.width = width
    self.color = color
    self.plain = plain
    self.language = language
  }
}
