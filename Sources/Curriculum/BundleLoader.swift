import Foundation

/// A bundle that could not be loaded, with every problem found in one pass.
package struct BundleLoadError: Error, Sendable, CustomStringConvertible {
  package var diagnostics: [Diagnostic]
  package init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// What loading a bundle found: the bundle when it has no error, and every diagnostic.
package struct LoadResult: Sendable {
  /// Nil when any diagnostic is an error.
  package var bundle: ContentBundle?
  /// Errors and warnings, sorted by file, line and column.
  package var diagnostics: [Diagnostic]
  /// How many files were read.
  package var fileCount: Int

  package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Loads a content bundle folder (see `docs/content-format.md`) into a `ContentBundle`.
///
/// The folder is untrusted: paths stay inside it, files are at most 1 MiB of UTF-8, YAML anchors
/// and aliases are refused and nesting is at most 32 deep. Every problem is collected in one
/// pass, each with file, line and what to do about it. Besides each file's own checks, loading
/// checks that every reference resolves (topics, sections, audiences, warning signs) and that ids
/// are unique; `BundleLinter` adds advice on coverage and readability.
package enum BundleLoader {
  /// Loads and validates the bundle in `directory`; throws `BundleLoadError` listing every error.
  package static func load(from directory: URL) throws -> ContentBundle {
    let result = loadWithDiagnostics(from: directory)
    guard let bundle = result.bundle else { throw BundleLoadError(diagnostics: result.errors) }
    return bundle
  }

  /// Loads the bundle in `directory`, returning warnings as well as errors instead of throwing.
  package static func loadWithDiagnostics(from directory: URL) -> LoadResult {
    let reading = BundleReading.read(from: directory)
    return result(of: reading)
  }

  static func result(of reading: BundleReading) -> LoadResult {
    let diagnostics = (reading.diagnostics + CrossReferenceChecker.check(reading)).sortedForReport()
    let hasErrors = diagnostics.contains { $0.severity == .error }
    var bundle: ContentBundle?
    if !hasErrors, let manifest = reading.manifest?.manifest {
      bundle = ContentBundle(
        manifest: manifest, topics: reading.topics.map(\.topic),
        questions: reading.questions.map(\.question), pictures: reading.pictures,
        figures: reading.figures)
    }
    return LoadResult(bundle: bundle, diagnostics: diagnostics, fileCount: reading.fileCount)
  }
}

extension [Diagnostic] {
  /// Sorted by file (bundle.yaml first, then by path), line, column, errors before warnings.
  func sortedForReport() -> [Diagnostic] {
    sorted { a, b in
      if a.file != b.file {
        if a.file == ManifestReader.file { return true }
        if b.file == ManifestReader.file { return false }
        return a.file < b.file
      }
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      if a.severity != b.severity { return a.severity == .error }
      return a.message < b.message
    }
  }
}
