// CONTRACT STAND-IN, replaced by the real tables on branch `sessions` before this lands.
import Foundation
import Learning

public struct TeachingSession: Sendable, Hashable, Identifiable {
  public var id: Int64
  public var educatorName: String
  public var learnerIDs: [Int64]
  public var bundleID: String
  public var bundleVersion: String
  public var pathID: String?
  public var plannedTopicIDs: [String]
  public var startedAt: Date
  public var endedAt: Date?
  public var isOpen: Bool { endedAt == nil }
}

public struct SessionNote: Sendable, Hashable, Identifiable {
  public var id: Int64
  public var sessionID: Int64
  public var learnerID: Int64?
  public var at: Date
  public var text: String
}

nonisolated(unsafe) private var standInSessions: [TeachingSession] = []
nonisolated(unsafe) private var standInNotes: [SessionNote] = []

extension LearnerStore {
  public func startTeachingSession(
    educatorName: String, learnerIDs: [Int64], bundleID: String, bundleVersion: String,
    pathID: String?, plannedTopicIDs: [String], at date: Date = Date()
  ) throws -> TeachingSession {
    let session = TeachingSession(
      id: Int64(standInSessions.count + 1), educatorName: educatorName, learnerIDs: learnerIDs,
      bundleID: bundleID, bundleVersion: bundleVersion, pathID: pathID,
      plannedTopicIDs: plannedTopicIDs, startedAt: date, endedAt: nil)
    standInSessions.append(session)
    return session
  }

  public func endTeachingSession(_ id: Int64, at date: Date = Date()) throws -> TeachingSession {
    let index = standInSessions.firstIndex { $0.id == id }!
    standInSessions[index].endedAt = date
    return standInSessions[index]
  }

  public func teachingSession(id: Int64) throws -> TeachingSession? { standInSessions.first { $0.id == id } }
  public func openTeachingSession() throws -> TeachingSession? { standInSessions.last { $0.isOpen } }
  public func teachingSessions(limit: Int = 20) throws -> [TeachingSession] { standInSessions.reversed() }

  @discardableResult
  public func addNote(_ text: String, sessionID: Int64, learnerID: Int64?, at date: Date = Date()) throws
    -> SessionNote
  {
    let note = SessionNote(id: Int64(standInNotes.count + 1), sessionID: sessionID, learnerID: learnerID, at: date, text: text)
    standInNotes.append(note)
    return note
  }

  public func notes(sessionID: Int64) throws -> [SessionNote] { standInNotes.filter { $0.sessionID == sessionID } }

  public func attempts(
    learnerID: Int64, bundleID: String, from: Date? = nil, to: Date? = nil,
    sessionID: Int64? = nil, redFlagQuestionIDs: Set<String> = []
  ) throws -> [Attempt] { [] }
}
