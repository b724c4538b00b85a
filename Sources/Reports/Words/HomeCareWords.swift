/// The words of a handout's pages for home: its purpose, the jobs at home as numbered steps, the
/// card to fill in, the logs to write in, and the closing box. Calm, concrete, 6th-grade
/// words; every fact is one the implanted-port bundle teaches (flush-schedule,
/// flushing-and-care, fever-plan) or the manifest's warning signs.
enum HomeCareWords {
  static let purposeLead = "What this handout is for:"
  static let purpose =
    "It helps you care for a port at home, and know when to call for help. Keep it where you "
    + "can find it fast, like on the fridge."
  static let forWhomLead = "Who it is for:"

  static let jobsTitle = "Your jobs at home"
  static let jobsStepsNote = "Each job is written as steps on the next page."
  static let stepsTitle = "Your jobs, step by step"

  /// A job at home: what to do, and how, in order.
  struct Job {
    var title: String
    var steps: [String]
  }

  /// The jobs; `portSigns` are the warning signs seen at the port, in the manifest's words.
  static func jobs(portSigns: [String]) -> [Job] {
    let look =
      portSigns.isEmpty
      ? "Look for the warning signs in the red box on page 1."
      : "Look for any of these: " + portSigns.map { $0.lowercased() }.joined(separator: "; ")
        + "."
    return [
      Job(
        title: "Check the skin around the port every day.",
        steps: [
          "Look at the skin over and around the port.", look,
          "Put a tick in today's box in the daily checklist.",
          "If you see a sign, call your care team right away, day or night.",
        ]),
      Job(
        title: "Keep track of each flush.",
        steps: [
          "Ask your care team who will flush the port, and when.",
          "Write the next flush date on the card and on your calendar.",
          "After each flush, fill in one line of the flush log.",
          "If a flush date was missed, call your care team. They will tell you what to do.",
        ]),
      Job(
        title: "Watch for a fever.",
        steps: [
          "Ask your care team at what temperature to call. Write it on the card.",
          "Keep a working thermometer at home.",
          "If the temperature reaches that number, call right away, day or night. Do not wait "
            + "for morning.",
          "Do not give fever medicine until your care team says it is OK.",
        ]),
      Job(
        title: "Know when to call.",
        steps: [
          "Read the red box on page 1.",
          "Keep your care team's numbers on the card and in your phone.",
          "When you call, say that you (or your child) have an implanted port.",
        ]),
    ]
  }

  static let cardTitle = "Fill in this card with your care team"
  static let cardNote = "Fill it in before you go home. Bring it to every visit."
  static let blank = "_______________________"
  /// The card's rows: what to write, and the blank (or the clinic's contact) beside it.
  static let cardRows: [String] = [
    "Care team, daytime phone",
    "Nights and weekends phone",
    "Where to go if we cannot reach anyone",
    "Call if the temperature is at or above",
    "Port type (for example, single or double lumen)",
    "Power-injectable (can take scan dye)?",
    "Next flush date",
  ]
  static let powerInjectableChoices = "☐ Yes  ☐ No  ☐ Not sure: ask"

  static let checklistTitle = "Daily site checklist"
  static let checklistNote =
    "Each day, look at the skin around the port. Write the date at the top. Put a tick if you "
    + "do not see the sign. If you see it, call your care team right away, day or night."
  static let checklistDays = 7

  static let flushLogTitle = "Flush log"
  static let flushLogNote =
    "Write one line each time the port is flushed. Bring this log to your visits."
  static let flushLogColumns = ["Date", "Who did it, and where", "How it went", "Next flush date"]
  static let flushLogRows = 6

  static let closingTitle = "Questions? Worried?"
  static let closingLead =
    "Call your care team. It is OK to call, even if you are not sure. Call right away, day or "
    + "night, if you see any sign in the red box on page 1."
  static let closingContactLead = "Your care team:"
  static let closingWriteIt = "Write your care team's number here:"
}
