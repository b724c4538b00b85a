// teachback-store-probe PATH|URL [COUNT|-] [teaching]: records answers into the learner store at
// PATH (or the clinic's, at a postgres:// URL, with the password in PGPASSWORD), one
// transaction each, writing each event id on its own line (unbuffered) once it is committed. With `teaching`, the answers go into the open teaching session (started if there
// is none). The kill test runs it and SIGKILLs it mid-way.
import ClinicStore
import Foundation
import LearnerStore
import Learning

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(
    "usage: teachback-store-probe PATH [COUNT|-] [teaching]\n".data(using: .utf8)!)
  exit(2)
}
let count = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
do {
  let store: LearnerStore =
    ClinicAddress.isAddress(arguments[1])
    ? try PostgresLearnerStore(address: ClinicAddress(arguments[1]))
    : try SQLiteLearnerStore(path: arguments[1])
  let learner = try store.learner(named: "probe", addingAs: .patient, pathID: nil).learner
  var sessionID: Int64?
  if arguments.count > 3, arguments[3] == "teaching" {
    sessionID =
      try store.openTeachingSession()?.id
      ?? store.startTeachingSession(
        educatorName: "probe", learnerIDs: [learner.id], bundleID: "probe", bundleVersion: "1",
        pathID: nil, plannedTopicIDs: ["care"]
      ).id
  }
  for index in 0..<count {
    let attempt = Attempt(
      questionID: "q\(index % 7)", topicID: "care", sectionID: "flushing", response: "a",
      isCorrect: index % 3 != 0, tryNumber: 1, usedHint: false, isRedFlag: false,
      secondsTaken: 4, rating: index % 3 == 0 ? .again : .good, answeredAt: Date())
    let stored = try store.recordAnswer(
      attempt,
      in: RecordingContext(
        learnerID: learner.id, bundleID: "probe", bundleVersion: "1",
        teachingSessionID: sessionID))
    FileHandle.standardOutput.write(Data("\(stored.eventID)\n".utf8))
  }
} catch {
  FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
  exit(1)
}
