import Curriculum

/// What the answers to the when-to-call check came to, for its final box.
struct CheckFindings {
  /// Emergency signs answered yes.
  var emergency: [WarningSign] = []
  /// Emergency signs still unclear after being asked twice.
  var unclearEmergency: [WarningSign] = []
  /// Urgent signs answered yes (or a temperature at or above the clinic's limit).
  var urgent: [WarningSign] = []
  /// Urgent signs answered with something other than a clear yes or no.
  var unsure: [WarningSign] = []
  /// Lines about typed temperatures, e.g. "You typed 38.5 °C. Your care team's limit is 38.0 °C."
  var temperatureNotes: [String] = []
  /// The catch-all question answered yes or unsure.
  var somethingElse = false
  /// The check ended before its last question.
  var leftEarly = false

  var advice: CallAdvice {
    if !emergency.isEmpty { return .callEmergency }
    let anything =
      !urgent.isEmpty || !unsure.isEmpty || !unclearEmergency.isEmpty || somethingElse
    return anything || leftEarly ? .callCareTeam : .noCallNeeded
  }
}
