/// How renderers treat the links and images of bundle content (`RenderOptions.contentLinks`).
///
/// Content comes from files an author (or an attacker) wrote, so what it points at is checked
/// again as it is shown, whatever `lint` said: a link content may not have (`file:`, a path out
/// of the bundle) keeps its words and loses its address, and an image is shown only from the
/// pictures handed in here, as a `data:` address, so that a handout never loads anything from
/// elsewhere. An image that is not among them is shown as its description.
public struct ContentLinks: Sendable, Hashable {
  /// The folder, relative to the bundle's folder, of the file the document comes from
  /// (`topics` for a topic), against which relative addresses are read.
  public var folder: String
  /// The bundle's pictures as `data:` addresses, by their path from the bundle's folder.
  public var images: [String: String]

  public init(folder: String, images: [String: String] = [:]) {
    self.folder = folder
    self.images = images
  }

  /// The document with every link and image as this policy allows it.
  func applied(to document: MarkdownDocument) -> MarkdownDocument {
    guard LinkTarget.mayHoldAddresses(document.source) else { return document }
    var changed = false
    func applied(_ block: Block) -> Block {
      block.mappingLeafInlines { inlines in
        guard Self.holdsAddress(inlines) else { return inlines }
        changed = true
        return self.applied(to: inlines)
      }
    }
    let blocks = document.blocks.map(applied)
    var footnotes = document.footnotes
    for index in footnotes.indices {
      footnotes[index].children = footnotes[index].children.map(applied)
    }
    guard changed else { return document }
    return MarkdownDocument(replacingBlocksOf: document, with: blocks, footnotes: footnotes)
  }

  /// Whether inlines hold a link or an image, at any depth: only those are ever rewritten.
  private static func holdsAddress(_ inlines: [Inline]) -> Bool {
    inlines.contains { inline in
      switch inline {
      case .link, .image: true
      case .emphasis(let children), .strong(let children), .strikethrough(let children):
        holdsAddress(children)
      case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: false
      }
    }
  }

  private func applied(to inlines: [Inline]) -> [Inline] {
    inlines.flatMap { inline -> [Inline] in
      switch inline {
      case .emphasis(let children): return [.emphasis(applied(to: children))]
      case .strong(let children): return [.strong(applied(to: children))]
      case .strikethrough(let children): return [.strikethrough(applied(to: children))]
      case .link(var link):
        link.children = applied(to: link.children)
        switch LinkTarget(address: link.destination, inFolder: folder) {
        case .web, .email, .phone, .sameDocument: return [.link(link)]
        case .bundleFile, .refused: return link.children
        }
      case .image(var image):
        guard case .bundleFile(let path, _) = LinkTarget(address: image.source, inFolder: folder),
          let data = images[path]
        else { return [.text(Inline.plainText(of: image.children))] }
        image.source = data
        return [.image(image)]
      case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: return [inline]
      }
    }
  }
}
