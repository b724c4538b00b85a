import Foundation
import Testing

@testable import Shell

@Suite struct IdentityEntryTests {
  static let today = Date(timeIntervalSince1970: 1_772_442_000)  // 2026-03-02

  @Test(arguments: [
    ("1961-04-12", "1961-04-12"), ("12 April 1961", "1961-04-12"), ("12 Apr 1961", "1961-04-12"),
    ("April 12, 1961", "1961-04-12"), ("apr 12 1961", "1961-04-12"),
  ])
  func aDateOfBirthReads(_ typed: String, _ iso: String) {
    #expect(IdentityEntry.birthDate(typed, today: Self.today) == .success(iso))
  }

  @Test(arguments: ["4/12/61", "12.04.1961", "1961-02-30", "yesterday", "1850-01-01"])
  func anUnclearDateIsAskedAgain(_ typed: String) {
    #expect(IdentityEntry.birthDate(typed, today: Self.today) == .failure(.unclearDate))
  }

  @Test func aDateToComeIsRefused() {
    #expect(IdentityEntry.birthDate("2030-01-01", today: Self.today) == .failure(.dateInTheFuture))
  }

  @Test func medicalRecordNumbers() {
    #expect(IdentityEntry.mrn(" 00427751 ") == .success("00427751"))
    #expect(IdentityEntry.mrn("MRN-12/34.5") == .success("MRN-12/34.5"))
    #expect(IdentityEntry.mrn("---") == .failure(.unreadableMRN))
    #expect(IdentityEntry.mrn("12\u{1B}34") == .failure(.unreadableMRN))
    #expect(IdentityEntry.mrn(String(repeating: "1", count: 41)) == .failure(.unreadableMRN))
  }

  @Test func demoAndAmendRead() throws {
    #expect(
      try DemoRequest(ArgumentLine("lu: flushing needs practice pushed too hard"))
        == DemoRequest(
          action: .record(
            learnerName: "lu", topic: "flushing", passed: false, note: "pushed too hard")))
    #expect(
      try DemoRequest(ArgumentLine("flushing passed"))
        == DemoRequest(action: .record(learnerName: nil, topic: "flushing", passed: true, note: ""))
    )
    #expect(try DemoRequest(ArgumentLine("")) == DemoRequest(action: .list))
    #expect(throws: ShellError.self) { try DemoRequest(ArgumentLine("flushing")) }
    #expect(
      try AmendRequest(ArgumentLine("demo 3 passed slowly"))
        == AmendRequest(target: .demonstration(id: 3, passed: true, note: "slowly")))
    #expect(
      try AmendRequest(ArgumentLine("identity Rosa Martinez"))
        == AmendRequest(target: .identity(learnerName: "Rosa Martinez")))
    #expect(throws: ShellError.self) { try AmendRequest(ArgumentLine("demo x passed")) }
  }
}
