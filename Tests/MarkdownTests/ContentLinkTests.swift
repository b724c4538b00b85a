import Testing

@testable import Markdown

/// The content link policy as the renderers apply it: `LinkTarget` reads every form of address
/// the way a browser would, and content options turn what content may not link to into words.
@Suite("Content links")
struct ContentLinkTests {
  @Test(arguments: [
    ("https://example.org/care", LinkTarget.web("https://example.org/care")),
    ("HTTP://EXAMPLE.ORG", .web("HTTP://EXAMPLE.ORG")),
    ("mailto:nurse@example.org", .email("mailto:nurse@example.org")),
    ("tel:+15555550100", .phone("tel:+15555550100")),
    ("#signs", .sameDocument(fragment: "signs")),
    ("flushing.md", .bundleFile(path: "topics/flushing.md", fragment: nil)),
    ("flushing.md#steps", .bundleFile(path: "topics/flushing.md", fragment: "steps")),
    ("./a/./b.md", .bundleFile(path: "topics/a/b.md", fragment: nil)),
    ("../images/port.png", .bundleFile(path: "images/port.png", fragment: nil)),
    ("..%5Cimages%5Cport.png", .bundleFile(path: "images/port.png", fragment: nil)),
    ("", .refused(.noAddress)),
    ("file:///etc/passwd", .refused(.scheme("file"))),
    ("JavaScript:alert(1)", .refused(.scheme("javascript"))),
    ("data:image/png;base64,AAAA", .refused(.scheme("data"))),
    ("ftp://example.org", .refused(.scheme("ftp"))),
    ("/etc/passwd", .refused(.absolutePath)),
    ("%2Fetc%2Fpasswd", .refused(.absolutePath)),
    ("~/notes", .refused(.absolutePath)),
    ("C:%5Cx", .refused(.absolutePath)),
    ("%5C%5Cserver%5Cshare", .refused(.absolutePath)),
    ("../../etc/passwd", .refused(.outsideBundle)),
    ("%2e%2e/%2e%2e/x", .refused(.outsideBundle)),
    ("a/../../../x", .refused(.outsideBundle)),
    ("a%00b", .refused(.undecodable)),
    ("a%0Ab", .refused(.undecodable)),
    ("%FF", .refused(.undecodable)),
  ])
  func readsAddresses(_ address: String, _ expected: LinkTarget) {
    #expect(LinkTarget(address: address, inFolder: "topics") == expected)
  }

  private func html(_ markdown: String, options: RenderOptions) -> String {
    HTMLRenderer(options: options).render(MarkdownDocument(parsing: markdown))
  }

  @Test func contentKeepsTheWordsOfALinkItMayNotHave() {
    let options = RenderOptions.bundleContent(from: "topics")
    #expect(
      html("See [the file](file:///etc/passwd) now.", options: options)
        == "<p>See the file now.</p>\n")
    #expect(
      html("See [the **guide**](../../x) now.", options: options)
        == "<p>See the <strong>guide</strong> now.</p>\n")
    #expect(
      html("Call [us](tel:+15555550100).", options: options)
        == "<p>Call <a href=\"tel:+15555550100\">us</a>.</p>\n")
  }

  @Test func contentNeverLoadsARemotePicture() {
    let options = RenderOptions.bundleContent(from: "topics")
    let page = html("![the port under the skin](https://example.org/p.png)", options: options)
    #expect(page == "<p>the port under the skin</p>\n")
  }

  @Test func contentShowsAPictureOnlyFromTheBundleItWasGiven() {
    let data = "data:image/png;base64,iVBORw0KGgo="
    let options = RenderOptions.bundleContent(from: "topics", images: ["images/port.png": data])
    #expect(
      html("![port](../images/port.png)", options: options)
        == "<p><img src=\"\(data)\" alt=\"port\" /></p>\n")
    #expect(html("![port](../images/other.png)", options: options) == "<p>port</p>\n")
  }

  @Test func theTerminalShowsNoAddressContentMayNotHave() {
    let renderer = TerminalRenderer(
      width: 60, color: false, options: .bundleContent(from: "topics"))
    let text = renderer.render(MarkdownDocument(parsing: "See [this](file:///etc/passwd)."))
    #expect(!text.contains("file:"))
    #expect(text.contains("See this."))
  }

  @Test func renderingOutsideContentKeepsTheSpecsBehaviour() {
    #expect(
      html("[x](file:///etc/passwd)", options: .content)
        == "<p><a href=\"file:///etc/passwd\">x</a></p>\n")
  }
}
