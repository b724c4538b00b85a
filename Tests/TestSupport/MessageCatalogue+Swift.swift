import Foundation

// The Swift a set of catalogues becomes: one enum case per message (so a misspelt key does not
// compile), with a typed argument per placeholder, and a switch per language that words it.
// Nothing is parsed or looked up at run time.

extension MessageCatalogue {
  /// The Swift `Language` case for a catalogue's language code.
  static let languageCases = ["en": "english", "es": "spanish"]

  /// The generated source for `catalogues` (English first) as the enum `typeName`; `origin`
  /// names the catalogue folder in the header.
  public static func swiftSource(
    for catalogues: [MessageCatalogue], typeName: String, origin: String
  ) -> String {
    guard let english = catalogues.first else { return "" }
    var out = """
      // Generated from \(origin)/*.messages by scripts/generate-messages.sh. Do not edit:
      // change the catalogues and run the script (MessageCatalogueTests fails when this file is
      // out of date).

      import Curriculum
      import Markdown

      /// Every message, by key; `text(in:)` words one in a language with its placeholders filled.
      package enum \(typeName): Sendable {

      """
    for message in english.messages {
      var doc = docLine(message)
      if doc.count > lineLength - 10 { doc = doc.prefix(lineLength - 11) + "…" }
      out += "  /// \(doc)\n"
      let arguments = message.placeholders.map { "\($0): \(argumentType($0))" }
      out +=
        "  case \(message.key)\(arguments.isEmpty ? "" : "(\(arguments.joined(separator: ", ")))")\n"
    }
    out += "}\n\nextension \(typeName) {\n"
    out += "  /// The message in `language`.\n"
    out += "  package func text(in language: Language) -> StyledText {\n"
    out += "    switch language {\n"
    for catalogue in catalogues {
      let name = languageCases[catalogue.language] ?? catalogue.language
      out += "    case .\(name): return \(name)\n"
    }
    out += "    }\n  }\n"
    for catalogue in catalogues {
      let name = languageCases[catalogue.language] ?? catalogue.language
      let byKey = Dictionary(
        catalogue.messages.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
      out += "\n  private var \(name): StyledText {\n    switch self {\n"
      for key in english.messages.map(\.key) {
        guard let message = byKey[key] else { continue }
        let bindings = (english.messages.first { $0.key == key }?.placeholders ?? [])
          .map { "let \($0)" }
        let pattern = ".\(key)\(bindings.isEmpty ? "" : "(\(bindings.joined(separator: ", ")))")"
        if let pieces = message.variants[""] {
          out += "    case \(pattern):\n" + returning(pieces, indent: 6)
        } else {
          out += "    case \(pattern):\n"
          out += "      switch PluralCategory(count, in: .\(name)) {\n"
          for category in pluralCategories {
            out += "      case .\(category):\n"
            out += returning(message.variants[category] ?? [], indent: 8)
          }
          out += "      }\n"
        }
      }
      out += "    }\n  }\n"
    }
    out += "}\n"
    return out
  }

  private static func argumentType(_ placeholder: String) -> String {
    placeholder == "count" ? "Int" : "StyledText"
  }

  /// The longest line the generated file may have (the repository's `.swift-format`).
  static let lineLength = 100

  /// `return "…"`, or a multi-line literal whose lines end in `\` when that is too long.
  private static func returning(_ pieces: [Piece], indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    let body = escaped(pieces)
    if margin.count + "return \"\"".count + body.count <= lineLength || body.hasSuffix(" ") {
      return margin + "return \"" + body + "\"\n"
    }
    let inner = margin + "  "
    var lines: [String] = []
    var line = ""
    for word in body.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if !line.isEmpty, inner.count + candidate.count + 2 > lineLength {
        lines.append(line + " ")
        line = String(word)
      } else {
        line = candidate
      }
    }
    lines.append(line)
    var out = margin + "return \"\"\"\n"
    for (index, text) in lines.enumerated() {
      out += inner + text + (index == lines.count - 1 ? "\n" : "\\\n")
    }
    return out + inner + "\"\"\"\n"
  }

  /// The English text as one line, for the case's doc comment.
  private static func docLine(_ message: Message) -> String {
    let pieces = message.variants[""] ?? message.variants["other"] ?? []
    return pieces.map { piece in
      switch piece {
      case .text(let text): text.replacingOccurrences(of: "\n", with: " ")
      case .placeholder(let name): "{\(name)}"
      }
    }.joined().trimmingCharacters(in: .whitespaces)
  }

  /// The inside of a Swift string literal that interpolates the placeholders.
  private static func escaped(_ pieces: [Piece]) -> String {
    var result = ""
    for piece in pieces {
      switch piece {
      case .placeholder(let name): result += "\\(\(name))"
      case .text(let text):
        for scalar in text.unicodeScalars {
          switch scalar {
          case "\\": result += "\\\\"
          case "\"": result += "\\\""
          case "\n": result += "\\n"
          case "\t": result += "\\t"
          default: result.unicodeScalars.append(scalar)
          }
        }
      }
    }
    return result
  }
}
