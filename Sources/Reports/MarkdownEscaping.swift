import Markdown

/// Makes text from outside the bundle (settings, learner names, notes) show as written when it
/// is placed inside Markdown.
public enum MarkdownEscaping {
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in TextSanitizer.sanitize(text) {
      if character == "\n" {
        result.append(" ")
        continue
      }
      if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
