import Curriculum
import Foundation
import Learning

/// Words for any error that reaches the shell: a `UserFacingError` says its own (Learning's are
/// worded by the shell, since Learning speaks no English); a Foundation
/// or system error is described by its cause; anything else says only that something
/// unexpected happened, never its raw form.
enum ErrorWording {
  static func message(for error: any Error, in language: Language) -> String {
    if let error = error as? any UserFacingError { return error.message }
    if let error = error as? LearningError { return error.words(in: language) }
    let nsError = error as NSError
    if let path = nsError.userInfo[NSFilePathErrorKey] as? String {
      return FileProblem(error, path: path, isWriting: false).message
    }
    return ShellMessage.errorUnexpected.text(in: language).plainText
  }

  static func exitCode(for error: any Error) -> Int32 {
    (error as? any UserFacingError)?.exitCode ?? ExitStatus.failure
  }
}
