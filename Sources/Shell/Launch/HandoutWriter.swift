import Curriculum
import Foundation
import Reports

/// Makes a handout for `teachback handout`: the topics named (or a path's), with this machine's
/// care team contact.
public enum HandoutWriter {
  /// Writes the handout to `outputFile` (0600, atomically) or returns it when `outputFile` is nil.
  public static func make(
    topics: [String], pathID: String?, format: Handout.Format, outputFile: String?,
    options: LaunchOptions
  ) throws -> String? {
    let bundle = try Launcher.loadBundle(options).get()
    var topicIDs = topics.isEmpty ? [] : try topics.map { try resolve($0, in: bundle) }
    if let pathID {
      guard let path = bundle.path(id: pathID) else { throw ReportError.unknownPath(pathID) }
      topicIDs += path.topicIDs
    }
    if topicIDs.isEmpty { topicIDs = bundle.topics.map(\.id) }
    let settings = (try? LocalSettings.defaultFile().map(LocalSettings.load(from:))) ?? nil
    let handout = try Handout(
      bundle: bundle, topicIDs: topicIDs, careTeamContact: settings?.careTeamContact)
    let text = handout.render(format)
    guard let outputFile else { return text }
    try PrivateFile.write(Data(text.utf8), to: URL(fileURLWithPath: outputFile))
    return nil
  }

  private static func resolve(_ query: String, in bundle: ContentBundle) throws -> String {
    switch TopicResolver(topics: bundle.topics).resolve(query) {
    case .found(let index, _): return bundle.topics[index].id
    default: throw ReportError.unknownTopic(query)
    }
  }
}
