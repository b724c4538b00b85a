/// HTML comments in Markdown source (`<!-- TODO: confirm dose -->`): notes for authors, which
/// every renderer drops. Other raw HTML is shown as text, never passed through.
public enum HTMLComment {
  /// Whether raw inline HTML is a comment.
  public static func isComment(_ html: String) -> Bool { html.utf8.starts(with: opening) }

  /// `html` without its comments; a comment that is never closed runs to the end.
  public static func removingComments(from html: String) -> String {
    guard html.utf8.firstRange(of: opening) != nil else { return html }
    var out: [UInt8] = []
    var rest = Substring(html).utf8[...]
    while let open = rest.firstRange(of: opening) {
      out += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      // `<!-->` and `<!--->` are whole comments too (CommonMark 0.31).
      if after.starts(with: [UInt8(ascii: ">")]) {
        rest = after.dropFirst()
      } else if after.starts(with: Array("->".utf8)) {
        rest = after.dropFirst(2)
      } else if let close = after.firstRange(of: closing) {
        rest = rest[close.upperBound...]
      } else {
        rest = rest[rest.endIndex...]
      }
    }
    out += rest
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether every comment in `html` is closed with `-->`.
  public static func isClosed(_ html: String) -> Bool {
    var rest = Substring(html).utf8[...]
    while let open = rest.firstRange(of: opening) {
      let after = rest[open.upperBound...]
      if after.starts(with: [UInt8(ascii: ">")]) || after.starts(with: Array("->".utf8)) {
        rest = after.dropFirst(after.first == UInt8(ascii: ">") ? 1 : 2)
        continue
      }
      guard let close = after.firstRange(of: closing) else { return false }
      rest = rest[close.upperBound...]
    }
    return true
  }

  private static let opening = Array("<!--".utf8)
  private static let closing = Array("-->".utf8)
}

extension HTMLBlock {
  /// The block's HTML as learners see it (as text): its comments removed, and nothing at all
  /// when only comments and white space are left.
  public var visibleHTML: String {
    let visible = HTMLComment.removingComments(from: html)
    return visible.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A } ? "" : visible
  }
}
