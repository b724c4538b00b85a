import Curriculum

/// The words of a handout's pages for home, in the handout's language: its purpose, the jobs at
/// home as numbered steps, the card to fill in, the logs to write in, and the closing box. Calm,
/// concrete, 6th-grade words (the catalogues in `Reports/Catalogues`); every fact is one the
/// implanted-port bundle teaches (flush-schedule, flushing-and-care, fever-plan) or the
/// manifest's warning signs.
struct HomeCareWords {
  let language: Language

  /// A message of the catalogue in the handout's language.
  func callAsFunction(_ message: RecordMessage) -> String { message.text(in: language).plainText }

  static let blank = "_______________________"
  static let checklistDays = 7
  static let flushLogRows = 6

  /// A job at home: what to do, and how, in order.
  struct Job {
    var title: String
    var steps: [String]
  }

  /// The jobs; `portSigns` are the warning signs seen at the port, in the manifest's words.
  func jobs(portSigns: [String]) -> [Job] {
    let look =
      portSigns.isEmpty
      ? self(.handoutLookRedBox)
      : self(
        .handoutLookForThese(signs: "\(portSigns.map { $0.lowercased() }.joined(separator: "; "))"))
    return [
      Job(
        title: self(.handoutJobSkin),
        steps: [
          self(.handoutJobSkinLook), look, self(.handoutJobSkinTick), self(.handoutJobSkinCall),
        ]),
      Job(
        title: self(.handoutJobFlush),
        steps: [
          self(.handoutJobFlushWho), self(.handoutJobFlushDate), self(.handoutJobFlushLog),
          self(.handoutJobFlushMissed),
        ]),
      Job(
        title: self(.handoutJobFever),
        steps: [
          self(.handoutJobFeverAsk), self(.handoutJobFeverThermometer), self(.handoutJobFeverCall),
          self(.handoutJobFeverMedicine),
        ]),
      Job(
        title: self(.handoutJobCall),
        steps: [self(.handoutJobCallRead), self(.handoutJobCallNumbers), self(.handoutJobCallSay)]),
    ]
  }

  /// A row of the card: what to write, and what stands beside it.
  enum CardValue {
    /// The clinic's daytime contact when set, else a blank.
    case contactOrBlank
    case blank
    case temperature
    case powerInjectableChoices
  }

  /// The card's rows: what to write, and the blank (or the clinic's contact) beside it.
  var cardRows: [(what: String, value: CardValue)] {
    [
      (self(.handoutCardDaytime), .contactOrBlank),
      (self(.handoutCardNights), .blank),
      (self(.handoutCardWhere), .blank),
      (self(.handoutCardTemperature), .temperature),
      (self(.handoutCardPortType), .blank),
      (self(.handoutCardPowerInjectable), .powerInjectableChoices),
      (self(.handoutCardNextFlush), .blank),
    ]
  }

  var flushLogColumns: [String] {
    [
      self(.handoutFlushLogDate), self(.handoutFlushLogWho), self(.handoutFlushLogHow),
      self(.handoutFlushLogNext),
    ]
  }
}
