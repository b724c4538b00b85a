import Curriculum
import Foundation
import Reports
import TestSupport
import Testing

@Suite("Handout")
struct HandoutTests {
  let bundle = SampleBundle.make()

  @Test func htmlHasTheWhenToCallBoxWithEveryWarningSign() throws {
    let html = try Handout(bundle: bundle, topicIDs: ["about", "care"], careTeamContact: nil).html()
    let box = try #require(html.range(of: "<section class=\"call-box\">"))
    let boxText = html[box.lowerBound...]
    for sign in bundle.manifest.warningSigns {
      #expect(boxText.contains(sign.label))
    }
    #expect(boxText.contains("When to call your care team"))
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains(bundle.manifest.disclaimer))
  }

  @Test func theWhenToCallBoxIsOnPageOneAndEveryBoxToTickHasAName() throws {
    var bundle = SampleBundle.make()
    bundle.topics[1].sections[0].markdown += "\n\n- [ ] Wash your **hands**\n- [x] Check the skin\n"
    let handout = try Handout(bundle: bundle, topicIDs: ["about", "care"], careTeamContact: nil)
    let html = handout.html()
    let box = try #require(html.range(of: "<section class=\"call-box\">"))
    let firstTopic = try #require(html.range(of: "<section class=\"topic\">"))
    #expect(box.lowerBound < firstTopic.lowerBound)
    #expect(html.contains("<input type=\"checkbox\" aria-label=\"Wash your hands\" disabled"))
    #expect(html.contains("aria-label=\"Check the skin\""))
    let markdown = handout.markdown()
    let call = try #require(markdown.range(of: "## When to call your care team"))
    let about = try #require(markdown.range(of: "## About your port"))
    #expect(call.lowerBound < about.lowerBound)
  }

  @Test func contentsLinkToEachTopicAndSectionsHaveIDs() throws {
    let html = try Handout(bundle: bundle, topicIDs: ["about", "care"], careTeamContact: nil).html()
    let contents = try #require(html.range(of: "<nav class=\"contents\">"))
    let topics = try #require(html.range(of: "<section class=\"topic\">"))
    #expect(contents.lowerBound < topics.lowerBound)
    for topic in ["about", "care"].compactMap(bundle.topic(id:)) {
      #expect(html.contains("<a href=\"#\(topic.id)\">\(topic.title)</a>"))
      #expect(html.contains("<h2 id=\"\(topic.id)\">"))
      for section in topic.sections {
        #expect(html.contains("<h3 id=\"\(topic.id)-\(section.id)\">"))
      }
    }
    let single = try Handout(bundle: bundle, topicIDs: ["care"], careTeamContact: nil).html()
    #expect(!single.contains("class=\"contents\""), "one topic needs no contents")
  }

  @Test func markdownEndsWithTheContactOrThePlaceholder() throws {
    let withContact = try Handout(
      bundle: bundle, topicIDs: ["care"], careTeamContact: ["Port clinic", "555-0100 (day)"]
    ).markdown()
    let contactIndex = try #require(withContact.range(of: "555\\-0100 \\(day\\)"))
    #expect(withContact.range(of: "**Your care team:**")!.lowerBound < contactIndex.lowerBound)
    #expect(withContact.hasSuffix("_\(bundle.manifest.disclaimer)_\n"))

    let placeholder = try Handout(bundle: bundle, topicIDs: ["care"], careTeamContact: nil)
      .markdown()
    #expect(placeholder.contains(bundle.manifest.careTeamPlaceholder))
    #expect(placeholder.contains("Write it here:"))
  }

  @Test func anUnknownTopicIsAnError() {
    #expect(throws: ReportError.unknownTopic("nope")) {
      try Handout(bundle: bundle, topicIDs: ["nope"], careTeamContact: nil)
    }
  }

  @Test func embedsTheBundlesPicturesAndLoadsNothingFromElsewhere() throws {
    var bundle = SampleBundle.make()
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]
    bundle.pictures["images/port.png"] = Picture(path: "images/port.png", kind: .png, bytes: png)
    let care = try #require(bundle.topics.firstIndex { $0.id == "care" })
    bundle.topics[care].sections[0].markdown +=
      "\n\n![The port under the skin](../images/port.png)\n\n"
      + "![A remote picture](https://example.org/beacon.png) [a file](file:///etc/passwd)\n"
    let html = try Handout(bundle: bundle, topicIDs: ["care"], careTeamContact: nil).html()
    #expect(
      html.contains(
        "<img src=\"data:image/png;base64,iVBORw0KGgoAAAAA\" alt=\"The port under the skin\""))
    #expect(!html.contains("example.org/beacon"))
    #expect(html.contains("A remote picture"))
    #expect(!html.contains("file:"))
  }

  @Test func footnotesOfDifferentTopicsKeepTheirOwnIDs() throws {
    var bundle = SampleBundle.make()
    for index in bundle.topics.indices {
      bundle.topics[index].sections[0].markdown += "\n\nA fact.[^1]\n\n[^1]: A source.\n"
    }
    let html = try Handout(bundle: bundle, topicIDs: ["about", "care"], careTeamContact: nil).html()
    for id in ["fn-about-1", "fnref-about-1", "fn-care-1", "fnref-care-1"] {
      #expect(html.components(separatedBy: "id=\"\(id)\"").count == 2, "\(id) once")
      #expect(html.contains("href=\"#\(id)\""))
    }
  }
}
