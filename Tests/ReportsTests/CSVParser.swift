/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes and
/// embedded commas or line breaks. Returns nil for input that breaks the rules.
enum CSVParser {
  static func parse(_ text: String) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var fieldStarted = false
    var closedQuote = false
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            closedQuote = true
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard !fieldStarted else { return nil }
        quoted = true
        fieldStarted = true
      case ",":
        row.append(field)
        field = ""
        fieldStarted = false
        closedQuote = false
      case "\r":
        guard scalars.popFirst() == "\n" else { return nil }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        fieldStarted = false
        closedQuote = false
      case "\n":
        return nil
      default:
        guard !closedQuote else { return nil }
        field.unicodeScalars.append(scalar)
        fieldStarted = true
      }
    }
    guard !quoted, field.isEmpty, row.isEmpty else { return nil }
    return rows
  }
}
