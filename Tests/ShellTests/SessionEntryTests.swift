import Learning
import Testing

@testable import Shell

@Suite struct SessionEntryTests {
  private func entry(_ name: String, _ role: LearnerRole?, _ relationship: CaregiverRelationship?)
    -> SessionEntry
  {
    SessionEntry(name: name, role: role, relationship: relationship)
  }

  @Test func readsTheOrdinaryForms() {
    #expect(
      SessionEntry.entries(in: "Rosa Martinez patient, Luis Martinez spouse") == [
        entry("Rosa Martinez", .patient, nil), entry("Luis Martinez", .caregiver, .spouse),
      ])
    #expect(SessionEntry.entries(in: "Sam parent") == [entry("Sam", .caregiver, .parent)])
    #expect(
      SessionEntry.entries(in: "Ana Lee nurse educator") == [entry("Ana Lee", .educator, nil)])
    #expect(
      SessionEntry.entries(in: "Rosa (patient); Luis - husband") == [
        entry("Rosa", .patient, nil), entry("Luis", .caregiver, .spouse),
      ])
    #expect(
      SessionEntry.entries(in: "Rosa Martinez, patient") == [entry("Rosa Martinez", .patient, nil)])
    #expect(SessionEntry.entries(in: "  , Luis Martinez ,") == [entry("Luis Martinez", nil, nil)])
    #expect(
      SessionEntry.entries(in: "patient") == [entry("patient", nil, nil)], "a role alone is a name")
  }

  @Test func notesFindTheirLearner() {
    let rosa = Learner(id: 1, name: "Rosa Martinez", role: .patient, pathID: nil)
    let rosalind = Learner(id: 2, name: "Rosalind Lee", role: .caregiver, pathID: nil)
    let luis = Learner(id: 3, name: "Luis Martinez", role: .caregiver, pathID: nil)
    let present = [rosa, rosalind, luis]
    #expect(NoteSubject(naming: "rosa martinez", among: present) == .learner(rosa))
    #expect(NoteSubject(naming: "Rosa", among: present) == .learner(rosa), "a first name")
    #expect(NoteSubject(naming: "Lu", among: present) == .learner(luis), "a unique prefix")
    #expect(NoteSubject(naming: "Ros", among: present) == .ambiguous([rosa, rosalind]))
    #expect(NoteSubject(naming: "Blood pressure", among: present) == .nobody)
  }
}
