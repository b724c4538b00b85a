import Curriculum
import Foundation

/// A bundle folder named by a person (`--content DIR`, `teachback lint DIR`), checked before it
/// is read, so a wrong path is named plainly instead of as a problem at `bundle.yaml:1:1`.
public enum BundleFolder {
  /// Throws `BundleFolderProblem` unless `path` is a folder holding a `bundle.yaml`; `option`
  /// is how the folder was given (`--content`, `lint DIR`), for what to do next.
  public static func check(_ path: String, givenAs option: String) throws {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var isFolder: ObjCBool = false
    let problem: BundleFolderProblem.Kind
    if !FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) {
      problem = .missing
    } else if !isFolder.boolValue {
      problem = .notAFolder
    } else if !FileManager.default.fileExists(atPath: absolute + "/bundle.yaml") {
      problem = .noManifest
    } else {
      return
    }
    throw BundleFolderProblem(kind: problem, path: path, absolutePath: absolute, option: option)
  }
}

/// Why a named bundle folder cannot be read, with the path as typed and where it points.
public struct BundleFolderProblem: UserFacingError, Equatable {
  public enum Kind: Equatable, Sendable { case missing, notAFolder, noManifest }

  public var kind: Kind
  public var path: String
  public var absolutePath: String
  public var option: String

  private var named: String { path == absolutePath ? path : "\(path) (\(absolutePath))" }

  public var whatHappened: String {
    switch kind {
    case .missing: "There is no bundle folder \(named)."
    case .notAFolder: "\(named) is a file, but a bundle is a folder."
    case .noManifest: "\(named) is not a content bundle: it has no bundle.yaml."
    }
  }

  public var whatToDo: String {
    "Give the folder that holds bundle.yaml (\(option))."
  }
}
