/// `session [start|end|status]`: what to do with the educator's teaching session.
package struct SessionRequest: Sendable, Equatable {
  package enum Action: String, Sendable, CaseIterable {
    case start, end, status
  }

  package var action: Action

  package init(action: Action) { self.action = action }

  init(_ line: ArgumentLine) throws {
    switch line.text.lowercased() {
    case "start", "begin": self.init(action: .start)
    case "end", "stop", "finish": self.init(action: .end)
    case "", "status": self.init(action: .status)
    default:
      throw ShellError.usage("Type `session start`, `session end`, or `session` to see it.")
    }
  }
}

/// `note [NAME:] TEXT`: an observation for the running teaching session, as typed.
package struct NoteRequest: Sendable, Equatable {
  package var text: String

  package init(text: String) { self.text = text }

  init(_ line: ArgumentLine) { self.init(text: line.text) }
}
