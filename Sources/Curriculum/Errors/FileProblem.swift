import Foundation

/// Why a file could not be read or written, by cause, in words a person can act on. Built from
/// `errno`, a `POSIXError` or a Foundation error, so none of those is ever shown raw.
package struct FileProblem: UserFacingError, Equatable, Sendable {
  package enum Cause: Equatable, Sendable {
    case noSuchFolder
    case notAllowed
    case diskFull
    case readOnly
    case alreadyExists
    case isAFolder
    case noSuchFile
    /// A folder was needed where there is a file.
    case notAFolder
    /// A file that should be UTF-8 text is not.
    case notText
    /// Anything else, with the system's short description.
    case other(String)
  }

  package var cause: Cause
  /// The file that was being read or written.
  package var path: String
  package var isWriting: Bool

  package init(cause: Cause, path: String, isWriting: Bool) {
    self.cause = cause
    self.path = path
    self.isWriting = isWriting
  }

  /// The problem `errno` names, for `path`.
  package init(errno code: Int32, path: String, isWriting: Bool) {
    self.init(cause: Self.cause(ofErrno: code, path: path), path: path, isWriting: isWriting)
  }

  /// The problem behind any error from Foundation or the system, for `path`.
  package init(_ error: any Error, path: String, isWriting: Bool) {
    if let problem = error as? FileProblem {
      self = problem
      return
    }
    let code = Self.posixCode(of: error as NSError)
    self.init(
      cause: code.map { Self.cause(ofErrno: $0, path: path) } ?? Self.cause(of: error as NSError),
      path: path, isWriting: isWriting)
  }

  private var folder: String { (path as NSString).deletingLastPathComponent.nonEmpty ?? "." }

  package var whatHappened: String {
    let verb = isWriting ? "written" : "read"
    switch cause {
    case .noSuchFolder:
      return "The folder \(folder) does not exist, so \(path) could not be \(verb)."
    case .noSuchFile: return "There is no file \(path)."
    case .notAllowed:
      return isWriting
        ? "You are not allowed to write in the folder \(folder)."
        : "You are not allowed to read \(path)."
    case .diskFull: return "The disk is full, so \(path) could not be written."
    case .readOnly: return "\(folder) is on a disk that cannot be written to."
    case .alreadyExists: return "\(path) is already there."
    case .isAFolder: return "\(path) is a folder, not a file."
    case .notAFolder: return "\(path) is a file, where a folder is needed."
    case .notText: return "\(path) is not UTF-8 text."
    case .other(let reason): return "\(path) could not be \(verb): \(reason)."
    }
  }

  package var whatToDo: String {
    switch cause {
    case .noSuchFolder: "Check the path, or create the folder first."
    case .noSuchFile: "Check the name and the folder."
    case .notAllowed, .readOnly: "Choose a folder of your own, such as your home folder."
    case .diskFull: "Free some space, then try again."
    case .alreadyExists: "Choose another name, or move the old file aside."
    case .isAFolder: "Add a file name after the folder."
    case .notAFolder: "Move that file aside, or choose another place."
    case .notText: "Save it as UTF-8 text (most editors offer this under “Save as”) and try again."
    case .other: ""
    }
  }

  // MARK: - Mapping

  private static func cause(ofErrno code: Int32, path: String) -> Cause {
    switch code {
    case ENOENT, ENOTDIR:
      let folder = (path as NSString).deletingLastPathComponent.nonEmpty ?? "."
      var isFolder: ObjCBool = false
      let folderExists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
      return folderExists && isFolder.boolValue ? .noSuchFile : .noSuchFolder
    case EACCES, EPERM: return .notAllowed
    case ENOSPC, EDQUOT: return .diskFull
    case EROFS: return .readOnly
    case EEXIST: return .alreadyExists
    case EISDIR: return .isAFolder
    default: return .other(String(cString: strerror(code)))
    }
  }

  private static func posixCode(of error: NSError) -> Int32? {
    if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
      return posixCode(of: underlying)
    }
    return nil
  }

  private static func cause(of error: NSError) -> Cause {
    guard error.domain == NSCocoaErrorDomain else { return .other(error.localizedDescription) }
    switch CocoaError.Code(rawValue: error.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return .noSuchFile
    case .fileWriteNoPermission, .fileReadNoPermission: return .notAllowed
    case .fileWriteOutOfSpace: return .diskFull
    case .fileWriteVolumeReadOnly: return .readOnly
    case .fileWriteFileExists: return .alreadyExists
    case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding:
      return .notText
    default: return .other("the system reported error \(error.code)")
    }
  }
}

extension String {
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
