/// What the when-to-call check advised. `teachback call` exits with its status, so a clinic's
/// own tools can act on it: 0 when every answer was a clear no, 3 when a call to the care team
/// is advised (also when the answers end early, or after an unclear one), 4 for an emergency.
package enum CallAdvice: Int32, Sendable, CaseIterable {
  case noCallNeeded = 0
  case callCareTeam = 3
  case callEmergency = 4
}
