import Curriculum
import Foundation

/// A bundle folder named by a person (`--content DIR`, `teachback lint DIR`), checked before it
/// is read, so a wrong path is named plainly instead of as a problem at `bundle.yaml:1:1`.
package enum BundleFolder {
  /// Throws `BundleFolderProblem` unless `path` is a folder holding a `bundle.yaml`; `option`
  /// is how the folder was given (`--content`, `lint DIR`), for what to do next.
  package static func check(_ path: String, givenAs option: String) throws {
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
package struct BundleFolderProblem: UserFacingError, Equatable {
  package enum Kind: Equatable, Sendable { case missing, notAFolder, noManifest }

  package var kind: Kind
  package var path: String
  package var absolutePath: String
  package var option: String

  private var named: String { path == absolutePath ? path : "\(path) (\(absolutePath))" }

  package var whatHappened: String {
    switch kind {
    case .missing: "There is no bundle folder \(named)."
    case .notAFolder: "\(named) is a file, but a bundle is a folder."
    case .noManifest: "\(named) is not a content bundle: it has no bundle.yaml."
    }
  }

  package var whatToDo: String {
    "Give the folder that holds bundle.yaml (\(option))."
  }
}
