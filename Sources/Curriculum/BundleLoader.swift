// CONTRACT STAND-IN: replaced by the real loader (issue 4), keeping these signatures.
import Foundation

/// A bundle that could not be loaded, with every problem found in one pass.
public struct BundleLoadError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

public enum BundleLoader {
  /// Loads and validates the bundle in `directory`; throws `BundleLoadError` listing every error.
  public static func load(from directory: URL) throws -> ContentBundle {
    throw BundleLoadError(diagnostics: [
      Diagnostic(file: "bundle.yaml", line: 1, column: 1, severity: .error, message: "loader not built yet")
    ])
  }
}
