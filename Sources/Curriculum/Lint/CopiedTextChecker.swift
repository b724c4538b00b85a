import Foundation

/// Finds wording a bundle shares with the source texts its authors read: every run of at least
/// `minimumRun` words that a topic, question file or the manifest has in common with a source,
/// ignoring case, punctuation and line breaks. Facts carry over from a source; sentences should
/// not.
package struct CopiedTextChecker: Sendable {
  package static let minimumRun = 8

  /// A source text, named for messages (usually its file name).
  package struct SourceText: Sendable {
    package var name: String
    package var text: String

    package init(name: String, text: String) {
      self.name = name
      self.text = text
    }
  }

  /// Each run of `minimumRun` words found in a source, and the first source it is in.
  private let sourceOfRun: [String: String]

  package init(sources: [SourceText]) {
    var runs: [String: String] = [:]
    for source in sources {
      let words = Self.words(inLines: [Substring(source.text)], isYAML: false).map(\.word)
      guard words.count >= Self.minimumRun else { continue }
      for start in 0...(words.count - Self.minimumRun) {
        let run = words[start..<start + Self.minimumRun].joined(separator: " ")
        if runs[run] == nil { runs[run] = source.name }
      }
    }
    sourceOfRun = runs
  }

  /// One shared run of words: where it starts in the bundle file, and its words.
  package struct Match: Sendable, Hashable {
    /// 1-based line of the run's first word.
    package var line: Int
    package var words: [String]
    package var sourceName: String
  }

  /// The longest shared runs in `text`, in order. A YAML file's field names, a topic's front
  /// matter names and `{#id}` heading ids are not counted as words, nor is a manifest's
  /// `sources` list: a citation names its source on purpose.
  package func matches(in text: String, isYAML: Bool) -> [Match] {
    let lines = TopicReader.lines(of: text)
    let words = Self.words(inLines: lines, isYAML: isYAML)
    guard words.count >= Self.minimumRun else { return [] }
    let texts = words.map(\.word)
    var matches: [Match] = []
    var start = 0
    while start <= texts.count - Self.minimumRun {
      let first = texts[start..<start + Self.minimumRun].joined(separator: " ")
      guard let source = sourceOfRun[first] else {
        start += 1
        continue
      }
      var end = start + Self.minimumRun
      while end < texts.count,
        sourceOfRun[texts[(end - Self.minimumRun + 1)...end].joined(separator: " ")] != nil
      {
        end += 1
      }
      matches.append(
        Match(line: words[start].line, words: Array(texts[start..<end]), sourceName: source))
      start = end
    }
    return matches
  }

  /// Lowercased words (letters and digits; apostrophes dropped) with their 1-based lines.
  static func words(inLines lines: [Substring], isYAML: Bool) -> [(word: String, line: Int)] {
    var result: [(String, Int)] = []
    var inFrontMatter = false
    var inSources = false
    for (index, rawLine) in lines.enumerated() {
      var line = rawLine
      if isYAML, let first = line.first, first != " ", first != "#", first != "-" {
        inSources = line.hasPrefix("sources:")
      }
      if inSources { continue }
      if !isYAML {
        if line.trimmingWhitespace() == "---", index == 0 || inFrontMatter {
          inFrontMatter = index == 0
          continue
        }
      }
      if isYAML || inFrontMatter { line = withoutFieldName(line) }
      if !isYAML, !inFrontMatter { line = withoutHeadingID(line) }
      var word = ""
      for character in line {
        if character.isLetter || character.isNumber {
          word += character.lowercased()
        } else if character == "'" || character == "’", !word.isEmpty {
          continue
        } else if !word.isEmpty {
          result.append((word, index + 1))
          word = ""
        }
      }
      if !word.isEmpty { result.append((word, index + 1)) }
    }
    return result
  }

  /// The line without a leading `key:` or `- key:`, so field names never join two texts.
  private static func withoutFieldName(_ line: Substring) -> Substring {
    var rest = line.drop(while: { $0 == " " })
    if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
    let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    let after = rest.dropFirst(name.count)
    guard !name.isEmpty, after.hasPrefix(":"),
      after.count == 1 || after.dropFirst().first == " "
    else { return line }
    return after.dropFirst()
  }

  /// The line without a heading's trailing `{#id}`.
  private static func withoutHeadingID(_ line: Substring) -> Substring {
    guard line.hasPrefix("#"), let open = line.range(of: "{#", options: .backwards) else {
      return line
    }
    return line[..<open.lowerBound]
  }
}
