import Curriculum
import Markdown
import Shell
import TestSupport
import Testing

/// `show` lists the bundle's figures and opens one full width; an old `show TOPIC` still reads
/// the topic; Tab completes figure ids.
@Suite struct ShowCommandTests {
  @Test func listsAndShowsFigures() throws {
    let bundle = try ImplantedPortBundle.load()
    let (text, status) = runShell(
      ["show", "show port-in", "show site-chek", "show port", "show parts#septum"],
      bundle: bundle, width: 60)
    #expect(status == 1)  // the slip and the ambiguous prefix
    Snapshot.assertMatches(text, named: "show-figures")
  }

  @Test func plainShowsTheWordsOnly() throws {
    let bundle = try ImplantedPortBundle.load()
    let (text, status) = runShell(["show site-check"], bundle: bundle, width: 60, style: .plain)
    #expect(status == 0)
    #expect(text.contains("Figure: What to check at the port."))
    #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
  }

  @Test func readShowsFiguresInline() throws {
    let bundle = try ImplantedPortBundle.load()
    let (text, _) = runShell(["read parts#how-they-work"], bundle: bundle, width: 60)
    #expect(text.contains("Inside a port"))
    #expect(text.contains("2 Septum, the soft top"))
  }

  @Test func tabCompletesFigureIDsThenTopics() throws {
    let bundle = try ImplantedPortBundle.load()
    let completer = ShellSession.completer(for: bundle, store: nil)
    #expect(
      completer.complete("show port-").candidates == [
        "port-cross-section", "port-in-chest", "port-side-swelling",
      ])
    #expect(completer.complete("show parts#sep").candidates == ["parts#septum"])
  }
}

/// Every figure of the shipped bundle as a learner sees it: at 40, 80 and 120 columns, in
/// colour and in monochrome, and in plain text, with its HTML (`RECORD_SNAPSHOTS=1`
/// re-records; read each one, in a terminal for the `.ansi` files).
@Suite struct FigureSnapshotTests {
  @Test func everyFigureAsRecorded() throws {
    let bundle = try ImplantedPortBundle.load()
    let options = RenderOptions.bundleContent(from: "topics", figures: bundle.figureShelf)
    let alone = RenderOptions.bundleContent(
      from: "topics", figures: FigureShelf(bundle.figures, maximumRows: FigureShelf.aloneRows))
    for id in bundle.figures.keys.sorted() {
      let document = MarkdownDocument(parsing: "```figure id=\(id)\n```\n")
      for width in [40, 80, 120] {
        Snapshot.assertMatches(
          TerminalRenderer(width: width, color: true, options: options).render(document),
          named: "figure-\(id).ansi.\(width)")
        Snapshot.assertMatches(
          TerminalRenderer(width: width, color: false, options: options).render(document),
          named: "figure-\(id).terminal.\(width)")
        Snapshot.assertMatches(
          PlainRenderer(width: width, options: options).render(document),
          named: "figure-\(id).plain.\(width)")
      }
      Snapshot.assertMatches(
        TerminalRenderer(width: 120, color: true, options: alone).render(document),
        named: "figure-\(id).alone.ansi.120")
      Snapshot.assertMatches(
        HTMLRenderer(options: options).render(document), named: "figure-\(id).html")
    }
  }
}
