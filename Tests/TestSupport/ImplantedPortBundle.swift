import Curriculum
import Foundation

/// The shipped implanted-port bundle, loaded once through the real loader.
public enum ImplantedPortBundle {
  public static let loaded: Result<ContentBundle, Error> = Result {
    try BundleLoader.load(from: RepositoryFiles.implantedPortBundle)
  }

  public static func load() throws -> ContentBundle { try loaded.get() }
}
