import Foundation
import PackagePlugin

/// Compiles the implanted-port bundle into the target it is applied to, in each language it is
/// written in: at build time it runs `teachback-bundle-embedder` on `content/implanted-port`
/// and, when it is there, `content/implanted-port-es`, which validates them and writes them as
/// Swift source. Any change to a bundle file runs it again.
@main
struct EmbedBundle: BuildToolPlugin {
  /// The bundle folders, English first (the program's first language).
  static let folders = ["content/implanted-port", "content/implanted-port-es"]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let bundles = Self.folders.map { context.package.directoryURL.appendingPathComponent($0) }
      .filter {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("bundle.yaml").path)
      }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedBundleData.swift")
    return [
      .buildCommand(
        displayName: "Embedding the implanted-port bundle",
        executable: try context.tool(named: "teachback-bundle-embedder").url,
        arguments: bundles.map(\.path) + [output.path],
        inputFiles: bundles.flatMap(bundleFiles(in:)),
        outputFiles: [output])
    ]
  }

  /// `bundle.yaml` and every file in `topics/`, `questions/`, `images/` and `figures/`, which
  /// the loader reads.
  private func bundleFiles(in bundle: URL) -> [URL] {
    var files = [bundle.appendingPathComponent("bundle.yaml")]
    for folder in ["topics", "questions", "images", "figures"] {
      let url = bundle.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      files += names.sorted().map { url.appendingPathComponent($0) }
    }
    return files
  }
}
