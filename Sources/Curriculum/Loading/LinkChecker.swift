import Markdown

/// Checks the links and pictures of a bundle's Markdown against the content policy
/// (`LinkTarget`): links to web addresses, `mailto:`, `tel:`, the document's own headings and
/// files inside the bundle; pictures only from the bundle's `images` folder, each with a
/// description. Anything else is an error at the line of the link. The renderers enforce the
/// same policy again as they show content, so this is for authors: to say where and why.
enum LinkChecker {
  /// A picture a text shows, for the loader to read.
  struct PictureUse {
    var path: String
    var file: String
    var location: SourceLocation
  }

  /// Checks `markdown` from `file` in the bundle's `folder`, whose first line is `firstLine`
  /// of the file; returns the pictures it shows that are allowed, for the loader to read.
  @discardableResult
  static func check(
    _ markdown: String, folder: String, file: String, firstLine: Int, log: DiagnosticLog
  ) -> [PictureUse] {
    // Only these characters start a link, an image or an autolink that could break the policy;
    // text without them is not parsed here.
    guard LinkTarget.mayHoldAddresses(markdown) else { return [] }
    let document = MarkdownDocument(parsing: markdown)
    var walker = Walker(folder: folder, file: file, firstLine: firstLine, log: log)
    walker.check(document.blocks)
    walker.check(document.footnotes.flatMap(\.children))
    return walker.pictures
  }

  private struct Walker {
    let folder: String
    let file: String
    let firstLine: Int
    let log: DiagnosticLog
    var pictures: [PictureUse] = []

    init(folder: String, file: String, firstLine: Int, log: DiagnosticLog) {
      self.folder = folder
      self.file = file
      self.firstLine = firstLine
      self.log = log
    }

    mutating func check(_ blocks: [Block]) {
      var found: [(Inline, Int)] = []
      LinedInlines { inline, line in
        switch inline {
        case .link, .image: found.append((inline, line))
        default: break
        }
      }.visit(blocks)
      for (inline, line) in found {
        switch inline {
        case .link(let link): judge(link: link.destination, line: line)
        case .image(let image): judge(image: image, line: line)
        default: break
        }
      }
    }

    func judge(link address: String, line: Int) {
      let target = LinkTarget(address: address, inFolder: folder)
      guard case .refused(let refusal) = target else { return }
      let location = SourceLocation(line: firstLine + line - 1, column: 1)
      if refusal == .noAddress {
        log.warning(
          file, location,
          "a link with no address goes nowhere; write where it goes between `(` and `)`, or "
            + "remove the brackets")
        return
      }
      log.error(file, location, LinkChecker.message(for: refusal, address: address, what: "link"))
    }

    mutating func judge(image: Image, line: Int) {
      let address = image.source
      let location = SourceLocation(line: firstLine + line - 1, column: 1)
      switch LinkTarget(address: address, inFolder: folder) {
      case .refused(let refusal):
        log.error(
          file, location, LinkChecker.message(for: refusal, address: address, what: "picture"))
      case .web:
        log.error(
          file, location,
          "the picture \(Quoting.quote(address)) is on the web: a handout would fetch it each "
            + "time it is opened, telling that site who is reading; save it in the bundle's "
            + "`images` folder and show it from there (`../images/name.png`)")
      case .email, .phone, .sameDocument:
        log.error(
          file, location,
          "the picture \(Quoting.quote(address)) does not point at a picture; show a file from "
            + "the bundle's `images` folder (`../images/name.png`)")
      case .bundleFile(let path, _):
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[0] == "images", Picture.Kind(fileName: path) != nil else {
          log.error(
            file, location,
            "the picture \(Quoting.quote(address)) is not in the bundle's `images` folder; keep "
              + "pictures there as PNG, JPEG, GIF or WebP files and show them as "
              + "`![what it shows](../images/name.png)`")
          return
        }
        if Inline.plainText(of: image.children).allSatisfy(\.isWhitespace) {
          log.error(
            file, location,
            "the picture \(Quoting.quote(address)) has no description; write what it shows "
              + "between `![` and `]`, for people who cannot see it and for plain text")
        }
        pictures.append(PictureUse(path: path, file: file, location: location))
      }
    }
  }

  static func message(for refusal: LinkTarget.Refusal, address: String, what: String) -> String {
    let quoted = Quoting.quote(address, limit: 60)
    let allowed =
      "link to a web address (`https://…`), an email (`mailto:`), a phone number (`tel:`) or a "
      + "file inside the bundle"
    switch refusal {
    case .scheme(let scheme):
      return "the \(what) \(quoted) uses `\(scheme):`, which content may not use; \(allowed)"
    case .absolutePath:
      return "the \(what) \(quoted) is a place on one computer, not in the bundle; \(allowed)"
    case .outsideBundle:
      return "the \(what) \(quoted) points outside the bundle; \(allowed)"
    case .undecodable:
      return "the \(what) \(quoted) has %-escapes that are not text; \(allowed)"
    case .noAddress:
      return "the \(what) has no address; \(allowed)"
    }
  }
}
