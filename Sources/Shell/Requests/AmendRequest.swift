/// `amend identity [NAME]` or `amend demo NUMBER passed|needs-practice [NOTE]`: corrects a
/// patient's identity or a return demonstration, keeping the original.
package struct AmendRequest: Sendable, Equatable {
  package enum Target: Sendable, Equatable {
    case identity(learnerName: String?)
    case demonstration(id: Int64, passed: Bool, note: String)
  }

  package var target: Target

  package init(target: Target) { self.target = target }

  init(_ line: ArgumentLine) throws {
    let words = line.text.split(separator: " ").map(String.init)
    let usage =
      "Type `amend identity NAME` to correct a patient's MRN or date of birth, or "
      + "`amend demo NUMBER passed|needs-practice [NOTE]` (`demo` lists the numbers)."
    switch words.first?.lowercased() {
    case "identity", "id", "mrn", "birth", "dob":
      let name = words.dropFirst().joined(separator: " ")
      self.init(target: .identity(learnerName: name.isEmpty ? nil : name))
    case "demo", "demonstration":
      guard words.count >= 3, let id = Int64(words[1].trimmingCharacters(in: ["#"])),
        let (passed, length) = DemoRequest.result(words.dropFirst(2))
      else { throw ShellError.usage(usage) }
      self.init(
        target: .demonstration(
          id: id, passed: passed, note: words.dropFirst(2 + length).joined(separator: " ")))
    default:
      throw ShellError.usage(usage)
    }
  }
}
