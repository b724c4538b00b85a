/// An inline element. Text is already sanitised: no control or bidi-override characters.
public enum Inline: Sendable, Hashable {
  case text(String)
  case softBreak
  case lineBreak
  case code(String)
  case emphasis([Inline])
  case strong([Inline])
  case strikethrough([Inline])
  case link(Link)
  case image(Image)
  /// Raw inline HTML, kept as text: renderers never pass it through.
  case html(String)
  /// `[^label]`, pointing at one of the document's `footnotes`.
  case footnoteReference(FootnoteReference)
}

/// A link: inline (`[text](destination "title")`), by reference, or an autolink.
public struct Link: Sendable, Hashable {
  /// Where the link points, as a normalised URL.
  public var destination: String
  /// The optional title; empty when there is none.
  public var title: String
  /// The link text.
  public var children: [Inline]
}

/// An image (`![description](source "title")`).
public struct Image: Sendable, Hashable {
  /// The image's address, as a normalised URL.
  public var source: String
  /// The optional title; empty when there is none.
  public var title: String
  /// The image description; renderers use its text as the alternative text.
  public var children: [Inline]
}

extension Inline {
  /// The words of inlines without markup (soft breaks become spaces), as used for alt text,
  /// search and plain output.
  public static func plainText(of inlines: [Inline]) -> String {
    var out = ""
    appendPlainText(of: inlines, to: &out)
    return out
  }

  static func appendPlainText(of inlines: [Inline], to out: inout String) {
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text): out += text
      case .html(let html): if !HTMLComment.isComment(html) { out += html }
      case .footnoteReference: break
      case .softBreak: out += " "
      case .lineBreak: out += "\n"
      case .emphasis(let children), .strong(let children), .strikethrough(let children):
        appendPlainText(of: children, to: &out)
      case .link(let link): appendPlainText(of: link.children, to: &out)
      case .image(let image): appendPlainText(of: image.children, to: &out)
      }
    }
  }
}
