import Curriculum
import Markdown

/// A self-contained, printable HTML page: inline CSS (screen and print), no external assets.
struct HTMLPage {
  var title: String
  var body: String
  /// Printed at the foot of every page with "Page n of m", so a loose sheet still says whose it
  /// is (browsers without page margin boxes print nothing there).
  var pageFooter: String? = nil
  /// The language of the page's words (its `lang`, and "Page n of m").
  var language: Language = .english

  var html: String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <title>\(HTMLPage.escape(title))</title>
    <style>
    \(HTMLPage.styleSheet)\(footerStyle)
    </style>
    </head>
    <body>
    <main>
    \(body)
    </main>
    </body>
    </html>

    """
  }

  private var footerStyle: String {
    guard let pageFooter else { return "" }
    let text = String(pageFooter.prefix(110)) + (pageFooter.count > 110 ? "…" : "")
    return """

      @page {
        @bottom-left { content: "\(HTMLPage.cssString(text))"; font: 8pt system-ui, sans-serif;
          color: #5b6673; }
        @bottom-right { content: \(pageCounter);
          font: 8pt system-ui, sans-serif; color: #5b6673; }
      }
      """
  }

  /// "Page n of m" in the page's language, as CSS `content` with the page counters.
  private var pageCounter: String {
    let page = "⟦page⟧"
    let pages = "⟦pages⟧"
    let words = RecordMessage.handoutPageOfPages(page: "\(page)", pages: "\(pages)")
      .text(in: language).plainText
    var parts: [String] = []
    var rest = Substring(words)
    while !rest.isEmpty {
      let next = [page, pages].compactMap { marker in rest.range(of: marker).map { (marker, $0) } }
        .min { $0.1.lowerBound < $1.1.lowerBound }
      guard let (marker, range) = next else {
        parts.append("\"\(HTMLPage.cssString(String(rest)))\"")
        break
      }
      if range.lowerBound > rest.startIndex {
        parts.append("\"\(HTMLPage.cssString(String(rest[..<range.lowerBound])))\"")
      }
      parts.append(marker == page ? "counter(page)" : "counter(pages)")
      rest = rest[range.upperBound...]
    }
    return parts.joined(separator: " ")
  }

  /// Text safe inside a double-quoted CSS string in a `<style>` element: everything but letters,
  /// digits and spaces as a CSS escape, so no quote, backslash, line break or `</style>` can end
  /// it.
  static func cssString(_ text: String) -> String {
    var result = ""
    for scalar in TextSanitizer.sanitize(text).unicodeScalars {
      if scalar == " " || (scalar.properties.isAlphabetic && scalar.value > 0x7F)
        || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar)
      {
        result.unicodeScalars.append(scalar)
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result += " "
      } else {
        result += "\\\(String(scalar.value, radix: 16)) "
      }
    }
    return result
  }

  /// Text safe in HTML content and attribute values, after the one character table
  /// (`TextSanitizer`) has removed control and text-direction characters.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in TextSanitizer.sanitize(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  static let styleSheet = """
    :root { --ink: #1d2733; --muted: #5b6673; --line: #d5dbe2;
      --accent: #1f5f8b; --alert: #a4161a; --alert-bg: #fff1f0; --ok: #2b7a3d; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
      "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff;
      overflow-wrap: break-word; }
    main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; color: var(--accent); }
    h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-bottom: .2rem;
      border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
    p, ul, ol { margin: .5rem 0 .8rem; }
    li { margin: .2rem 0; }
    .subtitle, .meta { color: var(--muted); margin: 0 0 1rem; }
    .summary { font-style: italic; color: var(--muted); }
    blockquote { margin: 1rem 0; padding: .6rem 1rem; border-left: 5px solid var(--accent);
      background: #f3f7fa; }
    blockquote p:first-child { margin-top: 0; }
    blockquote p:last-child { margin-bottom: 0; }
    img { max-width: 100%; height: auto; display: block; margin: .8rem 0; break-inside: avoid; }
    figure.figure { margin: 1rem 0; break-inside: avoid; }
    figure.figure svg { display: block; }
    figure.figure figcaption p { margin: .3rem 0 0; }
    .figure-key { margin: .4rem 0 0; padding-left: 1.6rem; }
    table { border-collapse: collapse; width: 100%; margin: .8rem 0; }
    th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left;
      vertical-align: top; }
    th { background: #f3f5f8; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92em; }
    .call-box { border: 3px solid var(--alert); background: var(--alert-bg); border-radius: 8px;
      padding: 1rem 1.25rem; margin: 2rem 0 1rem; break-inside: avoid; }
    .call-box h2 { color: var(--alert); border: 0; margin-top: 0; }
    .purpose p { margin: .3rem 0; }
    .jobs-box, .fill-card { border: 3px solid var(--accent); border-radius: 8px;
      padding: .6rem 1.25rem; margin: 1rem 0; break-inside: avoid; }
    .jobs-box h2, .fill-card h2 { color: var(--accent); border: 0; margin: .2rem 0 .4rem; }
    .jobs-box ol { font-weight: 600; margin: .3rem 0; }
    .home-steps h3 { margin: 1rem 0 .2rem; }
    .home-steps ol { margin-top: .2rem; }
    .fill-card table th:first-child, .fill-card table td:first-child { width: 45%; }
    .fill-card td, .write-in td { height: 2.3rem; }
    .write-in table { table-layout: fixed; font-size: .9rem; }
    .write-in th:first-child, .write-in td:first-child { width: 34%; }
    .contact { font-size: 1.1rem; font-weight: 600; }
    .disclaimer { font-size: .9rem; color: var(--muted); border-top: 1px solid var(--line);
      padding-top: .6rem; margin-top: 2rem; }
    .bar { display: inline-block; vertical-align: middle; }
    .topic { break-inside: auto; }
    .contents { margin: 1rem 0 1.5rem; }
    .contents h2 { font-size: 1.1rem; border: 0; margin: 0 0 .3rem; }
    .contents ol { margin: 0; padding-left: 1.4rem; }
    .contents ol.long { columns: 2; column-gap: 2rem; }
    .contents li { margin: 0 0 .2rem; break-inside: avoid; }
    a { color: var(--accent); }
    .muted { color: var(--muted); }
    .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem;
      color: var(--muted); margin: 0 0 .2rem; }
    table.facts th { width: 9.5rem; background: none; font-weight: 600; }
    table.facts th, table.facts td { border: 0; border-bottom: 1px solid var(--line); }
    .record-header { margin-bottom: 1.5rem; }
    .notes ul { padding-left: 1.2rem; }
    .notes .time, td.time { font-variant-numeric: tabular-nums; color: var(--muted);
      white-space: nowrap; }
    .notes .time { margin-right: .4rem; }
    h2 .role { font-size: 1rem; font-weight: 400; color: var(--muted); margin-left: .4rem; }
    .summary-table, table.answers { table-layout: fixed; }
    .summary-table { font-size: .95rem; }
    .summary-table .topic-col { width: 25%; }
    .summary-table .outcome-col { width: 21%; }
    .summary-table thead th { font-size: .85rem; }
    .summary-table tbody th { font-weight: 600; background: none; }
    .meter { white-space: nowrap; }
    .figure { font-variant-numeric: tabular-nums; }
    .bar + .figure { margin-left: .35rem; }
    .summary-table .tally { display: block; font-size: .8rem; color: var(--muted);
      white-space: normal; }
    .summary-table tr.needs-review th, .summary-table tr.needs-review td {
      background: var(--alert-bg); }
    .outcome .symbol { display: inline-block; width: 1.2em; text-align: center; font-weight: 700; }
    .outcome.understood, .outcome.understood-after-reteaching { color: var(--ok); }
    .outcome.partly-understood { color: var(--ink); }
    .outcome.needs-review { color: var(--alert); font-weight: 700; }
    .outcome.not-assessed { color: var(--muted); }
    .red-flag { display: inline-block; border: 1.5px solid var(--alert); color: var(--alert);
      border-radius: 4px; padding: 0 .3rem; font-size: .78rem; text-transform: uppercase;
      letter-spacing: .04em; margin-right: .3rem; }
    .review { border-left: 5px solid var(--accent); background: #f3f7fa; padding: .2rem 1rem;
      margin: 1rem 0; break-inside: avoid; }
    .review h3 { margin-top: .6rem; }
    .red-flags { border-left: 5px solid var(--alert); background: var(--alert-bg);
      padding: .2rem 1rem; margin: .8rem 0; break-inside: avoid; }
    .red-flags h3 { margin-top: .6rem; }
    table.answers { font-size: .88rem; }
    table.answers .time-col { width: 4.2rem; }
    table.answers .question-col { width: 42%; }
    table.answers .result-col { width: 8.5rem; }
    table.answers td.right { color: var(--ok); }
    table.answers td.wrong { color: var(--alert); }
    table.answers td.not-known { font-style: italic; }
    .footnote { font-size: .82rem; color: var(--muted); }
    .learner { margin-top: 2.2rem; }
    .legend, .sources { font-size: .9rem; }
    .url { overflow-wrap: anywhere; }
    /* A heading or cell wraps between words; only a word too long for the line is broken. */
    th, h1, h2, h3, h4 { overflow-wrap: normal; word-break: normal; hyphens: manual; }
    .signature { margin-top: 2rem; break-inside: avoid; }
    .sign-row { display: flex; gap: 1.5rem; margin-top: 1.2rem; }
    .sign-field { flex: 2; display: flex; flex-direction: column; }
    .sign-field.narrow { flex: 1.2; }
    .sign-value { height: 2.4rem; border-bottom: 1.5px solid var(--ink); padding: 0 .2rem .15rem;
      display: flex; align-items: flex-end; }
    .sign-label { font-size: .8rem; color: var(--muted); padding-top: .2rem; }
    @media screen and (max-width: 36rem) {
      main { padding: 1.2rem .8rem 2rem; }
      .summary-table, table.answers { table-layout: auto; font-size: .85rem; }
      .summary-table col, table.answers col { width: auto; }
      th, td { padding: .3rem .35rem; }
      .summary-table .bar { display: none; }
    }
    @page { size: auto; margin: 16mm 14mm; }
    @media print {
      body { font-size: 11.5pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      h1, h2, h3 { color: #000; }
      a { color: inherit; text-decoration: none; }
      .call-box { border-color: #000; margin: 1.2rem 0 .6rem; }
      .jobs-box, .fill-card { border-color: #000; }
      .call-box ul { columns: 2; column-gap: 1.5rem; }
      .call-box li { margin: 0 0 .15rem; break-inside: avoid; }
      .write-in { break-before: page; }
      .subtitle { margin-bottom: .4rem; }
      .purpose p { margin: .1rem 0; }
      .call-box { padding: .6rem 1rem; }
      .call-box h2 { margin-bottom: .2rem; }
      .call-box p { margin: .3rem 0; }
      .jobs-box { padding: .3rem 1rem; }
      .jobs-box li { margin: 0; }
      .jobs-box p { margin: .2rem 0; }
      .home-steps h3, .home-steps ol { break-inside: avoid; }
      .disclaimer { margin-top: .8rem; break-before: avoid; }
      table, blockquote, .call-box, tr { break-inside: avoid; }
      table.answers { break-inside: auto; }
      .learner-head { break-inside: avoid; }
      thead { display: table-header-group; }
      h3 { break-after: avoid; }
      .bar, .review, .summary-table tr.needs-review th, .summary-table tr.needs-review td {
        /* Chromium, Safari and Firefox read the prefixed name (the Nu checker lacks the other). */
        -webkit-print-color-adjust: exact; }
    }
    """
}
