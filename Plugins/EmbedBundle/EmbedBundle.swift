import Foundation
import PackagePlugin

/// Compiles the implanted-port bundle into the target it is applied to: at build time it runs
/// `teachback-bundle-embedder` on `content/implanted-port`, which validates the bundle and writes
/// it as Swift source. Any change to a bundle file runs it again.
@main
struct EmbedBundle: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let bundle = context.package.directoryURL.appendingPathComponent("content/implanted-port")
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedBundleData.swift")
    return [
      .buildCommand(
        displayName: "Embedding the implanted-port bundle",
        executable: try context.tool(named: "teachback-bundle-embedder").url,
        arguments: [bundle.path, output.path],
        inputFiles: bundleFiles(in: bundle),
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
