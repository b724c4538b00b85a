// Generated from Sources/Shell/Catalogues/*.messages by scripts/generate-messages.sh. Do not edit:
// change the catalogues and run the script (MessageCatalogueTests fails when this file is
// out of date).

import Curriculum
import Markdown

/// Every message, by key; `text(in:)` words one in a language with its placeholders filled.
package enum ShellMessage: Sendable {
  /// What name should I use for you? (Press Enter to learn as a guest.)
  case firstRunAskName
  /// your name>
  case firstRunNamePrompt
  /// {problem} Please type your name again, or press Enter to learn as a guest.
  case firstRunNameAgain(problem: StyledText)
  /// Hello, {name}. Your progress is saved on this computer.
  case firstRunHello(name: StyledText)
  /// You are learning as {guest}. Your progress is saved on this computer. To use your own nam…
  case firstRunAsGuest(guest: StyledText)
  /// You could not be added as a learner:
  case firstRunNotAdded
  /// A learner's name can have letters, numbers, spaces, ' " - and . (up to 40).
  case learnerNameRule
  /// Are you the patient, a parent or caregiver, or a nurse educator?
  case learnerAskRole
  /// Is {name} a patient, a parent or caregiver, or a nurse educator?
  case learnerAskRoleOf(name: StyledText)
  /// patient, parent or educator>
  case learnerRolePrompt
  /// Please type patient, parent or educator (or `stop`).
  case learnerRoleAgain
  /// yes or no>
  case yesOrNoPrompt
  /// This computer is shared, so each person's records are private. Type `learner` and your na…
  case welcomeSharedComputer
  /// Type `learner` and your name to open your records.
  case welcomeOpenRecords
  /// Your progress cannot be saved this time, but you can read everything.
  case welcomeCannotSave
  /// Type `topics` to see what you can read, or `help` for all commands.
  case welcomeFirstCommands
  /// Worried about a symptom? Type `call` at any time.
  case welcomeCallAnyTime
  /// Press Tab to complete a word. Type `quit` or press Ctrl-D to leave.
  case welcomeTabAndQuit
  /// Welcome back, {name}. Your progress is saved on this computer.
  case welcomeBack(name: StyledText)
  /// Learning as {name}. Progress is saved on this computer.
  case welcomeBackLearningAs(name: StyledText)
  /// You are learning as {name}: your progress is saved on this computer. To use your own name…
  case welcomeBackGuest(name: StyledText)
  /// Last time you finished reading “{topic}”.
  case welcomeBackFinishedReading(topic: StyledText)
  /// You were reading “{topic}”, {section} of {total}.
  case welcomeBackWasReading(topic: StyledText, section: StyledText, total: StyledText)
  /// Next: {step}
  case welcomeBackNext(step: StyledText)
  /// type `review` to answer them.
  case nextStepReview(count: Int)
  /// type `review` to answer them, warning signs first.
  case nextStepReviewWarningsFirst(count: Int)
  /// type `next` to read “{topic}”.
  case nextStepReadTopic(topic: StyledText)
  /// type `next` to read “{section}” in “{topic}”.
  case nextStepReadSection(section: StyledText, topic: StyledText)
  /// type `quiz {id}` to practise “{topic}”.
  case nextStepPractise(id: StyledText, topic: StyledText)
  /// nothing for now: you have read everything. Type `progress` to see it.
  case nextStepAllDone
  /// later today
  case comesBackLaterToday
  /// tomorrow
  case comesBackTomorrow
  /// in {count} days
  case comesBackInDays(count: Int)
  /// in about a week
  case comesBackInAboutAWeek
  /// in about {count} weeks
  case comesBackInAboutWeeks(count: Int)
  /// in about a month
  case comesBackInAboutAMonth
  /// in about {count} months
  case comesBackInAboutMonths(count: Int)
  /// in about a year
  case comesBackInAboutAYear
  /// in about {count} years
  case comesBackInAboutYears(count: Int)
  /// These come back for review {when}.
  case quizComesBack(count: Int, when: StyledText)
  /// The first of these comes back for review {soonest}, the last {latest}.
  case quizComesBackFirstAndLast(soonest: StyledText, latest: StyledText)
  /// The next question comes back {when}.
  case nextReviewComesBack(when: StyledText)
  /// Nothing is due for review. {when}
  case nothingDueNextReview(when: StyledText)
  /// {count} questions are due for review.
  case reviewsDue(count: Int)
  /// {count} questions about warning signs are due for review.
  case reviewsDueAllWarningSigns(count: Int)
  /// {count} questions are due for review, {warningSigns} of them about warning signs.
  case reviewsDueSomeWarningSigns(count: Int, warningSigns: StyledText)
  /// {count} questions are due
  case questionsDue(count: Int)
  /// {count} questions about warning signs are due
  case questionsDueAllWarningSigns(count: Int)
  /// Commands
  case helpCommandsHeading
  /// Type `help COMMAND` for more about one. Commands can be shortened: `t` for `topics`.
  case helpForOneCommand
  /// Also: {aliases}.
  case helpAliases(aliases: StyledText)
  /// `{command}` could mean {choices}.
  case helpAmbiguous(command: StyledText, choices: StyledText)
  /// There is no command `{command}`. Type `help` to see them all.
  case helpUnknown(command: StyledText)
  /// There is no command `{command}`. Did you mean `{suggestion}`?
  case helpUnknownDidYouMean(command: StyledText, suggestion: StyledText)
  /// Check the signs that mean you should call your care team
  case commandSymptomsSummary
  /// symptoms
  case commandSymptomsUsage
  /// Asks about each warning sign, one at a time: the emergency signs first, then the signs th…
  case commandSymptomsDetails
  /// List the topics, with what you have read
  case commandTopicsSummary
  /// topics [PATH]
  case commandTopicsUsage
  /// Each topic shows a mark: ✓ read, ◐ partly read, ○ not read yet. `topics home-care` shows …
  case commandTopicsDetails
  /// Read a topic, or one section of it
  case commandReadSummary
  /// read TOPIC[#SECTION]
  case commandReadUsage
  /// Name the topic by its number, its id, the start of its id, or words from its title:   rea…
  case commandReadDetails
  /// Show a picture of the port, full width
  case commandShowSummary
  /// show FIGURE
  case commandShowUsage
  /// `show` alone lists the pictures. Name one by its id, or the start of it:   show port-in-c…
  case commandShowDetails
  /// Go on: the next section, or what to do next and why
  case commandNextSummary
  /// next
  case commandNextUsage
  /// While you read a topic, `next` shows its next section, then the next topic (on your path,…
  case commandNextDetails
  /// Go back to the section before
  case commandBackSummary
  /// back
  case commandBackUsage
  /// Find where the content talks about something
  case commandSearchSummary
  /// search WORDS
  case commandSearchUsage
  /// For example: `search flush`, `search fever`, `search how long does it last`. Each result …
  case commandSearchDetails
  /// Check what you learned, teach-back style
  case commandQuizSummary
  /// quiz [TOPIC|PATH|red-flags]
  case commandQuizUsage
  /// Asks the questions of a topic (`quiz parts`), a learning path (`quiz home-care`), or the …
  case commandQuizDetails
  /// Answer the questions that are due for review
  case commandReviewSummary
  /// review
  case commandReviewUsage
  /// Questions come back for review just as you might start to forget them.
  case commandReviewDetails
  /// See what you have read and how well you remember it
  case commandProgressSummary
  /// progress
  case commandProgressUsage
  /// For each topic: how many sections you have read, and how much of it you are likely to rem…
  case commandProgressDetails
  /// See or choose your learning path
  case commandPathSummary
  /// path [NAME]
  case commandPathUsage
  /// A path is an ordered list of topics for one kind of reader. `next` follows it.
  case commandPathDetails
  /// Who is learning; switch, add, rename, close
  case commandLearnerSummary
  /// learner [NAME|rename NAME|language CODE|close]
  case commandLearnerUsage
  /// `learner` shows who is learning now and lists everyone on this computer, numbered. `learn…
  case commandLearnerDetails
  /// Lock your records with a PIN, or unlock them
  case commandPinSummary
  /// pin [set|off]
  case commandPinUsage
  /// `pin set` chooses a PIN for your records: after that, `learner` and your name asks for it…
  case commandPinDetails
  /// See what you did recently
  case commandHistorySummary
  /// history
  case commandHistoryUsage
  /// Erase your progress on a topic, or all of it
  case commandForgetSummary
  /// forget TOPIC|all
  case commandForgetUsage
  /// Asks before erasing. What is erased cannot be brought back.
  case commandForgetDetails
  /// Run a teaching session (for nurse educators): start, end, or see it
  case commandSessionSummary
  /// session [start|end]
  case commandSessionUsage
  /// `session start` asks for the educator's name, who is learning (a name and role on each li…
  case commandSessionDetails
  /// Record an observation in the teaching session
  case commandNoteSummary
  /// note [NAME:] TEXT
  case commandNoteUsage
  /// For example `note prefers short sessions` (the whole session) or `note Rosa: prefers Span…
  case commandNoteDetails
  /// Record a return demonstration: a learner showing a skill (for educators)
  case commandDemoSummary
  /// demo [NAME:] TOPIC passed|needs-practice [NOTE]
  case commandDemoUsage
  /// For example `demo flushing passed` or `demo Luis: flushing needs-practice pushed too hard…
  case commandDemoDetails
  /// Correct a patient's identity or a return demonstration, keeping the original
  case commandAmendSummary
  /// amend identity [NAME] | amend demo N …
  case commandAmendUsage
  /// The original stays in the records, with who changed it and when. `amend identity Rosa` as…
  case commandAmendDetails
  /// Write an education record for the chart
  case commandReportSummary
  /// report [--for NAME|--session ID] [--format F] [--out FILE]
  case commandReportUsage
  /// Without --for or --session: the running session, else the current learner. Put a name wit…
  case commandReportDetails
  /// Make a printable handout of topics, ending with when to call
  case commandHandoutSummary
  /// handout [TOPIC…] [--path NAME] [--format F] [--out FILE]
  case commandHandoutUsage
  /// Without topics or --path: your path's topics, else every topic. F is html (default; open …
  case commandHandoutDetails
  /// Keep each person's records private on a shared computer
  case commandClinicSummary
  /// clinic [on|off]
  case commandClinicUsage
  /// `clinic on` is for a computer many patients use. You choose an educator passphrase; then …
  case commandClinicDetails
  /// Show the commands, or how to use one
  case commandHelpSummary
  /// help [COMMAND]
  case commandHelpUsage
  /// Type `help read` to learn more about `read`.
  case commandHelpDetails
  /// Clear the screen
  case commandClearSummary
  /// clear
  case commandClearUsage
  /// Leave Teachback (your progress is already saved)
  case commandQuitSummary
  /// quit
  case commandQuitUsage
  /// Question {number} of {total}
  case quizPosition(number: StyledText, total: StyledText)
  /// Question {number} of {total} (second try)
  case quizPositionRetry(number: StyledText, total: StyledText)
  /// Answer with one letter, {letters}, or in your own words.
  case answerOneLetter(letters: StyledText)
  /// Answer with every letter that applies, for example “a c”.
  case answerEveryLetter
  /// Answer true or false.
  case answerTrueOrFalse
  /// Put the steps in order with their letters, for example “{example}”.
  case answerInOrder(example: StyledText)
  /// Answer in a few words.
  case answerInWords
  /// Please answer with one letter, {letters}, or the words of one choice.
  case unreadableNeedsOneLetter(letters: StyledText)
  /// Please answer with the letters of every right choice ({letters}), for example “a c”.
  case unreadableNeedsLetters(letters: StyledText)
  /// Please answer true or false (yes or no also works), or say “I don't know”.
  case unreadableNeedsTrueOrFalse
  /// Please give all {steps} steps in order, each letter once, for example “{example}”.
  case unreadableNeedsEveryStep(steps: StyledText, example: StyledText)
  /// That fits more than one choice: {choices}. Which one did you mean? Type its letter.
  case unreadableFitsSeveral(choices: StyledText)
  /// Please type your answer in a few words.
  case unreadableNeedsWords
  /// The quiz is over.
  case quizOver
  /// Right.
  case confirmRight
  /// Right — “{words}”.
  case confirmRightAs(words: StyledText)
  /// Right this time.
  case confirmRightThisTime
  /// Right this time — “{words}”.
  case confirmRightThisTimeAs(words: StyledText)
  /// true
  case answerTrue
  /// false
  case answerFalse
  /// That's OK — here is the answer: {answer}
  case didNotKnowAnswer(answer: StyledText)
  /// There is no hint for this question.
  case hintNone
  /// {right} of {answered} right the first time
  case headlineFirstTime(right: StyledText, answered: StyledText)
  /// {count} on the second try
  case headlineSecondTry(count: Int)
  /// {count} missed
  case headlineMissed(count: Int)
  /// {count} not known yet
  case headlineNotKnown(count: Int)
  /// {count} skipped
  case headlineSkipped(count: Int)
  /// {count} not asked
  case headlineNotAsked(count: Int)
  /// Read “{section}” in “{topic}”: it is the next part you have not read yet.
  case reasonRead(section: StyledText, topic: StyledText)
  /// Review: {due}{warningSigns}. Answering now, just as memory starts to fade, makes it last …
  case reasonReview(due: StyledText, warningSigns: StyledText)
  /// , {count} of them about warning signs (they come first)
  case reasonReviewWarningSigns(count: Int)
  /// Practise “{topic}”: it is your least secure topic ({percent}% remembered).
  case reasonPractise(topic: StyledText, percent: StyledText)
  /// All done for now: you have read everything and nothing is due for review.
  case reasonAllDone
  /// There is no topic “{id}” in this bundle; check the spelling against the list of topics.
  case errorUnknownTopic(id: StyledText)
  /// There is no learning path “{id}” in this bundle; check the spelling against the list of p…
  case errorUnknownPath(id: StyledText)
  /// Nothing is due for review right now. Well done.{when} Type `progress` to see where you ar…
  case quizNothingDue(when: StyledText)
  /// There are no questions for {title} yet.
  case quizNoQuestions(title: StyledText)
  /// Quiz: {title}
  case quizTitle(title: StyledText)
  /// {count} questions.
  case quizIntro(count: Int)
  /// {count} questions for each of {names}, in turn.
  case quizIntroGroup(count: Int, names: StyledText)
  /// Type your answer, or `hint`, `skip`, `reread` or `stop`.
  case quizHowToAnswer
  /// {name}'s turn
  case quizTurn(name: StyledText)
  /// answer>
  case quizAnswerPrompt
  /// Skipped. (Ctrl-C leaves the question; type `stop` to end the quiz.)
  case quizSkippedByInterrupt
  /// Hint:
  case quizHint
  /// Skipped.
  case quizSkipped
  /// Not quite.
  case quizNotQuite
  /// The answer is: {answer}
  case quizTheAnswerIs(answer: StyledText)
  /// This question will come back later in the quiz.
  case quizComesBackLater
  /// The quiz goes on, but your answers are no longer saved.
  case quizNoLongerSaved
  /// This question has no section to reread.
  case quizNoSectionToReread
  /// Quiz finished
  case quizFinished
  /// Quiz finished for {name}
  case quizFinishedFor(name: StyledText)
  /// (stopped early)
  case quizStoppedEarly
  /// To go over again:
  case quizGoOverAgain
  /// Well done.
  case quizWellDone
  /// Well done. {when} Type `review` then.
  case quizWellDoneComesBack(when: StyledText)
  /// and
  case listingAnd
  /// or
  case listingOr
  /// When to call your care team
  case callTitle
  /// I will ask about {count} things, one at a time. Answer yes or no. If you are not sure, sa…
  case callIntro(count: Int)
  /// Type `stop` to leave the check. This does not diagnose anything.
  case callHowToStop
  /// {number} of {total}.
  case callQuestionNumber(number: StyledText, total: StyledText)
  /// I am not sure what you mean. Is this happening now: {sign}? Type yes or no. If you are no…
  case callAskAgain(sign: StyledText)
  /// (For a child: {question})
  case callForAChild(question: StyledText)
  /// You said no to every sign.
  case callAllNo
  /// You typed {typed}. No temperature limit is set here, so treat it as a fever.
  case callNoFeverLimit(typed: StyledText)
  /// You typed {typed}. Your care team's limit is {limit}.
  case callAboveFeverLimit(typed: StyledText, limit: StyledText)
  /// {typed} is below your care team's limit of {limit}. If it reaches the limit, or you are w…
  case callBelowFeverLimit(typed: StyledText, limit: StyledText)
  /// You left the check. Type `call` to start it again.
  case callLeftEarly
  /// Call your local emergency number now
  case callBoxEmergencyTitle
  /// You said yes to: {signs}.
  case callBoxSaidYesTo(signs: StyledText)
  /// If something worries you, call
  case callBoxLeftEarlyTitle
  /// The check was not finished. It is always OK to call your care team.
  case callBoxNotFinished
  /// Call your care team now, day or night
  case callBoxCareTeamTitle
  /// Something else
  case callBoxSomethingElse
  /// You said yes to:
  case callBoxSaidYesToList
  /// You were not sure about: {signs}.
  case callBoxNotSureAbout(signs: StyledText)
  /// You do not need to be sure — calling is the right thing to do.
  case callBoxNoNeedToBeSure
  /// If breathing is hard, there is chest pain, or someone faints, call your emergency number …
  case callBoxBreathing
  /// If something still worries you
  case callBoxNoCallTitle
  /// It is always OK to call your care team if you are worried.
  case callBoxAlwaysOK
  /// Tell the nurse
  case callBoxTellTheNurse
  /// that your child has an implanted port, which signs you see and when they started, and the…
  case callBoxTellTheNurseAboutAChild
  /// that you have an implanted port, which signs you see and when they started, and your temp…
  case callBoxTellTheNurseAboutYou
  /// Emergency number:
  case callBoxEmergencyNumber
  /// No contact details are set up here.
  case callBoxNoContact
  /// Your care team
  case callBoxYourCareTeam
  /// There is no learning path `{id}`. Type `path` to see the paths.
  case topicsNoPath(id: StyledText)
  /// There is no learning path `{id}`. Did you mean `{suggestion}`?
  case topicsNoPathDidYouMean(id: StyledText, suggestion: StyledText)
  /// ✓ read   ◐ partly read   ○ not read yet
  case topicsKey
  /// Type `read` and a number or name to open a topic, e.g. `read 1`.
  case topicsHowToOpen
  /// not read yet
  case readingStateUnread
  /// partly read, {read} of {total} sections
  case readingStatePartly(read: StyledText, total: StyledText)
  /// read
  case readingStateRead
  /// Which topic? For example `read 1`. Type `topics` to see them all.
  case readWhichTopic
  /// More than one topic fits `{reference}`: {choices}.
  case readAmbiguous(reference: StyledText, choices: StyledText)
  /// There is no topic `{reference}`. Type `topics` to see them all.
  case readNoTopic(reference: StyledText)
  /// There is no topic `{reference}`. Did you mean `{suggestion}`?
  case readNoTopicDidYouMean(reference: StyledText, suggestion: StyledText)
  /// The topic `{topic}` has no section like that. Type `read {topic}` to start at the beginni…
  case readNoSection(topic: StyledText)
  /// The topic `{topic}` has no section like that. Did you mean `{suggestion}`?
  case readNoSectionDidYouMean(topic: StyledText, suggestion: StyledText)
  /// That was the last topic.
  case readLastTopic
  /// You have not opened a topic yet. Try `read 1`.
  case readNotOpenedYet
  /// This is the first section of the first topic.
  case readFirstSection
  /// Section {number} of {total}: {title}
  case readSectionPlain(number: StyledText, total: StyledText, title: StyledText)
  /// {number} of {total}
  case readSectionOf(number: StyledText, total: StyledText)
  /// Topic: {title}
  case readTopicPlain(title: StyledText)
  /// Type `next` for “{next}”, or `back` to go back.
  case footerNextSection(next: StyledText)
  /// That is the end of “{topic}”. Type `quiz` to check what you learned, or type `next` for t…
  case footerEndQuizNextTopic(topic: StyledText, next: StyledText)
  /// That is the end of “{topic}”. Type `next` for the next topic: “{next}”.
  case footerEndNextTopic(topic: StyledText, next: StyledText)
  /// That is the end of “{topic}”. Type `quiz` to check what you learned, or type `next` to se…
  case footerEndQuiz(topic: StyledText)
  /// That is the end of “{topic}”. Type `next` to see what to do next.
  case footerEnd(topic: StyledText)
  /// Type `review` to start.
  case recommendReview
  /// Type `quiz {id}` to practise it.
  case recommendPractise(id: StyledText)
  /// What should I look for? For example `search flush`.
  case searchWhat
  /// Nothing matched “{query}”. Did you mean “{suggestion}”?
  case searchNothingDidYouMean(query: StyledText, suggestion: StyledText)
  /// Nothing matched “{query}”. Try other words, or type `topics` to browse.
  case searchNothing(query: StyledText)
  /// Found in {count} places, best first:
  case searchFound(count: Int)
  /// There is no picture `{reference}`. Type `show` to see them all.
  case showNoPicture(reference: StyledText)
  /// There is no picture `{reference}`. Did you mean `{suggestion}`?
  case showNoPictureDidYouMean(reference: StyledText, suggestion: StyledText)
  /// More than one picture fits `{reference}`: {choices}.
  case showAmbiguous(reference: StyledText, choices: StyledText)
  /// This bundle has no pictures to show.
  case showNoPictures
  /// Pictures
  case showPicturesHeading
  /// Type `show` and a picture's name to see it, e.g. `show {id}`.
  case showHowTo(id: StyledText)
  /// Progress for {name}
  case progressHeading(name: StyledText)
  /// Progress for this session
  case progressHeadingSession
  /// — path: {path}
  case progressHeadingPath(path: StyledText)
  /// Progress is not being saved this time.
  case progressNotSaved
  /// Read          Remembered
  case progressColumns
  /// no questions
  case progressNoQuestions
  /// {count} due
  case progressDue(count: Int)
  /// {count} questions are due for review: type `review`.
  case progressDueForReview(count: Int)
  /// Type `next` to see what to do next.
  case progressWhatNext
  /// read {read} of {total} sections
  case progressPlainRead(read: StyledText, total: StyledText)
  /// no questions answered yet
  case progressPlainNoAnswers
  /// remembered about {percent}
  case progressPlainRemembered(percent: StyledText)
  /// {count} due for review
  case progressPlainDue(count: Int)
  /// patient
  case rolePatient
  /// parent or caregiver
  case roleCaregiver
  /// nurse educator
  case roleEducator
  /// That PIN or passphrase did not match, so no records were opened. Check it and type `learn…
  case learnerWrongPINOrPassphrase
  /// No records were opened.
  case learnerNoRecordsOpened
  /// There is no learner called {name}. Did you mean {near}? Type yes to switch to {nearName},…
  case learnerDidYouMean(name: StyledText, near: StyledText, nearName: StyledText)
  /// No learner was added.
  case learnerNoneAdded
  /// You have been learning as {guest}. Is {name} you? Type yes to keep your progress under th…
  case learnerIsTheGuestYou(guest: StyledText, name: StyledText)
  /// Added {name}, {role}.
  case learnerAdded(name: StyledText, role: StyledText)
  /// A teaching session is running. End it first with `session end`.
  case learnerCloseDuringSession
  /// Your records are closed. The next person can type `learner` and their name.
  case learnerClosed
  /// No one's records are open. The next person can type `learner` and their name.
  case learnerCloseNobodyOpen
  /// That PIN did not match, so {name}'s records were not opened. A forgotten PIN can be remov…
  case learnerWrongPIN(name: StyledText)
  /// Rename to what? Type `learner rename` and the new name, e.g. `learner rename Maria`.
  case learnerRenameToWhat
  /// That name cannot be used here. Choose another name.
  case learnerNameCannotBeUsed
  /// There is already a learner called {name}. Choose another name, or type `learner {name}` t…
  case learnerNameTaken(name: StyledText)
  /// Done: your progress is now under the name {name}. Everything you read and answered as {be…
  case learnerRenamed(name: StyledText, before: StyledText)
  /// Nothing was changed: you are still learning as {name}.
  case learnerStillGuest(name: StyledText)
  /// There are no learners yet. Add one with `learner NAME`.
  case learnerNoneYet
  /// There is no learner number {number}: there are {count}. Type `learner` to see them.
  case learnerNoSuchNumber(count: Int, number: StyledText)
  /// You are learning as {name} ({role}).
  case learnerYouAre(name: StyledText, role: StyledText)
  /// No one's records are open. Type `learner` and your name to open yours.
  case learnerNobodyOpen
  /// This computer is shared, so no one else is shown. Type `learner close` when you are done.
  case learnerSharedComputer
  /// No one else is learning on this computer. Add someone with `learner NAME`.
  case learnerNoOneElse
  /// On this computer:
  case learnerOnThisComputer
  /// — learning now
  case learnerLearningNow
  /// Switch with `learner NAME` or `learner NUMBER`.
  case learnerHowToSwitch
  /// You are now learning as {name}{path}. Your reading and answers are saved under this name.
  case learnerSwitched(name: StyledText, path: StyledText)
  /// , path: {path}
  case learnerPathSuffix(path: StyledText)
  /// Your path: {title} (`{id}`).
  case pathYours(title: StyledText, id: StyledText)
  /// You have not chosen a path yet, so `next` goes through every topic in order.
  case pathNoneChosen
  /// Choose one with `path NAME`, e.g. `path {example}`.
  case pathHowToChoose(example: StyledText)
  /// There is no path `{path}`. Type `path` to see them.
  case pathNoSuch(path: StyledText)
  /// There is no path `{path}`. Did you mean `{suggestion}`?
  case pathNoSuchDidYouMean(path: StyledText, suggestion: StyledText)
  /// Your path is now {title}: {count} topics. Type `next` to begin.
  case pathChosen(count: Int, title: StyledText)
  /// Nothing yet. Read a topic with `read 1`, or try a quiz.
  case historyNothingYet
  /// Recently, newest first
  case historyHeading
  /// a PIN was set for these records
  case historyPINSet
  /// the PIN was removed
  case historyPINRemoved
  /// the PIN was removed by the educator
  case historyPINResetByEducator
  /// the PIN was removed after it was forgotten
  case historyPINResetAtHome
  /// a wrong PIN was typed for these records
  case historyWrongPIN
  /// records opened
  case historyRecordsOpened
  /// opened “{topic}”
  case historyOpened(topic: StyledText)
  /// read “{section}”
  case historyRead(section: StyledText)
  /// read “{section}” in “{topic}”
  case historyReadIn(section: StyledText, topic: StyledText)
  /// a topic
  case historyATopic
  /// a section
  case historyASection
  /// a question
  case historyAQuestion
  /// did not know
  case historyDidNotKnow
  /// right
  case historyRight
  /// missed
  case historyMissed
  /// There is no learner to erase progress for.
  case forgetNoLearner
  /// Forget what? Type `forget TOPIC` for one topic, or `forget all`.
  case forgetWhat
  /// There is no topic `{topic}`.
  case forgetNoTopic(topic: StyledText)
  /// There is no topic `{topic}`. Did you mean `{suggestion}`?
  case forgetNoTopicDidYouMean(topic: StyledText, suggestion: StyledText)
  /// More than one topic fits: {choices}.
  case forgetAmbiguous(choices: StyledText)
  /// your reading and answers for “{topic}”
  case forgetWhatYoursTopic(topic: StyledText)
  /// {name}'s reading and answers for “{topic}”
  case forgetWhatTheirsTopic(name: StyledText, topic: StyledText)
  /// all of your reading and answers
  case forgetWhatYoursAll
  /// all of {name}'s reading and answers
  case forgetWhatTheirsAll(name: StyledText)
  /// This erases {what}. It cannot be undone. Type yes to erase, anything else to keep it.
  case forgetConfirm(what: StyledText)
  /// erase?
  case forgetPrompt
  /// Nothing was erased.
  case forgetNothingErased
  /// Erased.
  case forgetErased
  /// That line is too long ({characters} characters). Commands are short: try `help`.
  case lineTooLong(characters: StyledText)
  /// `{command}` could mean {choices}. Type a few more letters.
  case commandAmbiguous(command: StyledText, choices: StyledText)
  /// There is no command `{command}`. Type `help` to see what you can do.
  case commandUnknown(command: StyledText)
  /// There is no command `{command}`. Did you mean `{suggestion}`?
  case commandUnknownDidYouMean(command: StyledText, suggestion: StyledText)
  /// It is normal to feel scared about a port. You are not alone: your care team expects quest…
  case wordsWorried
  /// I don't have an answer to that here. Please ask your care team.
  case wordsNoAnswer
  /// Here is where this guide talks about that:
  case wordsHereIsWhere
  /// If this is happening now, type `call` for the when-to-call check, or call your care team.
  case wordsSymptom
  /// Something went wrong that Teachback did not expect. Nothing you saved before is lost; ple…
  case errorUnexpected
  /// Progress is not being saved this time, so there is nothing to show or change.
  case errorNotSavingThisTime
  /// Choose a learner first with `learner NAME`.
  case errorChooseALearner
  /// Your reading of this section could not be saved:
  case notSavedReading
  /// Opening this topic could not be saved:
  case notSavedOpening
  /// This answer was not saved:
  case notSavedAnswerBecause
  /// This answer could not be saved:
  case notSavedAnswer
  /// (Not saved.)
  case notSavedShort
  /// Your progress could not be read, so it is not shown:
  case progressCouldNotBeRead
  /// After a wrong PIN or passphrase, the next try waits a little. Please wait {count} seconds…
  case gateWait(count: Int)
  /// {what} needs the educator passphrase. Type it (it is not shown as you type):
  case gateNeedsPassphrase(what: StyledText)
  /// passphrase:
  case gatePassphrasePrompt
  /// Nothing was done: no passphrase was typed.
  case gateNoPassphrase
  /// That is not the educator passphrase, so nothing was done. Ask the educator to type it.
  case gateWrongPassphrase
  /// To open the records for {name}, type that person's PIN or the educator passphrase. It is …
  case gateOpenInClinic(name: StyledText)
  /// {name}'s records are locked with a PIN. Type it (it is not shown as you type):
  case gateOpenWithPIN(name: StyledText)
  /// PIN:
  case gatePINPrompt
  /// Starting a teaching session
  case gateWhatStartingASession
  /// A session's record
  case gateWhatASessionsRecord
  /// Another learner's record
  case gateWhatAnotherRecord
  /// Another learner's identity
  case gateWhatAnotherIdentity
  /// Seeing every learner
  case gateWhatSeeingEveryone
  /// Resetting a PIN
  case gateWhatResettingAPIN
  /// Setting a learner's language
  case gateWhatSettingALanguage
  /// Your records are locked with a PIN. `pin off` removes it.
  case pinIsSet
  /// Your records have no PIN. `pin set` chooses one.
  case pinNoneSet
  /// Type `pin set` or `pin off` alone: the PIN is asked for next, without showing it.
  case pinHowToUse
  /// Choose a PIN of at least {shortest} numbers or letters. It is not shown as you type.
  case pinChoose(shortest: StyledText)
  /// new PIN:
  case pinNewPrompt
  /// No PIN was set.
  case pinNotSet
  /// That PIN is too short. Type `pin set` again and choose at least {shortest}.
  case pinTooShort(shortest: StyledText)
  /// Type it once more.
  case pinOnceMore
  /// again:
  case pinAgainPrompt
  /// The two did not match, so no PIN was set. Type `pin set` to try again.
  case pinDidNotMatch
  /// Your PIN is set. From now on, `learner {name}` asks for it before your records open. Type…
  case pinSetDone(name: StyledText)
  /// Your records have no PIN.
  case pinNone
  /// Type your PIN to remove it.
  case pinTypeToRemove
  /// Your PIN stays.
  case pinStays
  /// That PIN did not match, so it stays.
  case pinWrongSoItStays
  /// Your PIN is removed. Anyone at this computer can open your records now.
  case pinRemoved
  /// Whose PIN? Type `learner reset-pin` and the name.
  case pinResetWhose
  /// There is no learner called {name}. `learner` lists them.
  case pinResetNoSuchLearner(name: StyledText)
  /// {name} has no PIN.
  case pinResetHasNone(name: StyledText)
  /// {name}'s PIN is removed, and the record notes that the educator removed it. {name} can ch…
  case pinResetByEducator(name: StyledText)
  /// This removes {name}'s PIN, so anyone using this computer can open {name}'s records. Do th…
  case pinResetWarning(name: StyledText)
  /// Type yes to remove it, anything else to keep it.
  case pinResetConfirm
  /// remove?
  case pinResetPrompt
  /// The PIN stays.
  case pinResetStays
  /// {name}'s PIN is removed, and the reset is noted in the record. Open the records with `lea…
  case pinResetAtHome(name: StyledText)
  /// There is no learner called {name}. `learner` lists them.
  case learnerNoSuchName(name: StyledText)
  /// Teachback speaks English (`en`) and Spanish (`es`). For example: `learner language es`.
  case languageUnknownCode
  /// You learn in {language}. To change it, type `learner language es` (or `en`).
  case languageYours(language: StyledText)
  /// {name} learns in {language}. To change it, type `learner {name} language es` (or `en`).
  case languageTheirs(name: StyledText, language: StyledText)
  /// From now on you learn in {language}.
  case languageFromNow(language: StyledText)
  /// {name} will learn in {language}.
  case languageTheyWill(name: StyledText, language: StyledText)
  /// This content is only in {language}, so it stays in {language} here.
  case languageContentOnlyIn(language: StyledText)
  /// English
  case languageNameEnglish
  /// Spanish
  case languageNameSpanish
  /// Your choice of language could not be saved:
  case notSavedLanguage
  /// Phone: {value}
  case contactPhone(value: StyledText)
  /// Hours: {value}
  case contactHours(value: StyledText)
  /// Wrote the {format} record, readable only by you, to:   {file}
  case reportWritten(format: StyledText, file: StyledText)
  /// There is no session {id}. `session` shows the running one.
  case reportNoSuchSession(id: StyledText)
  /// Choose a learner with `--for NAME`.
  case reportChooseALearner
  /// There is no learner `{name}`. `learner` lists them.
  case reportNoSuchLearner(name: StyledText)
  /// There is no learner `{name}`. Did you mean `report --for "{suggestion}"`?
  case reportNoSuchLearnerDidYouMean(name: StyledText, suggestion: StyledText)
  /// There is no topic `{topic}`. Type `topics` to see them.
  case handoutNoSuchTopic(topic: StyledText)
  /// There is no path `{path}`.
  case handoutNoSuchPath(path: StyledText)
  /// Wrote a handout of {count} topics to:   {file}
  case handoutWritten(count: Int, file: StyledText)
  /// Open it in a web browser to print it.
  case handoutOpenHTML
  /// It is plain text; any text editor opens it.
  case handoutOpenMarkdown
  /// Clinic mode is on: each person's records open only with their PIN or the educator passphr…
  case clinicIsOn
  /// Clinic mode is off: this computer is used as at home. `clinic on` turns it on.
  case clinicIsOff
  /// Type `clinic on` or `clinic off` alone: the passphrase is asked for next, without showing…
  case clinicHowToUse
  /// Clinic mode is already on.
  case clinicAlreadyOn
  /// Choose the educator passphrase: {shortest} characters or more, a few words you will remem…
  case clinicChoosePassphrase(shortest: StyledText)
  /// Clinic mode is still off.
  case clinicStillOff
  /// That passphrase is too short, so clinic mode is still off. Type `clinic on` and choose {s…
  case clinicPassphraseTooShort(shortest: StyledText)
  /// The two did not match, so clinic mode is still off. Type `clinic on` to try again.
  case clinicDidNotMatch
  /// Clinic mode is on. From now on Teachback starts with no one's records open and shows no n…
  case clinicTurnedOn
  /// Clinic mode is not on.
  case clinicNotOn
  /// Type the educator passphrase to turn clinic mode off (it is not shown as you type):
  case clinicTypeToTurnOff
  /// Clinic mode stays on.
  case clinicStaysOn
  /// That is not the educator passphrase, so clinic mode stays on.
  case clinicWrongPassphrase
  /// Clinic mode is off: Teachback resumes the learner used last again, and lists everyone wit…
  case clinicTurnedOff
  /// A session with {names} is already running. End it with `session end`.
  case sessionAlreadyRunning(names: StyledText)
  /// No session was started.
  case sessionNotStarted
  /// Another Teachback on this computer has a teaching session open.
  case sessionOpenElsewhere
  /// Session started with {people}{plan}.
  case sessionStarted(people: StyledText, plan: StyledText)
  /// Reading is recorded for everyone here.
  case sessionRecordsEveryone
  /// Reading is recorded for everyone here; quizzes ask each learner in turn, each in their ow…
  case sessionRecordsEveryoneInTurn
  /// Type `note TEXT` to record an observation, `demo TOPIC passed` for a skill shown, and `se…
  case sessionHowToNote
  /// No teaching session is running. Educators can start one with `session start`.
  case sessionNoneRunning
  /// Session started at {time} by {educator}, with {people}.
  case sessionStatus(time: StyledText, educator: StyledText, people: StyledText)
  /// {count} notes so far. `session end` finishes it.
  case sessionNotesSoFar(count: Int)
  /// No teaching session is running.
  case sessionNoneToEnd
  /// Notes belong to a teaching session. Start one with `session start`.
  case noteNeedsASession
  /// Write the note after `note`, e.g. `note needs glasses`.
  case noteWhat
  /// The note was not saved.
  case noteNotSaved
  /// Write the note after the name, e.g. `note Rosa: needs glasses`.
  case noteWhatAfterName
  /// Noted about {name}.
  case notedAbout(name: StyledText)
  /// Noted for the whole session.
  case notedForTheSession
  /// , path: {path}
  case sessionPlanPath(path: StyledText)
  /// , topics: {topics}
  case sessionPlanTopics(topics: StyledText)
  /// Return demonstrations belong to a teaching session. Start one with `session start`.
  case demoNeedsASession
  /// The demonstration was not saved.
  case demoNotSaved
  /// Recorded demonstration {id}: {name} showed “{topic}” — {outcome}.
  case demoRecorded(id: StyledText, name: StyledText, topic: StyledText, outcome: StyledText)
  /// passed
  case demoPassed
  /// needs practice
  case demoNeedsPractice
  /// (corrected)
  case demoCorrected
  /// No return demonstrations in this session yet. For example: `demo flushing passed`.
  case demoNoneYet
  /// Nothing was changed.
  case amendNothingChanged
  /// Saved for {name}: {identity}.
  case amendIdentitySaved(name: StyledText, identity: StyledText)
  /// The earlier entry stays in the record, marked corrected.
  case amendEarlierStays
  /// There is no demonstration {id}. `demo` lists this session's.
  case amendNoSuchDemo(id: StyledText)
  /// Demonstration {id} was corrected already, by demonstration {later}. Amend that one: `amen…
  case amendDemoCorrectedAlready(id: StyledText, later: StyledText)
  /// Demonstration {id} corrected as {fixed}: {outcome}. The original stays in the record, mar…
  case amendDemoCorrected(id: StyledText, fixed: StyledText, outcome: StyledText)
  /// Review
  case quizTitleReview
  /// When to call: the safety questions
  case quizTitleRedFlags
  /// Which topic? For example `quiz parts`, `quiz red-flags`, or a path such as `quiz {example…
  case quizWhichTopic(example: StyledText)
  /// There is nothing called `{name}` to quiz on. Try a topic (`topics` lists them), a path, o…
  case quizNothingCalled(name: StyledText)
  /// There is nothing called `{name}` to quiz on. Did you mean `{suggestion}`?
  case quizNothingCalledDidYouMean(name: StyledText, suggestion: StyledText)
}

extension ShellMessage {
  /// The message in `language`.
  package func text(in language: Language) -> StyledText {
    switch language {
    case .english: return english
    case .spanish: return spanish
    }
  }

  private var english: StyledText {
    switch self {
    case .firstRunAskName:
      return "What name should I use for you? (Press Enter to learn as a guest.)"
    case .firstRunNamePrompt:
      return "your name> "
    case .firstRunNameAgain(let problem):
      return "\(problem) Please type your name again, or press Enter to learn as a guest."
    case .firstRunHello(let name):
      return "Hello, \(name). Your progress is saved on this computer."
    case .firstRunAsGuest(let guest):
      return """
        You are learning as \(guest). Your progress is saved on this computer. To use your own \
        name later, type `learner rename` and your name.
        """
    case .firstRunNotAdded:
      return "You could not be added as a learner: "
    case .learnerNameRule:
      return "A learner's name can have letters, numbers, spaces, ' \" - and . (up to 40)."
    case .learnerAskRole:
      return "Are you the patient, a parent or caregiver, or a nurse educator?"
    case .learnerAskRoleOf(let name):
      return "Is \(name) a patient, a parent or caregiver, or a nurse educator?"
    case .learnerRolePrompt:
      return "patient, parent or educator> "
    case .learnerRoleAgain:
      return "Please type patient, parent or educator (or `stop`)."
    case .yesOrNoPrompt:
      return "yes or no> "
    case .welcomeSharedComputer:
      return """
        This computer is shared, so each person's records are private. Type `learner` and your \
        name to open yours.
        """
    case .welcomeOpenRecords:
      return "Type `learner` and your name to open your records."
    case .welcomeCannotSave:
      return "Your progress cannot be saved this time, but you can read everything."
    case .welcomeFirstCommands:
      return "Type `topics` to see what you can read, or `help` for all commands."
    case .welcomeCallAnyTime:
      return "Worried about a symptom? Type `call` at any time."
    case .welcomeTabAndQuit:
      return "Press Tab to complete a word. Type `quit` or press Ctrl-D to leave."
    case .welcomeBack(let name):
      return "Welcome back, \(name). Your progress is saved on this computer."
    case .welcomeBackLearningAs(let name):
      return "Learning as \(name). Progress is saved on this computer."
    case .welcomeBackGuest(let name):
      return """
        You are learning as \(name): your progress is saved on this computer. To use your own \
        name, type `learner rename` and your name.
        """
    case .welcomeBackFinishedReading(let topic):
      return "Last time you finished reading “\(topic)”."
    case .welcomeBackWasReading(let topic, let section, let total):
      return "You were reading “\(topic)”, \(section) of \(total)."
    case .welcomeBackNext(let step):
      return "Next: \(step)"
    case .nextStepReview(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "type `review` to answer it."
      case .other:
        return "type `review` to answer them."
      }
    case .nextStepReviewWarningsFirst(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "type `review` to answer it, warning signs first."
      case .other:
        return "type `review` to answer them, warning signs first."
      }
    case .nextStepReadTopic(let topic):
      return "type `next` to read “\(topic)”."
    case .nextStepReadSection(let section, let topic):
      return "type `next` to read “\(section)” in “\(topic)”."
    case .nextStepPractise(let id, let topic):
      return "type `quiz \(id)` to practise “\(topic)”."
    case .nextStepAllDone:
      return "nothing for now: you have read everything. Type `progress` to see it."
    case .comesBackLaterToday:
      return "later today"
    case .comesBackTomorrow:
      return "tomorrow"
    case .comesBackInDays(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "in \(count) day"
      case .other:
        return "in \(count) days"
      }
    case .comesBackInAboutAWeek:
      return "in about a week"
    case .comesBackInAboutWeeks(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "in about \(count) week"
      case .other:
        return "in about \(count) weeks"
      }
    case .comesBackInAboutAMonth:
      return "in about a month"
    case .comesBackInAboutMonths(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "in about \(count) month"
      case .other:
        return "in about \(count) months"
      }
    case .comesBackInAboutAYear:
      return "in about a year"
    case .comesBackInAboutYears(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "in about \(count) year"
      case .other:
        return "in about \(count) years"
      }
    case .quizComesBack(let count, let when):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "This comes back for review \(when)."
      case .other:
        return "These come back for review \(when)."
      }
    case .quizComesBackFirstAndLast(let soonest, let latest):
      return "The first of these comes back for review \(soonest), the last \(latest)."
    case .nextReviewComesBack(let when):
      return "The next question comes back \(when)."
    case .nothingDueNextReview(let when):
      return "Nothing is due for review. \(when)"
    case .reviewsDue(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question is due for review."
      case .other:
        return "\(count) questions are due for review."
      }
    case .reviewsDueAllWarningSigns(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question about warning signs is due for review."
      case .other:
        return "\(count) questions about warning signs are due for review."
      }
    case .reviewsDueSomeWarningSigns(let count, let warningSigns):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question is due for review, \(warningSigns) of them about warning signs."
      case .other:
        return "\(count) questions are due for review, \(warningSigns) of them about warning signs."
      }
    case .questionsDue(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question is due"
      case .other:
        return "\(count) questions are due"
      }
    case .questionsDueAllWarningSigns(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question about warning signs is due"
      case .other:
        return "\(count) questions about warning signs are due"
      }
    case .helpCommandsHeading:
      return "Commands"
    case .helpForOneCommand:
      return "Type `help COMMAND` for more about one. Commands can be shortened: `t` for `topics`."
    case .helpAliases(let aliases):
      return "Also: \(aliases)."
    case .helpAmbiguous(let command, let choices):
      return "`\(command)` could mean \(choices)."
    case .helpUnknown(let command):
      return "There is no command `\(command)`. Type `help` to see them all."
    case .helpUnknownDidYouMean(let command, let suggestion):
      return "There is no command `\(command)`. Did you mean `\(suggestion)`?"
    case .commandSymptomsSummary:
      return "Check the signs that mean you should call your care team"
    case .commandSymptomsUsage:
      return "symptoms"
    case .commandSymptomsDetails:
      return """
        Asks about each warning sign, one at a time: the emergency signs first, then the\nsigns \
        that mean calling your care team right away, then anything else.\nAnswer yes or no. If you \
        are not sure, say so: that counts as a reason to call.\nIt never diagnoses. If you feel \
        very unwell, call your emergency number now.
        """
    case .commandTopicsSummary:
      return "List the topics, with what you have read"
    case .commandTopicsUsage:
      return "topics [PATH]"
    case .commandTopicsDetails:
      return """
        Each topic shows a mark: ✓ read, ◐ partly read, ○ not read yet.\n`topics home-care` shows \
        only the topics of that learning path.\nOpen one with `read` and its number or name, e.g. \
        `read 1` or `read parts`.
        """
    case .commandReadSummary:
      return "Read a topic, or one section of it"
    case .commandReadUsage:
      return "read TOPIC[#SECTION]"
    case .commandReadDetails:
      return """
        Name the topic by its number, its id, the start of its id, or words from its title:\n  \
        read 1            read parts          read what is a port\nAdd a section after #: `read \
        using-the-port#steps`. Tab completes ids.\nThen `next` and `back` move through the \
        sections.
        """
    case .commandShowSummary:
      return "Show a picture of the port, full width"
    case .commandShowUsage:
      return "show FIGURE"
    case .commandShowDetails:
      return """
        `show` alone lists the pictures. Name one by its id, or the start of it:\n  show \
        port-in-chest      show site\nTopics show their pictures as you read them, too. Tab \
        completes ids.
        """
    case .commandNextSummary:
      return "Go on: the next section, or what to do next and why"
    case .commandNextUsage:
      return "next"
    case .commandNextDetails:
      return """
        While you read a topic, `next` shows its next section, then the next topic\n(on your path, \
        if you chose one with `path`).\nOtherwise it suggests what to read or practise next, and \
        why.
        """
    case .commandBackSummary:
      return "Go back to the section before"
    case .commandBackUsage:
      return "back"
    case .commandSearchSummary:
      return "Find where the content talks about something"
    case .commandSearchUsage:
      return "search WORDS"
    case .commandSearchDetails:
      return """
        For example: `search flush`, `search fever`, `search how long does it last`.\nEach result \
        shows where it is (open it with `read`) and the words around the match.
        """
    case .commandQuizSummary:
      return "Check what you learned, teach-back style"
    case .commandQuizUsage:
      return "quiz [TOPIC|PATH|red-flags]"
    case .commandQuizDetails:
      return """
        Asks the questions of a topic (`quiz parts`), a learning path (`quiz home-care`),\nor the \
        safety questions about when to call (`quiz red-flags`).\nWith nothing after it, quizzes \
        the topic you are reading, or your path.\nWhile answering you can type `hint`, `skip`, \
        `reread` (show the part it asks about),\nor `stop`. A question you miss is explained, then \
        asked again later.
        """
    case .commandReviewSummary:
      return "Answer the questions that are due for review"
    case .commandReviewUsage:
      return "review"
    case .commandReviewDetails:
      return "Questions come back for review just as you might start to forget them."
    case .commandProgressSummary:
      return "See what you have read and how well you remember it"
    case .commandProgressUsage:
      return "progress"
    case .commandProgressDetails:
      return """
        For each topic: how many sections you have read, and how much of it you are likely \
        to\nremember now, from your quiz answers. Questions due for review are counted too.
        """
    case .commandPathSummary:
      return "See or choose your learning path"
    case .commandPathUsage:
      return "path [NAME]"
    case .commandPathDetails:
      return "A path is an ordered list of topics for one kind of reader. `next` follows it."
    case .commandLearnerSummary:
      return "Who is learning; switch, add, rename, close"
    case .commandLearnerUsage:
      return "learner [NAME|rename NAME|language CODE|close]"
    case .commandLearnerDetails:
      return """
        `learner` shows who is learning now and lists everyone on this computer, \
        numbered.\n`learner Sam` switches to Sam, or adds Sam (you will be asked the \
        role).\n`learner Sam parent` adds Sam with that role straight away.\nA name close to \
        someone's gets a \"did you mean\" first.\n`learner 2` switches to the second learner of \
        that list.\n`learner rename Maria` puts your progress under the name Maria.\nRoles: \
        patient, parent (or caregiver), educator.\n`learner close` closes your records when your \
        turn at the keyboard is over.\n`learner language es` makes Spanish your language (`en` for \
        English);\n`learner Sam language es` sets Sam's (in clinic mode, with the educator \
        passphrase).\nA learner with a PIN (`pin set`) is asked for it before their records \
        open.\n`learner reset-pin Sam` removes a PIN Sam forgot (in clinic mode, with the \
        educator\npassphrase).\nIn clinic mode (`clinic on`), `learner Sam` asks for Sam's PIN or \
        the educator\npassphrase first, and `learner everyone` lists everyone after the \
        passphrase.
        """
    case .commandPinSummary:
      return "Lock your records with a PIN, or unlock them"
    case .commandPinUsage:
      return "pin [set|off]"
    case .commandPinDetails:
      return """
        `pin set` chooses a PIN for your records: after that, `learner` and your name asks for \
        it.\n`pin off` removes it (you type it once more first). `pin` says whether you have \
        one.\nThe PIN is never shown as you type, and never kept: only a scrambled form of it \
        is.\nForgot it? `learner reset-pin NAME` removes it (in clinic mode, with the \
        educator\npassphrase).
        """
    case .commandHistorySummary:
      return "See what you did recently"
    case .commandHistoryUsage:
      return "history"
    case .commandForgetSummary:
      return "Erase your progress on a topic, or all of it"
    case .commandForgetUsage:
      return "forget TOPIC|all"
    case .commandForgetDetails:
      return "Asks before erasing. What is erased cannot be brought back."
    case .commandSessionSummary:
      return "Run a teaching session (for nurse educators): start, end, or see it"
    case .commandSessionUsage:
      return "session [start|end]"
    case .commandSessionDetails:
      return """
        `session start` asks for the educator's name, who is learning (a name and role on \
        each\nline, or several with commas: `Rosa Martinez patient, Luis Martinez spouse`) and \
        the\nplan (a path or topics). Roles: patient, parent, spouse, caregiver, other, \
        educator.\nWhile it runs, reading is recorded for everyone present, quizzes ask each \
        learner\nin turn (each in their own order), and `note TEXT` records observations for \
        the\nwhole session, or `note NAME: TEXT` about one learner (full name, first name, or\nthe \
        start of a name: `note Rosa: needs glasses`). For each patient it asks the\nMRN and date \
        of birth; `demo TOPIC passed|needs-practice` records a skill shown,\nand `amend` corrects \
        either, keeping the original.\n`session end` prints the summary for the chart; `report` \
        writes it to a file.
        """
    case .commandNoteSummary:
      return "Record an observation in the teaching session"
    case .commandNoteUsage:
      return "note [NAME:] TEXT"
    case .commandNoteDetails:
      return """
        For example `note prefers short sessions` (the whole session) or\n`note Rosa: prefers \
        Spanish` (one learner: full name, first name or the start of a name).
        """
    case .commandDemoSummary:
      return "Record a return demonstration: a learner showing a skill (for educators)"
    case .commandDemoUsage:
      return "demo [NAME:] TOPIC passed|needs-practice [NOTE]"
    case .commandDemoDetails:
      return """
        For example `demo flushing passed` or `demo Luis: flushing needs-practice pushed too \
        hard`.\nIn a session with several learners, name who showed it (first name or the start of \
        a\nname will do). `demo` alone lists this session's demonstrations with their numbers.
        """
    case .commandAmendSummary:
      return "Correct a patient's identity or a return demonstration, keeping the original"
    case .commandAmendUsage:
      return "amend identity [NAME] | amend demo N …"
    case .commandAmendDetails:
      return """
        The original stays in the records, with who changed it and when.\n`amend identity Rosa` \
        asks again for the MRN, who issued it and the date of birth\n(Enter keeps each). `amend \
        demo 2 passed` corrects demonstration 2 (`demo` lists them).
        """
    case .commandReportSummary:
      return "Write an education record for the chart"
    case .commandReportUsage:
      return "report [--for NAME|--session ID] [--format F] [--out FILE]"
    case .commandReportDetails:
      return """
        Without --for or --session: the running session, else the current learner.\nPut a name \
        with spaces in quotes: `report --for \"Sam Lee\"`.\nFormats (F): md (Markdown), html \
        (printable), json, csv (one row per learner and\ntopic), fhir (FHIR R4 Questionnaire and \
        QuestionnaireResponse). Without --format the\nfile's ending decides (`--out sam.html` is \
        HTML); with neither, the record is shown here.\nFiles are written so that only you can \
        read them.
        """
    case .commandHandoutSummary:
      return "Make a printable handout of topics, ending with when to call"
    case .commandHandoutUsage:
      return "handout [TOPIC…] [--path NAME] [--format F] [--out FILE]"
    case .commandHandoutDetails:
      return """
        Without topics or --path: your path's topics, else every topic.\nF is html (default; open \
        it in a browser to print) or md. Default file: handout.html.
        """
    case .commandClinicSummary:
      return "Keep each person's records private on a shared computer"
    case .commandClinicUsage:
      return "clinic [on|off]"
    case .commandClinicDetails:
      return """
        `clinic on` is for a computer many patients use. You choose an educator passphrase; \
        then\nTeachback starts with no one's records open, shows no names, and opens a \
        person's\nrecords only with their PIN or the educator passphrase. Seeing, switching to \
        or\nreporting on someone else, and starting a teaching session, need the \
        passphrase.\n`clinic off` (with the passphrase) goes back to home use. `clinic` says which \
        is on.\nSee docs/privacy.md for what this protects and what it does not.
        """
    case .commandHelpSummary:
      return "Show the commands, or how to use one"
    case .commandHelpUsage:
      return "help [COMMAND]"
    case .commandHelpDetails:
      return "Type `help read` to learn more about `read`."
    case .commandClearSummary:
      return "Clear the screen"
    case .commandClearUsage:
      return "clear"
    case .commandQuitSummary:
      return "Leave Teachback (your progress is already saved)"
    case .commandQuitUsage:
      return "quit"
    case .quizPosition(let number, let total):
      return "Question \(number) of \(total)"
    case .quizPositionRetry(let number, let total):
      return "Question \(number) of \(total) (second try)"
    case .answerOneLetter(let letters):
      return "Answer with one letter, \(letters), or in your own words."
    case .answerEveryLetter:
      return "Answer with every letter that applies, for example “a c”."
    case .answerTrueOrFalse:
      return "Answer true or false."
    case .answerInOrder(let example):
      return "Put the steps in order with their letters, for example “\(example)”."
    case .answerInWords:
      return "Answer in a few words."
    case .unreadableNeedsOneLetter(let letters):
      return "Please answer with one letter, \(letters), or the words of one choice."
    case .unreadableNeedsLetters(let letters):
      return "Please answer with the letters of every right choice (\(letters)), for example “a c”."
    case .unreadableNeedsTrueOrFalse:
      return "Please answer true or false (yes or no also works), or say “I don't know”."
    case .unreadableNeedsEveryStep(let steps, let example):
      return "Please give all \(steps) steps in order, each letter once, for example “\(example)”."
    case .unreadableFitsSeveral(let choices):
      return "That fits more than one choice: \(choices). Which one did you mean? Type its letter."
    case .unreadableNeedsWords:
      return "Please type your answer in a few words."
    case .quizOver:
      return "The quiz is over."
    case .confirmRight:
      return "Right."
    case .confirmRightAs(let words):
      return "Right — “\(words)”."
    case .confirmRightThisTime:
      return "Right this time."
    case .confirmRightThisTimeAs(let words):
      return "Right this time — “\(words)”."
    case .answerTrue:
      return "true"
    case .answerFalse:
      return "false"
    case .didNotKnowAnswer(let answer):
      return "That's OK — here is the answer: \(answer)"
    case .hintNone:
      return "There is no hint for this question."
    case .headlineFirstTime(let right, let answered):
      return "\(right) of \(answered) right the first time"
    case .headlineSecondTry(let count):
      return "\(count) on the second try"
    case .headlineMissed(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) missed"
      case .other:
        return "\(count) missed"
      }
    case .headlineNotKnown(let count):
      return "\(count) not known yet"
    case .headlineSkipped(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) skipped"
      case .other:
        return "\(count) skipped"
      }
    case .headlineNotAsked(let count):
      return "\(count) not asked"
    case .reasonRead(let section, let topic):
      return "Read “\(section)” in “\(topic)”: it is the next part you have not read yet."
    case .reasonReview(let due, let warningSigns):
      return """
        Review: \(due)\(warningSigns). Answering now, just as memory starts to fade, makes it last \
        longer.
        """
    case .reasonReviewWarningSigns(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return ", \(count) of them about warning signs (it comes first)"
      case .other:
        return ", \(count) of them about warning signs (they come first)"
      }
    case .reasonPractise(let topic, let percent):
      return "Practise “\(topic)”: it is your least secure topic (\(percent)% remembered)."
    case .reasonAllDone:
      return "All done for now: you have read everything and nothing is due for review."
    case .errorUnknownTopic(let id):
      return """
        There is no topic “\(id)” in this bundle; check the spelling against the list of topics.
        """
    case .errorUnknownPath(let id):
      return """
        There is no learning path “\(id)” in this bundle; check the spelling against the list of \
        paths.
        """
    case .quizNothingDue(let when):
      return """
        Nothing is due for review right now. Well done.\(when) Type `progress` to see where you \
        are.
        """
    case .quizNoQuestions(let title):
      return "There are no questions for \(title) yet."
    case .quizTitle(let title):
      return "Quiz: \(title)"
    case .quizIntro(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question."
      case .other:
        return "\(count) questions."
      }
    case .quizIntroGroup(let count, let names):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question for each of \(names), in turn."
      case .other:
        return "\(count) questions for each of \(names), in turn."
      }
    case .quizHowToAnswer:
      return "Type your answer, or `hint`, `skip`, `reread` or `stop`."
    case .quizTurn(let name):
      return "\(name)'s turn"
    case .quizAnswerPrompt:
      return "answer> "
    case .quizSkippedByInterrupt:
      return "Skipped. (Ctrl-C leaves the question; type `stop` to end the quiz.)"
    case .quizHint:
      return "Hint: "
    case .quizSkipped:
      return "Skipped."
    case .quizNotQuite:
      return "Not quite."
    case .quizTheAnswerIs(let answer):
      return "The answer is: \(answer)"
    case .quizComesBackLater:
      return "This question will come back later in the quiz."
    case .quizNoLongerSaved:
      return "The quiz goes on, but your answers are no longer saved."
    case .quizNoSectionToReread:
      return "This question has no section to reread."
    case .quizFinished:
      return "Quiz finished"
    case .quizFinishedFor(let name):
      return "Quiz finished for \(name)"
    case .quizStoppedEarly:
      return "(stopped early)"
    case .quizGoOverAgain:
      return "To go over again:"
    case .quizWellDone:
      return "Well done."
    case .quizWellDoneComesBack(let when):
      return "Well done. \(when) Type `review` then."
    case .listingAnd:
      return "and"
    case .listingOr:
      return "or"
    case .callTitle:
      return "When to call your care team"
    case .callIntro(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return """
          I will ask about \(count) thing, one at a time. Answer yes or no. If you are not sure, \
          say so: that is a reason to call.
          """
      case .other:
        return """
          I will ask about \(count) things, one at a time. Answer yes or no. If you are not sure, \
          say so: that is a reason to call.
          """
      }
    case .callHowToStop:
      return "Type `stop` to leave the check. This does not diagnose anything."
    case .callQuestionNumber(let number, let total):
      return "\(number) of \(total)."
    case .callAskAgain(let sign):
      return """
        I am not sure what you mean. Is this happening now: \(sign)? Type yes or no. If you are \
        not sure, type yes.
        """
    case .callForAChild(let question):
      return "(For a child: \(question))"
    case .callAllNo:
      return "You said no to every sign."
    case .callNoFeverLimit(let typed):
      return "You typed \(typed). No temperature limit is set here, so treat it as a fever."
    case .callAboveFeverLimit(let typed, let limit):
      return "You typed \(typed). Your care team's limit is \(limit)."
    case .callBelowFeverLimit(let typed, let limit):
      return """
        \(typed) is below your care team's limit of \(limit). If it reaches the limit, or you are \
        worried, call your care team.
        """
    case .callLeftEarly:
      return "You left the check. Type `call` to start it again."
    case .callBoxEmergencyTitle:
      return "Call your local emergency number now"
    case .callBoxSaidYesTo(let signs):
      return "You said yes to: \(signs)."
    case .callBoxLeftEarlyTitle:
      return "If something worries you, call"
    case .callBoxNotFinished:
      return "The check was not finished. It is always OK to call your care team."
    case .callBoxCareTeamTitle:
      return "Call your care team now, day or night"
    case .callBoxSomethingElse:
      return "Something else"
    case .callBoxSaidYesToList:
      return "You said yes to:"
    case .callBoxNotSureAbout(let signs):
      return "You were not sure about: \(signs)."
    case .callBoxNoNeedToBeSure:
      return "You do not need to be sure — calling is the right thing to do."
    case .callBoxBreathing:
      return """
        If breathing is hard, there is chest pain, or someone faints, call your emergency number \
        now.
        """
    case .callBoxNoCallTitle:
      return "If something still worries you"
    case .callBoxAlwaysOK:
      return "It is always OK to call your care team if you are worried."
    case .callBoxTellTheNurse:
      return "Tell the nurse"
    case .callBoxTellTheNurseAboutAChild:
      return """
        that your child has an implanted port, which signs you see and when they started, and \
        their temperature if you took it.
        """
    case .callBoxTellTheNurseAboutYou:
      return """
        that you have an implanted port, which signs you see and when they started, and your \
        temperature if you took it.
        """
    case .callBoxEmergencyNumber:
      return "Emergency number:"
    case .callBoxNoContact:
      return "No contact details are set up here."
    case .callBoxYourCareTeam:
      return "Your care team"
    case .topicsNoPath(let id):
      return "There is no learning path `\(id)`. Type `path` to see the paths."
    case .topicsNoPathDidYouMean(let id, let suggestion):
      return "There is no learning path `\(id)`. Did you mean `\(suggestion)`?"
    case .topicsKey:
      return "✓ read   ◐ partly read   ○ not read yet"
    case .topicsHowToOpen:
      return "Type `read` and a number or name to open a topic, e.g. `read 1`."
    case .readingStateUnread:
      return "not read yet"
    case .readingStatePartly(let read, let total):
      return "partly read, \(read) of \(total) sections"
    case .readingStateRead:
      return "read"
    case .readWhichTopic:
      return "Which topic? For example `read 1`. Type `topics` to see them all."
    case .readAmbiguous(let reference, let choices):
      return "More than one topic fits `\(reference)`: \(choices)."
    case .readNoTopic(let reference):
      return "There is no topic `\(reference)`. Type `topics` to see them all."
    case .readNoTopicDidYouMean(let reference, let suggestion):
      return "There is no topic `\(reference)`. Did you mean `\(suggestion)`?"
    case .readNoSection(let topic):
      return """
        The topic `\(topic)` has no section like that. Type `read \(topic)` to start at the \
        beginning.
        """
    case .readNoSectionDidYouMean(let topic, let suggestion):
      return "The topic `\(topic)` has no section like that. Did you mean `\(suggestion)`?"
    case .readLastTopic:
      return "That was the last topic."
    case .readNotOpenedYet:
      return "You have not opened a topic yet. Try `read 1`."
    case .readFirstSection:
      return "This is the first section of the first topic."
    case .readSectionPlain(let number, let total, let title):
      return "Section \(number) of \(total): \(title)"
    case .readSectionOf(let number, let total):
      return "\(number) of \(total)"
    case .readTopicPlain(let title):
      return "Topic: \(title)"
    case .footerNextSection(let next):
      return "Type `next` for “\(next)”, or `back` to go back."
    case .footerEndQuizNextTopic(let topic, let next):
      return """
        That is the end of “\(topic)”. Type `quiz` to check what you learned, or type `next` for \
        the next topic: “\(next)”.
        """
    case .footerEndNextTopic(let topic, let next):
      return "That is the end of “\(topic)”. Type `next` for the next topic: “\(next)”."
    case .footerEndQuiz(let topic):
      return """
        That is the end of “\(topic)”. Type `quiz` to check what you learned, or type `next` to \
        see what to do next.
        """
    case .footerEnd(let topic):
      return "That is the end of “\(topic)”. Type `next` to see what to do next."
    case .recommendReview:
      return "Type `review` to start."
    case .recommendPractise(let id):
      return "Type `quiz \(id)` to practise it."
    case .searchWhat:
      return "What should I look for? For example `search flush`."
    case .searchNothingDidYouMean(let query, let suggestion):
      return "Nothing matched “\(query)”. Did you mean “\(suggestion)”?"
    case .searchNothing(let query):
      return "Nothing matched “\(query)”. Try other words, or type `topics` to browse."
    case .searchFound(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "Found in \(count) place, best first:"
      case .other:
        return "Found in \(count) places, best first:"
      }
    case .showNoPicture(let reference):
      return "There is no picture `\(reference)`. Type `show` to see them all."
    case .showNoPictureDidYouMean(let reference, let suggestion):
      return "There is no picture `\(reference)`. Did you mean `\(suggestion)`?"
    case .showAmbiguous(let reference, let choices):
      return "More than one picture fits `\(reference)`: \(choices)."
    case .showNoPictures:
      return "This bundle has no pictures to show."
    case .showPicturesHeading:
      return "Pictures"
    case .showHowTo(let id):
      return "Type `show` and a picture's name to see it, e.g. `show \(id)`."
    case .progressHeading(let name):
      return "Progress for \(name)"
    case .progressHeadingSession:
      return "Progress for this session"
    case .progressHeadingPath(let path):
      return "— path: \(path)"
    case .progressNotSaved:
      return "Progress is not being saved this time."
    case .progressColumns:
      return "Read          Remembered"
    case .progressNoQuestions:
      return "no questions"
    case .progressDue(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) due"
      case .other:
        return "\(count) due"
      }
    case .progressDueForReview(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) question is due for review: type `review`."
      case .other:
        return "\(count) questions are due for review: type `review`."
      }
    case .progressWhatNext:
      return "Type `next` to see what to do next."
    case .progressPlainRead(let read, let total):
      return "read \(read) of \(total) sections"
    case .progressPlainNoAnswers:
      return "no questions answered yet"
    case .progressPlainRemembered(let percent):
      return "remembered about \(percent)"
    case .progressPlainDue(let count):
      return "\(count) due for review"
    case .rolePatient:
      return "patient"
    case .roleCaregiver:
      return "parent or caregiver"
    case .roleEducator:
      return "nurse educator"
    case .learnerWrongPINOrPassphrase:
      return """
        That PIN or passphrase did not match, so no records were opened. Check it and type \
        `learner NAME` again.
        """
    case .learnerNoRecordsOpened:
      return "No records were opened."
    case .learnerDidYouMean(let name, let near, let nearName):
      return """
        There is no learner called \(name). Did you mean \(near)? Type yes to switch to \
        \(nearName), or no to add \(name) as a new learner.
        """
    case .learnerNoneAdded:
      return "No learner was added."
    case .learnerIsTheGuestYou(let guest, let name):
      return """
        You have been learning as \(guest). Is \(name) you? Type yes to keep your progress under \
        the name \(name), or no to add \(name) as someone new.
        """
    case .learnerAdded(let name, let role):
      return "Added \(name), \(role)."
    case .learnerCloseDuringSession:
      return "A teaching session is running. End it first with `session end`."
    case .learnerClosed:
      return "Your records are closed. The next person can type `learner` and their name."
    case .learnerCloseNobodyOpen:
      return "No one's records are open. The next person can type `learner` and their name."
    case .learnerWrongPIN(let name):
      return """
        That PIN did not match, so \(name)'s records were not opened. A forgotten PIN can be \
        removed with `learner reset-pin \(name)`.
        """
    case .learnerRenameToWhat:
      return "Rename to what? Type `learner rename` and the new name, e.g. `learner rename Maria`."
    case .learnerNameCannotBeUsed:
      return "That name cannot be used here. Choose another name."
    case .learnerNameTaken(let name):
      return """
        There is already a learner called \(name). Choose another name, or type `learner \(name)` \
        to switch to them.
        """
    case .learnerRenamed(let name, let before):
      return """
        Done: your progress is now under the name \(name). Everything you read and answered as \
        \(before) is kept.
        """
    case .learnerStillGuest(let name):
      return "Nothing was changed: you are still learning as \(name)."
    case .learnerNoneYet:
      return "There are no learners yet. Add one with `learner NAME`."
    case .learnerNoSuchNumber(let count, let number):
      switch PluralCategory(count, in: .english) {
      case .one:
        return """
          There is no learner number \(number): there is \(count). Type `learner` to see them.
          """
      case .other:
        return """
          There is no learner number \(number): there are \(count). Type `learner` to see them.
          """
      }
    case .learnerYouAre(let name, let role):
      return "You are learning as \(name) (\(role))."
    case .learnerNobodyOpen:
      return "No one's records are open. Type `learner` and your name to open yours."
    case .learnerSharedComputer:
      return """
        This computer is shared, so no one else is shown. Type `learner close` when you are done.
        """
    case .learnerNoOneElse:
      return "No one else is learning on this computer. Add someone with `learner NAME`."
    case .learnerOnThisComputer:
      return "On this computer:"
    case .learnerLearningNow:
      return "— learning now"
    case .learnerHowToSwitch:
      return "Switch with `learner NAME` or `learner NUMBER`."
    case .learnerSwitched(let name, let path):
      return """
        You are now learning as \(name)\(path). Your reading and answers are saved under this \
        name.
        """
    case .learnerPathSuffix(let path):
      return ", path: \(path)"
    case .pathYours(let title, let id):
      return "Your path: \(title) (`\(id)`)."
    case .pathNoneChosen:
      return "You have not chosen a path yet, so `next` goes through every topic in order."
    case .pathHowToChoose(let example):
      return "Choose one with `path NAME`, e.g. `path \(example)`."
    case .pathNoSuch(let path):
      return "There is no path `\(path)`. Type `path` to see them."
    case .pathNoSuchDidYouMean(let path, let suggestion):
      return "There is no path `\(path)`. Did you mean `\(suggestion)`?"
    case .pathChosen(let count, let title):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "Your path is now \(title): \(count) topic. Type `next` to begin."
      case .other:
        return "Your path is now \(title): \(count) topics. Type `next` to begin."
      }
    case .historyNothingYet:
      return "Nothing yet. Read a topic with `read 1`, or try a quiz."
    case .historyHeading:
      return "Recently, newest first"
    case .historyPINSet:
      return "a PIN was set for these records"
    case .historyPINRemoved:
      return "the PIN was removed"
    case .historyPINResetByEducator:
      return "the PIN was removed by the educator"
    case .historyPINResetAtHome:
      return "the PIN was removed after it was forgotten"
    case .historyWrongPIN:
      return "a wrong PIN was typed for these records"
    case .historyRecordsOpened:
      return "records opened"
    case .historyOpened(let topic):
      return "opened “\(topic)”"
    case .historyRead(let section):
      return "read “\(section)”"
    case .historyReadIn(let section, let topic):
      return "read “\(section)” in “\(topic)”"
    case .historyATopic:
      return "a topic"
    case .historyASection:
      return "a section"
    case .historyAQuestion:
      return "a question"
    case .historyDidNotKnow:
      return "did not know"
    case .historyRight:
      return "right"
    case .historyMissed:
      return "missed"
    case .forgetNoLearner:
      return "There is no learner to erase progress for."
    case .forgetWhat:
      return "Forget what? Type `forget TOPIC` for one topic, or `forget all`."
    case .forgetNoTopic(let topic):
      return "There is no topic `\(topic)`."
    case .forgetNoTopicDidYouMean(let topic, let suggestion):
      return "There is no topic `\(topic)`. Did you mean `\(suggestion)`?"
    case .forgetAmbiguous(let choices):
      return "More than one topic fits: \(choices)."
    case .forgetWhatYoursTopic(let topic):
      return "your reading and answers for “\(topic)”"
    case .forgetWhatTheirsTopic(let name, let topic):
      return "\(name)'s reading and answers for “\(topic)”"
    case .forgetWhatYoursAll:
      return "all of your reading and answers"
    case .forgetWhatTheirsAll(let name):
      return "all of \(name)'s reading and answers"
    case .forgetConfirm(let what):
      return """
        This erases \(what). It cannot be undone. Type yes to erase, anything else to keep it.
        """
    case .forgetPrompt:
      return "erase? "
    case .forgetNothingErased:
      return "Nothing was erased."
    case .forgetErased:
      return "Erased."
    case .lineTooLong(let characters):
      return "That line is too long (\(characters) characters). Commands are short: try `help`."
    case .commandAmbiguous(let command, let choices):
      return "`\(command)` could mean \(choices). Type a few more letters."
    case .commandUnknown(let command):
      return "There is no command `\(command)`. Type `help` to see what you can do."
    case .commandUnknownDidYouMean(let command, let suggestion):
      return "There is no command `\(command)`. Did you mean `\(suggestion)`?"
    case .wordsWorried:
      return """
        It is normal to feel scared about a port. You are not alone: your care team expects \
        questions, and no question is too small.
        """
    case .wordsNoAnswer:
      return "I don't have an answer to that here. Please ask your care team."
    case .wordsHereIsWhere:
      return "Here is where this guide talks about that:"
    case .wordsSymptom:
      return """
        If this is happening now, type `call` for the when-to-call check, or call your care team.
        """
    case .errorUnexpected:
      return """
        Something went wrong that Teachback did not expect. Nothing you saved before is lost; \
        please try again.
        """
    case .errorNotSavingThisTime:
      return "Progress is not being saved this time, so there is nothing to show or change."
    case .errorChooseALearner:
      return "Choose a learner first with `learner NAME`."
    case .notSavedReading:
      return "Your reading of this section could not be saved: "
    case .notSavedOpening:
      return "Opening this topic could not be saved: "
    case .notSavedAnswerBecause:
      return "This answer was not saved: "
    case .notSavedAnswer:
      return "This answer could not be saved: "
    case .notSavedShort:
      return "(Not saved.)"
    case .progressCouldNotBeRead:
      return "Your progress could not be read, so it is not shown: "
    case .gateWait(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return """
          After a wrong PIN or passphrase, the next try waits a little. Please wait \(count) \
          second…
          """
      case .other:
        return """
          After a wrong PIN or passphrase, the next try waits a little. Please wait \(count) \
          seconds…
          """
      }
    case .gateNeedsPassphrase(let what):
      return "\(what) needs the educator passphrase. Type it (it is not shown as you type):"
    case .gatePassphrasePrompt:
      return "passphrase: "
    case .gateNoPassphrase:
      return "Nothing was done: no passphrase was typed."
    case .gateWrongPassphrase:
      return """
        That is not the educator passphrase, so nothing was done. Ask the educator to type it.
        """
    case .gateOpenInClinic(let name):
      return """
        To open the records for \(name), type that person's PIN or the educator passphrase. It is \
        not shown as you type.
        """
    case .gateOpenWithPIN(let name):
      return "\(name)'s records are locked with a PIN. Type it (it is not shown as you type):"
    case .gatePINPrompt:
      return "PIN: "
    case .gateWhatStartingASession:
      return "Starting a teaching session"
    case .gateWhatASessionsRecord:
      return "A session's record"
    case .gateWhatAnotherRecord:
      return "Another learner's record"
    case .gateWhatAnotherIdentity:
      return "Another learner's identity"
    case .gateWhatSeeingEveryone:
      return "Seeing every learner"
    case .gateWhatResettingAPIN:
      return "Resetting a PIN"
    case .gateWhatSettingALanguage:
      return "Setting a learner's language"
    case .pinIsSet:
      return "Your records are locked with a PIN. `pin off` removes it."
    case .pinNoneSet:
      return "Your records have no PIN. `pin set` chooses one."
    case .pinHowToUse:
      return "Type `pin set` or `pin off` alone: the PIN is asked for next, without showing it."
    case .pinChoose(let shortest):
      return "Choose a PIN of at least \(shortest) numbers or letters. It is not shown as you type."
    case .pinNewPrompt:
      return "new PIN: "
    case .pinNotSet:
      return "No PIN was set."
    case .pinTooShort(let shortest):
      return "That PIN is too short. Type `pin set` again and choose at least \(shortest)."
    case .pinOnceMore:
      return "Type it once more."
    case .pinAgainPrompt:
      return "again: "
    case .pinDidNotMatch:
      return "The two did not match, so no PIN was set. Type `pin set` to try again."
    case .pinSetDone(let name):
      return """
        Your PIN is set. From now on, `learner \(name)` asks for it before your records open. Type \
        `learner close` when you are done.
        """
    case .pinNone:
      return "Your records have no PIN."
    case .pinTypeToRemove:
      return "Type your PIN to remove it."
    case .pinStays:
      return "Your PIN stays."
    case .pinWrongSoItStays:
      return "That PIN did not match, so it stays."
    case .pinRemoved:
      return "Your PIN is removed. Anyone at this computer can open your records now."
    case .pinResetWhose:
      return "Whose PIN? Type `learner reset-pin` and the name."
    case .pinResetNoSuchLearner(let name):
      return "There is no learner called \(name). `learner` lists them."
    case .pinResetHasNone(let name):
      return "\(name) has no PIN."
    case .pinResetByEducator(let name):
      return """
        \(name)'s PIN is removed, and the record notes that the educator removed it. \(name) can \
        choose a new one with `pin set`.
        """
    case .pinResetWarning(let name):
      return """
        This removes \(name)'s PIN, so anyone using this computer can open \(name)'s records. Do \
        this only for \(name), who forgot it.
        """
    case .pinResetConfirm:
      return "Type yes to remove it, anything else to keep it."
    case .pinResetPrompt:
      return "remove? "
    case .pinResetStays:
      return "The PIN stays."
    case .pinResetAtHome(let name):
      return """
        \(name)'s PIN is removed, and the reset is noted in the record. Open the records with \
        `learner \(name)`, then choose a new PIN with `pin set`.
        """
    case .learnerNoSuchName(let name):
      return "There is no learner called \(name). `learner` lists them."
    case .languageUnknownCode:
      return """
        Teachback speaks English (`en`) and Spanish (`es`). For example: `learner language es`.
        """
    case .languageYours(let language):
      return "You learn in \(language). To change it, type `learner language es` (or `en`)."
    case .languageTheirs(let name, let language):
      return """
        \(name) learns in \(language). To change it, type `learner \(name) language es` (or `en`).
        """
    case .languageFromNow(let language):
      return "From now on you learn in \(language)."
    case .languageTheyWill(let name, let language):
      return "\(name) will learn in \(language)."
    case .languageContentOnlyIn(let language):
      return "This content is only in \(language), so it stays in \(language) here."
    case .languageNameEnglish:
      return "English"
    case .languageNameSpanish:
      return "Spanish"
    case .notSavedLanguage:
      return "Your choice of language could not be saved: "
    case .contactPhone(let value):
      return "Phone: \(value)"
    case .contactHours(let value):
      return "Hours: \(value)"
    case .reportWritten(let format, let file):
      return "Wrote the \(format) record, readable only by you, to:\n  \(file)"
    case .reportNoSuchSession(let id):
      return "There is no session \(id). `session` shows the running one."
    case .reportChooseALearner:
      return "Choose a learner with `--for NAME`."
    case .reportNoSuchLearner(let name):
      return "There is no learner `\(name)`. `learner` lists them."
    case .reportNoSuchLearnerDidYouMean(let name, let suggestion):
      return "There is no learner `\(name)`. Did you mean `report --for \"\(suggestion)\"`?"
    case .handoutNoSuchTopic(let topic):
      return "There is no topic `\(topic)`. Type `topics` to see them."
    case .handoutNoSuchPath(let path):
      return "There is no path `\(path)`."
    case .handoutWritten(let count, let file):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "Wrote a handout of \(count) topic to:\n  \(file)"
      case .other:
        return "Wrote a handout of \(count) topics to:\n  \(file)"
      }
    case .handoutOpenHTML:
      return "Open it in a web browser to print it."
    case .handoutOpenMarkdown:
      return "It is plain text; any text editor opens it."
    case .clinicIsOn:
      return """
        Clinic mode is on: each person's records open only with their PIN or the educator \
        passphrase. `clinic off` turns it off.
        """
    case .clinicIsOff:
      return "Clinic mode is off: this computer is used as at home. `clinic on` turns it on."
    case .clinicHowToUse:
      return """
        Type `clinic on` or `clinic off` alone: the passphrase is asked for next, without showing \
        it.
        """
    case .clinicAlreadyOn:
      return "Clinic mode is already on."
    case .clinicChoosePassphrase(let shortest):
      return """
        Choose the educator passphrase: \(shortest) characters or more, a few words you will \
        remember. It is not shown as you type, and it cannot be recovered, so keep it somewhere \
        safe.
        """
    case .clinicStillOff:
      return "Clinic mode is still off."
    case .clinicPassphraseTooShort(let shortest):
      return """
        That passphrase is too short, so clinic mode is still off. Type `clinic on` and choose \
        \(shortest) characters or more.
        """
    case .clinicDidNotMatch:
      return "The two did not match, so clinic mode is still off. Type `clinic on` to try again."
    case .clinicTurnedOn:
      return """
        Clinic mode is on. From now on Teachback starts with no one's records open and shows no \
        names until a PIN or the educator passphrase is typed. When a person's turn is over, type \
        `learner close`.
        """
    case .clinicNotOn:
      return "Clinic mode is not on."
    case .clinicTypeToTurnOff:
      return "Type the educator passphrase to turn clinic mode off (it is not shown as you type):"
    case .clinicStaysOn:
      return "Clinic mode stays on."
    case .clinicWrongPassphrase:
      return "That is not the educator passphrase, so clinic mode stays on."
    case .clinicTurnedOff:
      return """
        Clinic mode is off: Teachback resumes the learner used last again, and lists everyone with \
        `learner`. PINs that were set stay.
        """
    case .sessionAlreadyRunning(let names):
      return "A session with \(names) is already running. End it with `session end`."
    case .sessionNotStarted:
      return "No session was started."
    case .sessionOpenElsewhere:
      return "Another Teachback on this computer has a teaching session open."
    case .sessionStarted(let people, let plan):
      return "Session started with \(people)\(plan)."
    case .sessionRecordsEveryone:
      return "Reading is recorded for everyone here."
    case .sessionRecordsEveryoneInTurn:
      return """
        Reading is recorded for everyone here; quizzes ask each learner in turn, each in their own \
        order.
        """
    case .sessionHowToNote:
      return """
        Type `note TEXT` to record an observation, `demo TOPIC passed` for a skill shown, and \
        `session end` to finish with a summary.
        """
    case .sessionNoneRunning:
      return "No teaching session is running. Educators can start one with `session start`."
    case .sessionStatus(let time, let educator, let people):
      return "Session started at \(time) by \(educator), with \(people)."
    case .sessionNotesSoFar(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "\(count) note so far. `session end` finishes it."
      case .other:
        return "\(count) notes so far. `session end` finishes it."
      }
    case .sessionNoneToEnd:
      return "No teaching session is running."
    case .noteNeedsASession:
      return "Notes belong to a teaching session. Start one with `session start`."
    case .noteWhat:
      return "Write the note after `note`, e.g. `note needs glasses`."
    case .noteNotSaved:
      return "The note was not saved."
    case .noteWhatAfterName:
      return "Write the note after the name, e.g. `note Rosa: needs glasses`."
    case .notedAbout(let name):
      return "Noted about \(name)."
    case .notedForTheSession:
      return "Noted for the whole session."
    case .sessionPlanPath(let path):
      return ", path: \(path)"
    case .sessionPlanTopics(let topics):
      return ", topics: \(topics)"
    case .demoNeedsASession:
      return "Return demonstrations belong to a teaching session. Start one with `session start`."
    case .demoNotSaved:
      return "The demonstration was not saved."
    case .demoRecorded(let id, let name, let topic, let outcome):
      return "Recorded demonstration \(id): \(name) showed “\(topic)” — \(outcome)."
    case .demoPassed:
      return "passed"
    case .demoNeedsPractice:
      return "needs practice"
    case .demoCorrected:
      return "(corrected)"
    case .demoNoneYet:
      return "No return demonstrations in this session yet. For example: `demo flushing passed`."
    case .amendNothingChanged:
      return "Nothing was changed."
    case .amendIdentitySaved(let name, let identity):
      return "Saved for \(name): \(identity)."
    case .amendEarlierStays:
      return "The earlier entry stays in the record, marked corrected."
    case .amendNoSuchDemo(let id):
      return "There is no demonstration \(id). `demo` lists this session's."
    case .amendDemoCorrectedAlready(let id, let later):
      return """
        Demonstration \(id) was corrected already, by demonstration \(later). Amend that one: \
        `amend demo \(later) …`.
        """
    case .amendDemoCorrected(let id, let fixed, let outcome):
      return """
        Demonstration \(id) corrected as \(fixed): \(outcome). The original stays in the record, \
        marked corrected.
        """
    case .quizTitleReview:
      return "Review"
    case .quizTitleRedFlags:
      return "When to call: the safety questions"
    case .quizWhichTopic(let example):
      return """
        Which topic? For example `quiz parts`, `quiz red-flags`, or a path such as `quiz \
        \(example)`.
        """
    case .quizNothingCalled(let name):
      return """
        There is nothing called `\(name)` to quiz on. Try a topic (`topics` lists them), a path, \
        or `red-flags`.
        """
    case .quizNothingCalledDidYouMean(let name, let suggestion):
      return "There is nothing called `\(name)` to quiz on. Did you mean `\(suggestion)`?"
    }
  }

  private var spanish: StyledText {
    switch self {
    case .firstRunAskName:
      return "¿Qué nombre quiere que use para usted? (Presione Enter para aprender como invitado)."
    case .firstRunNamePrompt:
      return "su nombre> "
    case .firstRunNameAgain(let problem):
      return "\(problem) Escriba su nombre otra vez, o presione Enter para aprender como invitado."
    case .firstRunHello(let name):
      return "Hola, \(name). Su progreso se guarda en esta computadora."
    case .firstRunAsGuest(let guest):
      return """
        Usted está aprendiendo como \(guest). Su progreso se guarda en esta computadora. Si más \
        tarde quiere usar su nombre, escriba `learner rename` y su nombre.
        """
    case .firstRunNotAdded:
      return "No se pudo guardar su nombre: "
    case .learnerNameRule:
      return "El nombre puede tener letras, números, espacios, ' \" - y . (hasta 40)."
    case .learnerAskRole:
      return """
        ¿Quién es usted: el paciente, el padre o la madre (o la persona que cuida), o la enfermera \
        educadora?
        """
    case .learnerAskRoleOf(let name):
      return """
        ¿Quién es \(name): el paciente, el padre o la madre (o la persona que cuida), o la \
        enfermera educadora?
        """
    case .learnerRolePrompt:
      return "paciente, padre, madre o enfermera> "
    case .learnerRoleAgain:
      return "Escriba paciente, padre, madre o enfermera (o `stop` para parar)."
    case .yesOrNoPrompt:
      return "sí o no> "
    case .welcomeSharedComputer:
      return """
        Esta computadora la usan varias personas, así que los datos de cada una son privados. \
        Escriba `learner` y su nombre para abrir los suyos.
        """
    case .welcomeOpenRecords:
      return "Escriba `learner` y su nombre para abrir sus datos."
    case .welcomeCannotSave:
      return "Esta vez no se puede guardar su progreso, pero puede leer todo."
    case .welcomeFirstCommands:
      return """
        Escriba `topics` para ver los temas que puede leer, o `help` para ver todos los comandos.
        """
    case .welcomeCallAnyTime:
      return "¿Le preocupa un síntoma? Escriba `call` en cualquier momento."
    case .welcomeTabAndQuit:
      return "Presione Tab para completar una palabra. Escriba `quit` o presione Ctrl-D para salir."
    case .welcomeBack(let name):
      return "Qué bueno verle otra vez, \(name). Su progreso se guarda en esta computadora."
    case .welcomeBackLearningAs(let name):
      return "Está aprendiendo como \(name). El progreso se guarda en esta computadora."
    case .welcomeBackGuest(let name):
      return """
        Está aprendiendo como \(name): su progreso se guarda en esta computadora. Para usar su \
        nombre, escriba `learner rename` y su nombre.
        """
    case .welcomeBackFinishedReading(let topic):
      return "La última vez terminó de leer “\(topic)”."
    case .welcomeBackWasReading(let topic, let section, let total):
      return "Estaba leyendo “\(topic)”, parte \(section) de \(total)."
    case .welcomeBackNext(let step):
      return "Lo siguiente: \(step)"
    case .nextStepReview(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "escriba `review` para contestarla."
      case .other:
        return "escriba `review` para contestarlas."
      }
    case .nextStepReviewWarningsFirst(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "escriba `review` para contestarla; primero van las señales de alarma."
      case .other:
        return "escriba `review` para contestarlas; primero van las señales de alarma."
      }
    case .nextStepReadTopic(let topic):
      return "escriba `next` para leer “\(topic)”."
    case .nextStepReadSection(let section, let topic):
      return "escriba `next` para leer “\(section)”, en “\(topic)”."
    case .nextStepPractise(let id, let topic):
      return "escriba `quiz \(id)` para practicar “\(topic)”."
    case .nextStepAllDone:
      return "nada por ahora: ya leyó todo. Escriba `progress` para verlo."
    case .comesBackLaterToday:
      return "más tarde hoy"
    case .comesBackTomorrow:
      return "mañana"
    case .comesBackInDays(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "en \(count) día"
      case .other:
        return "en \(count) días"
      }
    case .comesBackInAboutAWeek:
      return "en más o menos una semana"
    case .comesBackInAboutWeeks(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "en más o menos \(count) semana"
      case .other:
        return "en más o menos \(count) semanas"
      }
    case .comesBackInAboutAMonth:
      return "en más o menos un mes"
    case .comesBackInAboutMonths(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "en más o menos \(count) mes"
      case .other:
        return "en más o menos \(count) meses"
      }
    case .comesBackInAboutAYear:
      return "en más o menos un año"
    case .comesBackInAboutYears(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "en más o menos \(count) año"
      case .other:
        return "en más o menos \(count) años"
      }
    case .quizComesBack(let count, let when):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Esta pregunta vuelve para repaso \(when)."
      case .other:
        return "Estas preguntas vuelven para repaso \(when)."
      }
    case .quizComesBackFirstAndLast(let soonest, let latest):
      return "La primera de estas preguntas vuelve para repaso \(soonest), y la última \(latest)."
    case .nextReviewComesBack(let when):
      return "La próxima pregunta vuelve \(when)."
    case .nothingDueNextReview(let when):
      return "No hay nada para repasar ahora. \(when)"
    case .reviewsDue(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Tiene \(count) pregunta para repasar."
      case .other:
        return "Tiene \(count) preguntas para repasar."
      }
    case .reviewsDueAllWarningSigns(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Tiene \(count) pregunta para repasar sobre señales de alarma."
      case .other:
        return "Tiene \(count) preguntas para repasar sobre señales de alarma."
      }
    case .reviewsDueSomeWarningSigns(let count, let warningSigns):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Tiene \(count) pregunta para repasar; \(warningSigns) es sobre señales de alarma."
      case .other:
        return "Tiene \(count) preguntas para repasar; \(warningSigns) son sobre señales de alarma."
      }
    case .questionsDue(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "hay \(count) pregunta para repasar"
      case .other:
        return "hay \(count) preguntas para repasar"
      }
    case .questionsDueAllWarningSigns(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "hay \(count) pregunta sobre señales de alarma para repasar"
      case .other:
        return "hay \(count) preguntas sobre señales de alarma para repasar"
      }
    case .helpCommandsHeading:
      return "Comandos"
    case .helpForOneCommand:
      return """
        Escriba `help COMANDO` para saber más de uno. Puede escribir solo el principio: `t` es \
        `topics`.
        """
    case .helpAliases(let aliases):
      return "También: \(aliases)."
    case .helpAmbiguous(let command, let choices):
      return "`\(command)` puede ser \(choices)."
    case .helpUnknown(let command):
      return "No hay ningún comando `\(command)`. Escriba `help` para verlos todos."
    case .helpUnknownDidYouMean(let command, let suggestion):
      return "No hay ningún comando `\(command)`. ¿Quiso decir `\(suggestion)`?"
    case .commandSymptomsSummary:
      return "Revisar las señales que indican que debe llamar a su equipo médico"
    case .commandSymptomsUsage:
      return "symptoms"
    case .commandSymptomsDetails:
      return """
        Pregunta por cada señal de alarma, una por una: primero las señales de emergencia, luego \
        las que indican que debe llamar a su equipo médico enseguida, y luego cualquier otra \
        cosa.\nConteste sí o no. Si no está seguro, dígalo: eso cuenta como motivo para \
        llamar.\nNunca da un diagnóstico. Si se siente muy mal, llame ahora al número de \
        emergencias.
        """
    case .commandTopicsSummary:
      return "Ver la lista de temas y lo que ya leyó"
    case .commandTopicsUsage:
      return "topics [RUTA]"
    case .commandTopicsDetails:
      return """
        Cada tema tiene una marca: ✓ leído, ◐ leído en parte, ○ sin leer todavía.\n`topics \
        home-care` muestra solo los temas de esa ruta de aprendizaje.\nAbra uno con `read` y su \
        número o nombre, por ejemplo `read 1` o `read parts`.
        """
    case .commandReadSummary:
      return "Leer un tema, o una sección de un tema"
    case .commandReadUsage:
      return "read TEMA[#SECCIÓN]"
    case .commandReadDetails:
      return """
        Nombre el tema por su número, su id, el principio de su id o palabras de su título:\n  \
        read 1            read parts          read what is a port\nAgregue una sección después de \
        #: `read using-the-port#steps`. Tab completa los ids.\nLuego `next` y `back` pasan de una \
        sección a otra.
        """
    case .commandShowSummary:
      return "Ver un dibujo del puerto, a lo ancho de la pantalla"
    case .commandShowUsage:
      return "show FIGURA"
    case .commandShowDetails:
      return """
        `show` solo muestra la lista de dibujos. Nombre uno por su id, o el principio del id:\n  \
        show port-in-chest      show site\nLos temas también muestran sus dibujos mientras los \
        lee. Tab completa los ids.
        """
    case .commandNextSummary:
      return "Seguir: la sección siguiente, o qué hacer ahora y por qué"
    case .commandNextUsage:
      return "next"
    case .commandNextDetails:
      return """
        Mientras lee un tema, `next` muestra la sección siguiente, y después el tema siguiente (el \
        de su ruta, si eligió una con `path`).\nSi no está leyendo, le sugiere qué leer o \
        practicar ahora, y por qué.
        """
    case .commandBackSummary:
      return "Volver a la sección anterior"
    case .commandBackUsage:
      return "back"
    case .commandSearchSummary:
      return "Buscar dónde se habla de algo"
    case .commandSearchUsage:
      return "search PALABRAS"
    case .commandSearchDetails:
      return """
        Por ejemplo: `search flush`, `search fever`, `search how long does it last`.\nCada \
        resultado dice dónde está (ábralo con `read`) y muestra las palabras de alrededor.
        """
    case .commandQuizSummary:
      return "Comprobar lo que aprendió, explicándolo con sus propias palabras"
    case .commandQuizUsage:
      return "quiz [TEMA|RUTA|red-flags]"
    case .commandQuizDetails:
      return """
        Hace las preguntas de un tema (`quiz parts`), de una ruta de aprendizaje (`quiz \
        home-care`) o las preguntas de seguridad sobre cuándo llamar (`quiz red-flags`).\nSi no \
        escribe nada después, pregunta sobre el tema que está leyendo, o sobre su ruta.\nMientras \
        contesta puede escribir `hint` (una pista), `skip` (saltar), `reread` (ver la parte de la \
        que trata) o `stop` (parar). Si falla una pregunta, se la explica y se la vuelve a hacer \
        más tarde.
        """
    case .commandReviewSummary:
      return "Contestar las preguntas que toca repasar"
    case .commandReviewUsage:
      return "review"
    case .commandReviewDetails:
      return "Las preguntas vuelven para repaso justo cuando usted podría empezar a olvidarlas."
    case .commandProgressSummary:
      return "Ver lo que leyó y cuánto recuerda"
    case .commandProgressUsage:
      return "progress"
    case .commandProgressDetails:
      return """
        Para cada tema: cuántas secciones leyó y cuánto es probable que recuerde ahora, según sus \
        respuestas en las pruebas. También cuenta las preguntas que toca repasar.
        """
    case .commandPathSummary:
      return "Ver o elegir su ruta de aprendizaje"
    case .commandPathUsage:
      return "path [NOMBRE]"
    case .commandPathDetails:
      return "Una ruta es una lista de temas en orden, para un tipo de lector. `next` la sigue."
    case .commandLearnerSummary:
      return "Quién está aprendiendo; cambiar, agregar, renombrar, cerrar"
    case .commandLearnerUsage:
      return "learner [NOMBRE|rename NOMBRE|language CÓDIGO|close]"
    case .commandLearnerDetails:
      return """
        `learner` muestra quién está aprendiendo ahora y la lista numerada de todos en esta \
        computadora.\n`learner Sam` cambia a Sam, o agrega a Sam (se le preguntará su \
        papel).\n`learner Sam parent` agrega a Sam con ese papel enseguida.\nSi el nombre se \
        parece al de otra persona, primero le pregunta \"¿quiso decir…?\".\n`learner 2` cambia a \
        la segunda persona de esa lista.\n`learner rename Maria` pone su progreso bajo el nombre \
        Maria.\nPapeles: patient (paciente), parent (padre o madre, o persona que cuida), educator \
        (enfermera educadora).\n`learner close` cierra sus datos cuando termina su turno en el \
        teclado.\n`learner language es` pone el programa en español para usted (`en` para \
        inglés);\n`learner Sam language es` lo cambia para Sam (en modo clínica, con la contraseña \
        de la enfermera educadora).\nSi una persona tiene un PIN (`pin set`), se le pide antes de \
        abrir sus datos.\n`learner reset-pin Sam` quita un PIN que Sam olvidó (en modo clínica, \
        con la contraseña de la enfermera educadora).\nEn modo clínica (`clinic on`), `learner \
        Sam` primero pide el PIN de Sam o la contraseña de la enfermera, y `learner everyone` \
        muestra a todos después de la contraseña.
        """
    case .commandPinSummary:
      return "Proteger sus datos con un PIN, o quitarlo"
    case .commandPinUsage:
      return "pin [set|off]"
    case .commandPinDetails:
      return """
        `pin set` elige un PIN para sus datos: después, `learner` y su nombre se lo pedirán.\n`pin \
        off` lo quita (primero lo escribe una vez más). `pin` le dice si tiene uno.\nEl PIN nunca \
        se muestra mientras lo escribe y nunca se guarda: solo se guarda una forma cifrada.\n¿Lo \
        olvidó? `learner reset-pin NOMBRE` lo quita (en modo clínica, con la contraseña de la \
        enfermera educadora).
        """
    case .commandHistorySummary:
      return "Ver lo que hizo hace poco"
    case .commandHistoryUsage:
      return "history"
    case .commandForgetSummary:
      return "Borrar su progreso en un tema, o todo"
    case .commandForgetUsage:
      return "forget TEMA|all"
    case .commandForgetDetails:
      return "Pregunta antes de borrar. Lo que se borra no se puede recuperar."
    case .commandSessionSummary:
      return "Dar una sesión de enseñanza (para enfermeras educadoras): empezar, terminar o verla"
    case .commandSessionUsage:
      return "session [start|end]"
    case .commandSessionDetails:
      return """
        `session start` pide el nombre de la enfermera, quiénes aprenden (un nombre y un papel en \
        cada línea, o varios separados por comas: `Rosa Martinez patient, Luis Martinez spouse`) y \
        el plan (una ruta o temas). Papeles: patient, parent, spouse, caregiver, other, \
        educator.\nDurante la sesión, la lectura se anota para todos los presentes, las pruebas \
        preguntan a cada persona por turno (cada una en su propio orden), y `note TEXTO` anota \
        observaciones para toda la sesión, o `note NOMBRE: TEXTO` sobre una persona (nombre \
        completo, primer nombre o el principio de un nombre: `note Rosa: needs glasses`). Para \
        cada paciente pide el número de historia clínica (MRN) y la fecha de nacimiento; `demo \
        TEMA passed|needs-practice` anota una habilidad que mostró, y `amend` corrige cualquiera \
        de los dos, sin borrar el original.\n`session end` muestra el resumen para el expediente; \
        `report` lo escribe en un archivo.
        """
    case .commandNoteSummary:
      return "Anotar una observación en la sesión de enseñanza"
    case .commandNoteUsage:
      return "note [NOMBRE:] TEXTO"
    case .commandNoteDetails:
      return """
        Por ejemplo `note prefers short sessions` (para toda la sesión) o `note Rosa: prefers \
        Spanish` (una persona: nombre completo, primer nombre o el principio de un nombre).
        """
    case .commandDemoSummary:
      return "Anotar una demostración: una persona muestra una habilidad (para enfermeras)"
    case .commandDemoUsage:
      return "demo [NOMBRE:] TEMA passed|needs-practice [NOTA]"
    case .commandDemoDetails:
      return """
        Por ejemplo `demo flushing passed` o `demo Luis: flushing needs-practice pushed too \
        hard`.\nEn una sesión con varias personas, diga quién la hizo (basta el primer nombre o el \
        principio del nombre). `demo` solo muestra las demostraciones de esta sesión con su \
        número.
        """
    case .commandAmendSummary:
      return "Corregir la identidad de un paciente o una demostración, sin borrar el original"
    case .commandAmendUsage:
      return "amend identity [NOMBRE] | amend demo N …"
    case .commandAmendDetails:
      return """
        El original queda en los registros, con quién lo cambió y cuándo.\n`amend identity Rosa` \
        vuelve a pedir el MRN, quién lo emitió y la fecha de nacimiento (Enter deja cada uno como \
        está). `amend demo 2 passed` corrige la demostración 2 (`demo` las muestra).
        """
    case .commandReportSummary:
      return "Escribir un registro de educación para el expediente"
    case .commandReportUsage:
      return "report [--for NOMBRE|--session ID] [--format F] [--out ARCHIVO]"
    case .commandReportDetails:
      return """
        Sin --for ni --session: la sesión en curso, o si no hay, la persona que aprende \
        ahora.\nPonga entre comillas un nombre con espacios: `report --for \"Sam Lee\"`.\nFormatos \
        (F): md (Markdown), html (para imprimir), json, csv (una fila por persona y tema), fhir \
        (FHIR R4 Questionnaire y QuestionnaireResponse). Sin --format, decide el final del nombre \
        del archivo (`--out sam.html` es HTML); sin ninguno de los dos, el registro se muestra \
        aquí.\nLos archivos se escriben de modo que solo usted pueda leerlos.
        """
    case .commandHandoutSummary:
      return "Hacer una hoja para llevar a casa con temas, que termina con cuándo llamar"
    case .commandHandoutUsage:
      return "handout [TEMA…] [--path NOMBRE] [--format F] [--out ARCHIVO]"
    case .commandHandoutDetails:
      return """
        Sin temas ni --path: los temas de su ruta, o si no tiene, todos los temas.\nF es html (el \
        normal; ábralo en un navegador para imprimir) o md. Archivo normal: handout.html.
        """
    case .commandClinicSummary:
      return "Mantener privados los datos de cada persona en una computadora compartida"
    case .commandClinicUsage:
      return "clinic [on|off]"
    case .commandClinicDetails:
      return """
        `clinic on` es para una computadora que usan muchos pacientes. Usted elige una contraseña \
        de enfermera educadora; después, Teachback empieza sin los datos de nadie abiertos, no \
        muestra nombres y abre los datos de una persona solo con su PIN o con la contraseña de la \
        enfermera.\nPara ver a otra persona, cambiar a ella, hacer su registro o empezar una \
        sesión de enseñanza, se necesita la contraseña.\n`clinic off` (con la contraseña) vuelve \
        al uso en casa. `clinic` dice cuál está activo.\nVea docs/privacy.md para saber qué \
        protege esto y qué no.
        """
    case .commandHelpSummary:
      return "Ver los comandos, o cómo usar uno"
    case .commandHelpUsage:
      return "help [COMANDO]"
    case .commandHelpDetails:
      return "Escriba `help read` para saber más de `read`."
    case .commandClearSummary:
      return "Limpiar la pantalla"
    case .commandClearUsage:
      return "clear"
    case .commandQuitSummary:
      return "Salir de Teachback (su progreso ya está guardado)"
    case .commandQuitUsage:
      return "quit"
    case .quizPosition(let number, let total):
      return "Pregunta \(number) de \(total)"
    case .quizPositionRetry(let number, let total):
      return "Pregunta \(number) de \(total) (segundo intento)"
    case .answerOneLetter(let letters):
      return "Conteste con una letra, \(letters), o con sus propias palabras."
    case .answerEveryLetter:
      return "Conteste con todas las letras que correspondan, por ejemplo “a c”."
    case .answerTrueOrFalse:
      return "Conteste verdadero o falso."
    case .answerInOrder(let example):
      return "Ponga los pasos en orden con sus letras, por ejemplo “\(example)”."
    case .answerInWords:
      return "Conteste con pocas palabras."
    case .unreadableNeedsOneLetter(let letters):
      return "Conteste con una letra, \(letters), o con las palabras de una opción."
    case .unreadableNeedsLetters(let letters):
      return """
        Conteste con las letras de todas las opciones correctas (\(letters)), por ejemplo “a c”.
        """
    case .unreadableNeedsTrueOrFalse:
      return "Conteste verdadero o falso (también sirve sí o no), o diga “no sé”."
    case .unreadableNeedsEveryStep(let steps, let example):
      return """
        Escriba los \(steps) pasos en orden, cada letra una sola vez, por ejemplo “\(example)”.
        """
    case .unreadableFitsSeveral(let choices):
      return "Eso corresponde a más de una opción: \(choices). ¿Cuál quiso decir? Escriba su letra."
    case .unreadableNeedsWords:
      return "Escriba su respuesta con pocas palabras."
    case .quizOver:
      return "La prueba terminó."
    case .confirmRight:
      return "Correcto."
    case .confirmRightAs(let words):
      return "Correcto — “\(words)”."
    case .confirmRightThisTime:
      return "Correcto esta vez."
    case .confirmRightThisTimeAs(let words):
      return "Correcto esta vez — “\(words)”."
    case .answerTrue:
      return "verdadero"
    case .answerFalse:
      return "falso"
    case .didNotKnowAnswer(let answer):
      return "No se preocupe — esta es la respuesta: \(answer)"
    case .hintNone:
      return "Esta pregunta no tiene pista."
    case .headlineFirstTime(let right, let answered):
      return "\(right) de \(answered) bien a la primera"
    case .headlineSecondTry(let count):
      return "\(count) en el segundo intento"
    case .headlineMissed(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) incorrecta"
      case .other:
        return "\(count) incorrectas"
      }
    case .headlineNotKnown(let count):
      return "\(count) que todavía no sabía"
    case .headlineSkipped(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) saltada"
      case .other:
        return "\(count) saltadas"
      }
    case .headlineNotAsked(let count):
      return "\(count) sin preguntar"
    case .reasonRead(let section, let topic):
      return "Lea “\(section)”, en “\(topic)”: es la próxima parte que todavía no ha leído."
    case .reasonReview(let due, let warningSigns):
      return """
        Repaso: \(due)\(warningSigns). Contestar ahora, justo cuando la memoria empieza a fallar, \
        hace que el recuerdo dure más.
        """
    case .reasonReviewWarningSigns(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "; \(count) es sobre señales de alarma (va primero)"
      case .other:
        return "; \(count) son sobre señales de alarma (van primero)"
      }
    case .reasonPractise(let topic, let percent):
      return "Practique “\(topic)”: es el tema que menos domina (recuerda el \(percent)%)."
    case .reasonAllDone:
      return "Todo listo por ahora: ya leyó todo y no hay nada para repasar."
    case .errorUnknownTopic(let id):
      return """
        No hay ningún tema “\(id)” en este contenido; revise cómo se escribe en la lista de temas.
        """
    case .errorUnknownPath(let id):
      return """
        No hay ninguna ruta de aprendizaje “\(id)” en este contenido; revise cómo se escribe en la \
        lista de rutas.
        """
    case .quizNothingDue(let when):
      return """
        No hay nada para repasar ahora. ¡Muy bien!\(when) Escriba `progress` para ver cómo va.
        """
    case .quizNoQuestions(let title):
      return "Todavía no hay preguntas para \(title)."
    case .quizTitle(let title):
      return "Prueba: \(title)"
    case .quizIntro(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) pregunta."
      case .other:
        return "\(count) preguntas."
      }
    case .quizIntroGroup(let count, let names):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) pregunta para cada persona (\(names)), por turnos."
      case .other:
        return "\(count) preguntas para cada persona (\(names)), por turnos."
      }
    case .quizHowToAnswer:
      return """
        Escriba su respuesta, o `hint` (pista), `skip` (saltar), `reread` (volver a leer) o `stop` \
        (parar).
        """
    case .quizTurn(let name):
      return "Turno de \(name)"
    case .quizAnswerPrompt:
      return "respuesta> "
    case .quizSkippedByInterrupt:
      return "Saltada. (Ctrl-C deja la pregunta; escriba `stop` para terminar la prueba)."
    case .quizHint:
      return "Pista: "
    case .quizSkipped:
      return "Saltada."
    case .quizNotQuite:
      return "No exactamente."
    case .quizTheAnswerIs(let answer):
      return "La respuesta es: \(answer)"
    case .quizComesBackLater:
      return "Esta pregunta volverá más adelante en la prueba."
    case .quizNoLongerSaved:
      return "La prueba sigue, pero sus respuestas ya no se guardan."
    case .quizNoSectionToReread:
      return "Esta pregunta no tiene una sección para volver a leer."
    case .quizFinished:
      return "Prueba terminada"
    case .quizFinishedFor(let name):
      return "Prueba terminada para \(name)"
    case .quizStoppedEarly:
      return "(terminó antes)"
    case .quizGoOverAgain:
      return "Para repasar otra vez:"
    case .quizWellDone:
      return "¡Muy bien!"
    case .quizWellDoneComesBack(let when):
      return "¡Muy bien! \(when) Entonces escriba `review`."
    case .listingAnd:
      return "y"
    case .listingOr:
      return "o"
    case .callTitle:
      return "Cuándo llamar a su equipo médico"
    case .callIntro(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return """
          Le voy a preguntar por \(count) cosa, una por una. Conteste sí o no. Si no está seguro, \
          dígalo: eso es un motivo para llamar.
          """
      case .other:
        return """
          Le voy a preguntar por \(count) cosas, una por una. Conteste sí o no. Si no está seguro, \
          dígalo: eso es un motivo para llamar.
          """
      }
    case .callHowToStop:
      return "Escriba `stop` para salir de la revisión. Esto no da ningún diagnóstico."
    case .callQuestionNumber(let number, let total):
      return "\(number) de \(total)."
    case .callAskAgain(let sign):
      return """
        No estoy seguro de lo que quiere decir. ¿Está pasando esto ahora: \(sign)? Escriba sí o \
        no. Si no está seguro, escriba sí.
        """
    case .callForAChild(let question):
      return "(Para un niño: \(question))"
    case .callAllNo:
      return "Usted contestó que no a todas las señales."
    case .callNoFeverLimit(let typed):
      return """
        Usted escribió \(typed). Aquí no hay un límite de temperatura guardado, así que tómelo \
        como fiebre.
        """
    case .callAboveFeverLimit(let typed, let limit):
      return "Usted escribió \(typed). El límite de su equipo médico es \(limit)."
    case .callBelowFeverLimit(let typed, let limit):
      return """
        \(typed) está por debajo del límite de su equipo médico, que es \(limit). Si llega al \
        límite, o si está preocupado, llame a su equipo médico.
        """
    case .callLeftEarly:
      return "Usted salió de la revisión. Escriba `call` para empezarla otra vez."
    case .callBoxEmergencyTitle:
      return "Llame ahora al número de emergencias"
    case .callBoxSaidYesTo(let signs):
      return "Usted contestó que sí a: \(signs)."
    case .callBoxLeftEarlyTitle:
      return "Si algo le preocupa, llame"
    case .callBoxNotFinished:
      return "La revisión no terminó. Siempre está bien llamar a su equipo médico."
    case .callBoxCareTeamTitle:
      return "Llame ahora a su equipo médico, de día o de noche"
    case .callBoxSomethingElse:
      return "Otra cosa"
    case .callBoxSaidYesToList:
      return "Usted contestó que sí a:"
    case .callBoxNotSureAbout(let signs):
      return "Usted no estaba seguro de: \(signs)."
    case .callBoxNoNeedToBeSure:
      return "No necesita estar seguro: llamar es lo correcto."
    case .callBoxBreathing:
      return """
        Si le cuesta respirar, tiene dolor en el pecho o alguien se desmaya, llame ahora al número \
        de emergencias.
        """
    case .callBoxNoCallTitle:
      return "Si algo todavía le preocupa"
    case .callBoxAlwaysOK:
      return "Siempre está bien llamar a su equipo médico si está preocupado."
    case .callBoxTellTheNurse:
      return "Dígale a la enfermera"
    case .callBoxTellTheNurseAboutAChild:
      return """
        que su hijo tiene un puerto implantado, qué señales ve y cuándo empezaron, y su \
        temperatura si se la tomó.
        """
    case .callBoxTellTheNurseAboutYou:
      return """
        que usted tiene un puerto implantado, qué señales tiene y cuándo empezaron, y su \
        temperatura si se la tomó.
        """
    case .callBoxEmergencyNumber:
      return "Número de emergencias:"
    case .callBoxNoContact:
      return "Aquí no hay datos de contacto guardados."
    case .callBoxYourCareTeam:
      return "Su equipo médico"
    case .topicsNoPath(let id):
      return "No hay ninguna ruta de aprendizaje `\(id)`. Escriba `path` para ver las rutas."
    case .topicsNoPathDidYouMean(let id, let suggestion):
      return "No hay ninguna ruta de aprendizaje `\(id)`. ¿Quiso decir `\(suggestion)`?"
    case .topicsKey:
      return "✓ leído   ◐ leído en parte   ○ sin leer todavía"
    case .topicsHowToOpen:
      return "Escriba `read` y un número o un nombre para abrir un tema, por ejemplo `read 1`."
    case .readingStateUnread:
      return "sin leer todavía"
    case .readingStatePartly(let read, let total):
      return "leído en parte, \(read) de \(total) secciones"
    case .readingStateRead:
      return "leído"
    case .readWhichTopic:
      return "¿Qué tema? Por ejemplo `read 1`. Escriba `topics` para verlos todos."
    case .readAmbiguous(let reference, let choices):
      return "Hay más de un tema que corresponde a `\(reference)`: \(choices)."
    case .readNoTopic(let reference):
      return "No hay ningún tema `\(reference)`. Escriba `topics` para verlos todos."
    case .readNoTopicDidYouMean(let reference, let suggestion):
      return "No hay ningún tema `\(reference)`. ¿Quiso decir `\(suggestion)`?"
    case .readNoSection(let topic):
      return """
        El tema `\(topic)` no tiene una sección así. Escriba `read \(topic)` para empezar desde el \
        principio.
        """
    case .readNoSectionDidYouMean(let topic, let suggestion):
      return "El tema `\(topic)` no tiene una sección así. ¿Quiso decir `\(suggestion)`?"
    case .readLastTopic:
      return "Ese era el último tema."
    case .readNotOpenedYet:
      return "Todavía no ha abierto ningún tema. Pruebe con `read 1`."
    case .readFirstSection:
      return "Esta es la primera sección del primer tema."
    case .readSectionPlain(let number, let total, let title):
      return "Sección \(number) de \(total): \(title)"
    case .readSectionOf(let number, let total):
      return "\(number) de \(total)"
    case .readTopicPlain(let title):
      return "Tema: \(title)"
    case .footerNextSection(let next):
      return "Escriba `next` para leer “\(next)”, o `back` para volver."
    case .footerEndQuizNextTopic(let topic, let next):
      return """
        Aquí termina “\(topic)”. Escriba `quiz` para comprobar lo que aprendió, o `next` para \
        pasar al tema siguiente: “\(next)”.
        """
    case .footerEndNextTopic(let topic, let next):
      return "Aquí termina “\(topic)”. Escriba `next` para pasar al tema siguiente: “\(next)”."
    case .footerEndQuiz(let topic):
      return """
        Aquí termina “\(topic)”. Escriba `quiz` para comprobar lo que aprendió, o `next` para ver \
        qué hacer ahora.
        """
    case .footerEnd(let topic):
      return "Aquí termina “\(topic)”. Escriba `next` para ver qué hacer ahora."
    case .recommendReview:
      return "Escriba `review` para empezar."
    case .recommendPractise(let id):
      return "Escriba `quiz \(id)` para practicarlo."
    case .searchWhat:
      return "¿Qué quiere buscar? Por ejemplo `search lavado`."
    case .searchNothingDidYouMean(let query, let suggestion):
      return "No se encontró nada con “\(query)”. ¿Quiso decir “\(suggestion)”?"
    case .searchNothing(let query):
      return """
        No se encontró nada con “\(query)”. Pruebe con otras palabras, o escriba `topics` para ver \
        los temas.
        """
    case .searchFound(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Se encontró en \(count) lugar, primero el mejor:"
      case .other:
        return "Se encontró en \(count) lugares, primero los mejores:"
      }
    case .showNoPicture(let reference):
      return "No hay ningún dibujo `\(reference)`. Escriba `show` para verlos todos."
    case .showNoPictureDidYouMean(let reference, let suggestion):
      return "No hay ningún dibujo `\(reference)`. ¿Quiso decir `\(suggestion)`?"
    case .showAmbiguous(let reference, let choices):
      return "Hay más de un dibujo que corresponde a `\(reference)`: \(choices)."
    case .showNoPictures:
      return "Este contenido no tiene dibujos para mostrar."
    case .showPicturesHeading:
      return "Dibujos"
    case .showHowTo(let id):
      return "Escriba `show` y el nombre de un dibujo para verlo, por ejemplo `show \(id)`."
    case .progressHeading(let name):
      return "Progreso de \(name)"
    case .progressHeadingSession:
      return "Progreso de esta sesión"
    case .progressHeadingPath(let path):
      return "— ruta: \(path)"
    case .progressNotSaved:
      return "Esta vez no se está guardando el progreso."
    case .progressColumns:
      return "Leído         Recuerda"
    case .progressNoQuestions:
      return "sin preguntas"
    case .progressDue(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) pendiente"
      case .other:
        return "\(count) pendientes"
      }
    case .progressDueForReview(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Tiene \(count) pregunta para repasar: escriba `review`."
      case .other:
        return "Tiene \(count) preguntas para repasar: escriba `review`."
      }
    case .progressWhatNext:
      return "Escriba `next` para ver qué hacer ahora."
    case .progressPlainRead(let read, let total):
      return "leyó \(read) de \(total) secciones"
    case .progressPlainNoAnswers:
      return "todavía no contestó ninguna pregunta"
    case .progressPlainRemembered(let percent):
      return "recuerda más o menos el \(percent)"
    case .progressPlainDue(let count):
      return "\(count) para repasar"
    case .rolePatient:
      return "paciente"
    case .roleCaregiver:
      return "padre, madre o persona que cuida"
    case .roleEducator:
      return "enfermera educadora"
    case .learnerWrongPINOrPassphrase:
      return """
        Ese PIN o esa contraseña no coinciden, así que no se abrió ningún dato. Revíselo y escriba \
        `learner NOMBRE` otra vez.
        """
    case .learnerNoRecordsOpened:
      return "No se abrió ningún dato."
    case .learnerDidYouMean(let name, let near, let nearName):
      return """
        No hay nadie llamado \(name). ¿Quiso decir \(near)? Escriba sí para cambiar a \(nearName), \
        o no para agregar a \(name) como persona nueva.
        """
    case .learnerNoneAdded:
      return "No se agregó a nadie."
    case .learnerIsTheGuestYou(let guest, let name):
      return """
        Usted ha estado aprendiendo como \(guest). ¿Es usted \(name)? Escriba sí para guardar su \
        progreso con el nombre \(name), o no para agregar a \(name) como otra persona.
        """
    case .learnerAdded(let name, let role):
      return "Se agregó a \(name) (\(role))."
    case .learnerCloseDuringSession:
      return "Hay una sesión de enseñanza en curso. Termínela primero con `session end`."
    case .learnerClosed:
      return "Sus datos están cerrados. La siguiente persona puede escribir `learner` y su nombre."
    case .learnerCloseNobodyOpen:
      return """
        No hay datos de nadie abiertos. La siguiente persona puede escribir `learner` y su nombre.
        """
    case .learnerWrongPIN(let name):
      return """
        Ese PIN no coincide, así que no se abrieron los datos de \(name). Un PIN olvidado se puede \
        quitar con `learner reset-pin \(name)`.
        """
    case .learnerRenameToWhat:
      return """
        ¿Qué nombre nuevo quiere? Escriba `learner rename` y el nombre nuevo, por ejemplo `learner \
        rename Maria`.
        """
    case .learnerNameCannotBeUsed:
      return "Ese nombre no se puede usar aquí. Elija otro nombre."
    case .learnerNameTaken(let name):
      return """
        Ya hay alguien llamado \(name). Elija otro nombre, o escriba `learner \(name)` para \
        cambiar a esa persona.
        """
    case .learnerRenamed(let name, let before):
      return """
        Listo: su progreso ahora está con el nombre \(name). Se guarda todo lo que leyó y contestó \
        como \(before).
        """
    case .learnerStillGuest(let name):
      return "No se cambió nada: sigue aprendiendo como \(name)."
    case .learnerNoneYet:
      return "Todavía no hay nadie. Agregue a una persona con `learner NOMBRE`."
    case .learnerNoSuchNumber(let count, let number):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return """
          No hay ninguna persona con el número \(number): hay \(count). Escriba `learner` para \
          verla.
          """
      case .other:
        return """
          No hay ninguna persona con el número \(number): hay \(count). Escriba `learner` para \
          verlas.
          """
      }
    case .learnerYouAre(let name, let role):
      return "Usted está aprendiendo como \(name) (\(role))."
    case .learnerNobodyOpen:
      return "No hay datos de nadie abiertos. Escriba `learner` y su nombre para abrir los suyos."
    case .learnerSharedComputer:
      return """
        Esta computadora es compartida, así que no se muestra a nadie más. Escriba `learner close` \
        cuando termine.
        """
    case .learnerNoOneElse:
      return """
        Nadie más está aprendiendo en esta computadora. Agregue a alguien con `learner NOMBRE`.
        """
    case .learnerOnThisComputer:
      return "En esta computadora:"
    case .learnerLearningNow:
      return "— aprendiendo ahora"
    case .learnerHowToSwitch:
      return "Cambie de persona con `learner NOMBRE` o `learner NÚMERO`."
    case .learnerSwitched(let name, let path):
      return """
        Ahora está aprendiendo como \(name)\(path). Su lectura y sus respuestas se guardan con \
        este nombre.
        """
    case .learnerPathSuffix(let path):
      return ", ruta: \(path)"
    case .pathYours(let title, let id):
      return "Su ruta: \(title) (`\(id)`)."
    case .pathNoneChosen:
      return "Todavía no eligió una ruta, así que `next` pasa por todos los temas en orden."
    case .pathHowToChoose(let example):
      return "Elija una con `path NOMBRE`, por ejemplo `path \(example)`."
    case .pathNoSuch(let path):
      return "No hay ninguna ruta `\(path)`. Escriba `path` para verlas."
    case .pathNoSuchDidYouMean(let path, let suggestion):
      return "No hay ninguna ruta `\(path)`. ¿Quiso decir `\(suggestion)`?"
    case .pathChosen(let count, let title):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Su ruta ahora es \(title): \(count) tema. Escriba `next` para empezar."
      case .other:
        return "Su ruta ahora es \(title): \(count) temas. Escriba `next` para empezar."
      }
    case .historyNothingYet:
      return "Todavía nada. Lea un tema con `read 1`, o haga una prueba."
    case .historyHeading:
      return "Lo más reciente primero"
    case .historyPINSet:
      return "se puso un PIN a estos datos"
    case .historyPINRemoved:
      return "se quitó el PIN"
    case .historyPINResetByEducator:
      return "la enfermera educadora quitó el PIN"
    case .historyPINResetAtHome:
      return "se quitó el PIN porque se olvidó"
    case .historyWrongPIN:
      return "se escribió un PIN equivocado para estos datos"
    case .historyRecordsOpened:
      return "se abrieron los datos"
    case .historyOpened(let topic):
      return "abrió “\(topic)”"
    case .historyRead(let section):
      return "leyó “\(section)”"
    case .historyReadIn(let section, let topic):
      return "leyó “\(section)”, en “\(topic)”"
    case .historyATopic:
      return "un tema"
    case .historyASection:
      return "una sección"
    case .historyAQuestion:
      return "una pregunta"
    case .historyDidNotKnow:
      return "no sabía"
    case .historyRight:
      return "correcta"
    case .historyMissed:
      return "incorrecta"
    case .forgetNoLearner:
      return "No hay nadie cuyo progreso se pueda borrar."
    case .forgetWhat:
      return "¿Qué quiere borrar? Escriba `forget TEMA` para un tema, o `forget all` para todo."
    case .forgetNoTopic(let topic):
      return "No hay ningún tema `\(topic)`."
    case .forgetNoTopicDidYouMean(let topic, let suggestion):
      return "No hay ningún tema `\(topic)`. ¿Quiso decir `\(suggestion)`?"
    case .forgetAmbiguous(let choices):
      return "Hay más de un tema que corresponde: \(choices)."
    case .forgetWhatYoursTopic(let topic):
      return "su lectura y sus respuestas de “\(topic)”"
    case .forgetWhatTheirsTopic(let name, let topic):
      return "la lectura y las respuestas de \(name) en “\(topic)”"
    case .forgetWhatYoursAll:
      return "toda su lectura y todas sus respuestas"
    case .forgetWhatTheirsAll(let name):
      return "toda la lectura y todas las respuestas de \(name)"
    case .forgetConfirm(let what):
      return """
        Esto borra \(what). No se puede deshacer. Escriba sí para borrar, o cualquier otra cosa \
        para guardarlo.
        """
    case .forgetPrompt:
      return "¿borrar? "
    case .forgetNothingErased:
      return "No se borró nada."
    case .forgetErased:
      return "Borrado."
    case .lineTooLong(let characters):
      return """
        Esa línea es demasiado larga (\(characters) caracteres). Los comandos son cortos: pruebe \
        con `help`.
        """
    case .commandAmbiguous(let command, let choices):
      return "`\(command)` puede ser \(choices). Escriba algunas letras más."
    case .commandUnknown(let command):
      return "No hay ningún comando `\(command)`. Escriba `help` para ver lo que puede hacer."
    case .commandUnknownDidYouMean(let command, let suggestion):
      return "No hay ningún comando `\(command)`. ¿Quiso decir `\(suggestion)`?"
    case .wordsWorried:
      return """
        Es normal tener miedo por un puerto. No está solo: su equipo médico espera sus preguntas, \
        y ninguna pregunta es demasiado pequeña.
        """
    case .wordsNoAnswer:
      return "Aquí no tengo una respuesta para eso. Pregunte a su equipo médico."
    case .wordsHereIsWhere:
      return "Aquí es donde esta guía habla de eso:"
    case .wordsSymptom:
      return """
        Si esto está pasando ahora, escriba `call` para revisar cuándo llamar, o llame a su equipo \
        médico.
        """
    case .errorUnexpected:
      return """
        Pasó algo que Teachback no esperaba. No se perdió nada de lo que guardó antes; inténtelo \
        otra vez.
        """
    case .errorNotSavingThisTime:
      return """
        Esta vez no se está guardando el progreso, así que no hay nada que mostrar ni cambiar.
        """
    case .errorChooseALearner:
      return "Primero elija a una persona con `learner NOMBRE`."
    case .notSavedReading:
      return "No se pudo guardar su lectura de esta sección: "
    case .notSavedOpening:
      return "No se pudo guardar que abrió este tema: "
    case .notSavedAnswerBecause:
      return "Esta respuesta no se guardó: "
    case .notSavedAnswer:
      return "No se pudo guardar esta respuesta: "
    case .notSavedShort:
      return "(No se guardó)."
    case .progressCouldNotBeRead:
      return "No se pudo leer su progreso, así que no se muestra: "
    case .gateWait(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return """
          Después de un PIN o una contraseña equivocados, hay que esperar un poco. Espere \(count) \
          segundo…
          """
      case .other:
        return """
          Después de un PIN o una contraseña equivocados, hay que esperar un poco. Espere \(count) \
          segundos…
          """
      }
    case .gateNeedsPassphrase(let what):
      return """
        \(what): se necesita la contraseña de la enfermera educadora. Escríbala (no se ve mientras \
        la escribe):
        """
    case .gatePassphrasePrompt:
      return "contraseña: "
    case .gateNoPassphrase:
      return "No se hizo nada: no se escribió ninguna contraseña."
    case .gateWrongPassphrase:
      return """
        Esa no es la contraseña de la enfermera educadora, así que no se hizo nada. Pida a la \
        enfermera que la escriba.
        """
    case .gateOpenInClinic(let name):
      return """
        Para abrir los datos de \(name), escriba el PIN de esa persona o la contraseña de la \
        enfermera educadora. No se ve mientras lo escribe.
        """
    case .gateOpenWithPIN(let name):
      return """
        Los datos de \(name) están protegidos con un PIN. Escríbalo (no se ve mientras lo \
        escribe):
        """
    case .gatePINPrompt:
      return "PIN: "
    case .gateWhatStartingASession:
      return "Empezar una sesión de enseñanza"
    case .gateWhatASessionsRecord:
      return "El registro de una sesión"
    case .gateWhatAnotherRecord:
      return "El registro de otra persona"
    case .gateWhatAnotherIdentity:
      return "La identidad de otra persona"
    case .gateWhatSeeingEveryone:
      return "Ver a todas las personas"
    case .gateWhatResettingAPIN:
      return "Quitar un PIN"
    case .gateWhatSettingALanguage:
      return "Cambiar el idioma de una persona"
    case .pinIsSet:
      return "Sus datos están protegidos con un PIN. `pin off` lo quita."
    case .pinNoneSet:
      return "Sus datos no tienen PIN. `pin set` elige uno."
    case .pinHowToUse:
      return "Escriba solo `pin set` o `pin off`: después se le pide el PIN, sin mostrarlo."
    case .pinChoose(let shortest):
      return """
        Elija un PIN de por lo menos \(shortest) números o letras. No se ve mientras lo escribe.
        """
    case .pinNewPrompt:
      return "PIN nuevo: "
    case .pinNotSet:
      return "No se puso ningún PIN."
    case .pinTooShort(let shortest):
      return """
        Ese PIN es muy corto. Escriba `pin set` otra vez y elija uno de por lo menos \(shortest).
        """
    case .pinOnceMore:
      return "Escríbalo una vez más."
    case .pinAgainPrompt:
      return "otra vez: "
    case .pinDidNotMatch:
      return """
        Los dos no coinciden, así que no se puso ningún PIN. Escriba `pin set` para intentarlo \
        otra vez.
        """
    case .pinSetDone(let name):
      return """
        Su PIN está listo. Desde ahora, `learner \(name)` lo pide antes de abrir sus datos. \
        Escriba `learner close` cuando termine.
        """
    case .pinNone:
      return "Sus datos no tienen PIN."
    case .pinTypeToRemove:
      return "Escriba su PIN para quitarlo."
    case .pinStays:
      return "Su PIN se queda."
    case .pinWrongSoItStays:
      return "Ese PIN no coincide, así que se queda."
    case .pinRemoved:
      return "Su PIN se quitó. Ahora cualquier persona en esta computadora puede abrir sus datos."
    case .pinResetWhose:
      return "¿El PIN de quién? Escriba `learner reset-pin` y el nombre."
    case .pinResetNoSuchLearner(let name):
      return "No hay nadie llamado \(name). `learner` muestra la lista."
    case .pinResetHasNone(let name):
      return "\(name) no tiene PIN."
    case .pinResetByEducator(let name):
      return """
        Se quitó el PIN de \(name), y el registro dice que lo quitó la enfermera educadora. \
        \(name) puede elegir uno nuevo con `pin set`.
        """
    case .pinResetWarning(let name):
      return """
        Esto quita el PIN de \(name), así que cualquier persona que use esta computadora podrá \
        abrir los datos de \(name). Hágalo solo para \(name), si lo olvidó.
        """
    case .pinResetConfirm:
      return "Escriba sí para quitarlo, o cualquier otra cosa para dejarlo."
    case .pinResetPrompt:
      return "¿quitar? "
    case .pinResetStays:
      return "El PIN se queda."
    case .pinResetAtHome(let name):
      return """
        Se quitó el PIN de \(name), y el registro lo anota. Abra los datos con `learner \(name)` y \
        después elija un PIN nuevo con `pin set`.
        """
    case .learnerNoSuchName(let name):
      return "No hay nadie llamado \(name). `learner` muestra la lista."
    case .languageUnknownCode:
      return "Teachback habla inglés (`en`) y español (`es`). Por ejemplo: `learner language es`."
    case .languageYours(let language):
      return "Usted aprende en \(language). Para cambiarlo, escriba `learner language es` (o `en`)."
    case .languageTheirs(let name, let language):
      return """
        \(name) aprende en \(language). Para cambiarlo, escriba `learner \(name) language es` (o \
        `en`).
        """
    case .languageFromNow(let language):
      return "Desde ahora usted aprende en \(language)."
    case .languageTheyWill(let name, let language):
      return "\(name) va a aprender en \(language)."
    case .languageContentOnlyIn(let language):
      return "Este contenido solo está en \(language), así que aquí sigue en \(language)."
    case .languageNameEnglish:
      return "inglés"
    case .languageNameSpanish:
      return "español"
    case .notSavedLanguage:
      return "No se pudo guardar el idioma que eligió: "
    case .contactPhone(let value):
      return "Teléfono: \(value)"
    case .contactHours(let value):
      return "Horario: \(value)"
    case .reportWritten(let format, let file):
      return "Se escribió el registro \(format), que solo usted puede leer, en:\n  \(file)"
    case .reportNoSuchSession(let id):
      return "No hay ninguna sesión \(id). `session` muestra la que está en curso."
    case .reportChooseALearner:
      return "Elija a una persona con `--for NOMBRE`."
    case .reportNoSuchLearner(let name):
      return "No hay nadie llamado `\(name)`. `learner` muestra la lista."
    case .reportNoSuchLearnerDidYouMean(let name, let suggestion):
      return "No hay nadie llamado `\(name)`. ¿Quiso decir `report --for \"\(suggestion)\"`?"
    case .handoutNoSuchTopic(let topic):
      return "No hay ningún tema `\(topic)`. Escriba `topics` para verlos."
    case .handoutNoSuchPath(let path):
      return "No hay ninguna ruta `\(path)`."
    case .handoutWritten(let count, let file):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Se escribió una hoja para llevar a casa con \(count) tema en:\n  \(file)"
      case .other:
        return "Se escribió una hoja para llevar a casa con \(count) temas en:\n  \(file)"
      }
    case .handoutOpenHTML:
      return "Ábrala en un navegador de internet para imprimirla."
    case .handoutOpenMarkdown:
      return "Es texto simple; se abre con cualquier editor de texto."
    case .clinicIsOn:
      return """
        El modo clínica está activo: los datos de cada persona se abren solo con su PIN o con la \
        contraseña de la enfermera educadora. `clinic off` lo apaga.
        """
    case .clinicIsOff:
      return """
        El modo clínica está apagado: esta computadora se usa como en casa. `clinic on` lo activa.
        """
    case .clinicHowToUse:
      return """
        Escriba solo `clinic on` o `clinic off`: después se le pide la contraseña, sin mostrarla.
        """
    case .clinicAlreadyOn:
      return "El modo clínica ya está activo."
    case .clinicChoosePassphrase(let shortest):
      return """
        Elija la contraseña de la enfermera educadora: \(shortest) caracteres o más, unas palabras \
        que vaya a recordar. No se ve mientras la escribe y no se puede recuperar, así que \
        guárdela en un lugar seguro.
        """
    case .clinicStillOff:
      return "El modo clínica sigue apagado."
    case .clinicPassphraseTooShort(let shortest):
      return """
        Esa contraseña es muy corta, así que el modo clínica sigue apagado. Escriba `clinic on` y \
        elija \(shortest) caracteres o más.
        """
    case .clinicDidNotMatch:
      return """
        Las dos no coinciden, así que el modo clínica sigue apagado. Escriba `clinic on` para \
        intentarlo otra vez.
        """
    case .clinicTurnedOn:
      return """
        El modo clínica está activo. Desde ahora Teachback empieza sin los datos de nadie abiertos \
        y no muestra nombres hasta que se escriba un PIN o la contraseña de la enfermera \
        educadora. Cuando termine el turno de una persona, escriba `learner close`.
        """
    case .clinicNotOn:
      return "El modo clínica no está activo."
    case .clinicTypeToTurnOff:
      return """
        Escriba la contraseña de la enfermera educadora para apagar el modo clínica (no se ve \
        mientras la escribe):
        """
    case .clinicStaysOn:
      return "El modo clínica sigue activo."
    case .clinicWrongPassphrase:
      return """
        Esa no es la contraseña de la enfermera educadora, así que el modo clínica sigue activo.
        """
    case .clinicTurnedOff:
      return """
        El modo clínica está apagado: Teachback vuelve a abrir a la última persona que lo usó y \
        muestra a todos con `learner`. Los PIN que se pusieron se quedan.
        """
    case .sessionAlreadyRunning(let names):
      return "Ya hay una sesión en curso con \(names). Termínela con `session end`."
    case .sessionNotStarted:
      return "No se empezó ninguna sesión."
    case .sessionOpenElsewhere:
      return "Otro Teachback en esta computadora tiene una sesión de enseñanza abierta."
    case .sessionStarted(let people, let plan):
      return "Sesión empezada con \(people)\(plan)."
    case .sessionRecordsEveryone:
      return "La lectura se anota para todos los presentes."
    case .sessionRecordsEveryoneInTurn:
      return """
        La lectura se anota para todos los presentes; las pruebas preguntan a cada persona por \
        turno, cada una en su propio orden.
        """
    case .sessionHowToNote:
      return """
        Escriba `note TEXTO` para anotar una observación, `demo TEMA passed` para una habilidad \
        que se mostró, y `session end` para terminar con un resumen.
        """
    case .sessionNoneRunning:
      return """
        No hay ninguna sesión de enseñanza en curso. Las enfermeras educadoras pueden empezar una \
        con `session start`.
        """
    case .sessionStatus(let time, let educator, let people):
      return "Sesión empezada a las \(time) por \(educator), con \(people)."
    case .sessionNotesSoFar(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "\(count) nota hasta ahora. `session end` la termina."
      case .other:
        return "\(count) notas hasta ahora. `session end` la termina."
      }
    case .sessionNoneToEnd:
      return "No hay ninguna sesión de enseñanza en curso."
    case .noteNeedsASession:
      return "Las notas son parte de una sesión de enseñanza. Empiece una con `session start`."
    case .noteWhat:
      return "Escriba la nota después de `note`, por ejemplo `note needs glasses`."
    case .noteNotSaved:
      return "La nota no se guardó."
    case .noteWhatAfterName:
      return "Escriba la nota después del nombre, por ejemplo `note Rosa: needs glasses`."
    case .notedAbout(let name):
      return "Anotado sobre \(name)."
    case .notedForTheSession:
      return "Anotado para toda la sesión."
    case .sessionPlanPath(let path):
      return ", ruta: \(path)"
    case .sessionPlanTopics(let topics):
      return ", temas: \(topics)"
    case .demoNeedsASession:
      return """
        Las demostraciones son parte de una sesión de enseñanza. Empiece una con `session start`.
        """
    case .demoNotSaved:
      return "La demostración no se guardó."
    case .demoRecorded(let id, let name, let topic, let outcome):
      return "Demostración \(id) anotada: \(name) mostró “\(topic)” — \(outcome)."
    case .demoPassed:
      return "lo hizo bien"
    case .demoNeedsPractice:
      return "necesita practicar"
    case .demoCorrected:
      return "(corregida)"
    case .demoNoneYet:
      return "Todavía no hay demostraciones en esta sesión. Por ejemplo: `demo flushing passed`."
    case .amendNothingChanged:
      return "No se cambió nada."
    case .amendIdentitySaved(let name, let identity):
      return "Guardado para \(name): \(identity)."
    case .amendEarlierStays:
      return "Lo que se escribió antes queda en el registro, marcado como corregido."
    case .amendNoSuchDemo(let id):
      return "No hay ninguna demostración \(id). `demo` muestra las de esta sesión."
    case .amendDemoCorrectedAlready(let id, let later):
      return """
        La demostración \(id) ya se corrigió, con la demostración \(later). Corrija esa: `amend \
        demo \(later) …`.
        """
    case .amendDemoCorrected(let id, let fixed, let outcome):
      return """
        La demostración \(id) se corrigió como \(fixed): \(outcome). El original queda en el \
        registro, marcado como corregido.
        """
    case .quizTitleReview:
      return "Repaso"
    case .quizTitleRedFlags:
      return "Cuándo llamar: las preguntas de seguridad"
    case .quizWhichTopic(let example):
      return """
        ¿Qué tema? Por ejemplo `quiz parts`, `quiz red-flags`, o una ruta como `quiz \(example)`.
        """
    case .quizNothingCalled(let name):
      return """
        No hay nada llamado `\(name)` para hacer una prueba. Pruebe con un tema (`topics` los \
        muestra), una ruta o `red-flags`.
        """
    case .quizNothingCalledDidYouMean(let name, let suggestion):
      return "No hay nada llamado `\(name)` para hacer una prueba. ¿Quiso decir `\(suggestion)`?"
    }
  }
}
