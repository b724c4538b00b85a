import Curriculum
import Markdown

/// The folders of a bundle whose files hold Markdown, for reading their relative addresses.
enum ContentFolder: String {
  case manifest = ""
  case topics
  case questions
}

extension ShellContext {
  /// A bundle's own Markdown as the learner sees it: links and pictures under the content policy
  /// (`ContentLinks`), whatever the bundle's lint said.
  func content(_ document: MarkdownDocument, from folder: ContentFolder) -> StyledText {
    StyledText(
      document,
      options: .bundleContent(
        from: folder.rawValue, images: pictureAddresses, figures: figureShelf))
  }
}
