import Markdown

/// Makes text from outside the bundle (settings, learner names, notes) show as written when it
/// is placed inside Markdown.
package enum MarkdownEscaping {
  package static func escape(_ text: String) -> String {
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

extension MarkdownEscaping {
  /// Like `escape`, but leaves the punctuation of ordinary sentences (`. , ? ! : ; ' " ( ) / % -`)
  /// alone where it cannot start Markdown syntax, so the file stays pleasant to read as text.
  /// `atLineStart` is for text that begins a line or a list item, where `#`, `-`, `1.` and the
  /// like would start a block.
  package static func escapeReadably(_ text: String, atLineStart: Bool = true) -> String {
    let plain = Array(
      TextSanitizer.sanitize(text).map { $0 == "\n" ? " " : $0 }
        .drop { $0 == " " })
    var result = ""
    let leadingDigits = atLineStart ? plain.prefix { $0.isASCII && $0.isNumber }.count : 0
    for (offset, character) in plain.enumerated() {
      let atStart = atLineStart && offset == 0
      let endsListNumber = offset == leadingDigits && leadingDigits > 0 && ".)".contains(character)
      let needsEscape: Bool
      if !character.isASCII || !(character.isPunctuation || character.isSymbol) {
        needsEscape = false
      } else if "\\`*_[]<>|&~".contains(character) {
        needsEscape = true
      } else if atStart && "#-+=>".contains(character) {
        needsEscape = true
      } else {
        needsEscape = endsListNumber
      }
      if needsEscape { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
