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

  @Test func pageOneSaysWhatItIsForAndWhoAndBoxesTheJobsAtHome() throws {
    let path = try #require(bundle.manifest.paths.first { $0.id == "at-home" })
    let html = try Handout(
      bundle: bundle, topicIDs: path.topicIDs, careTeamContact: nil, path: path
    ).html()
    let order = try [
      "What this handout is for:", "<section class=\"call-box\">", "Your jobs at home",
      "Your jobs, step by step", "Fill in this card", "<section class=\"topic\">",
      "Daily site checklist", "Flush log", "Questions? Worried?", "class=\"disclaimer\"",
    ].map { try #require(html.range(of: $0), "\($0)").lowerBound }
    #expect(order == order.sorted())
    #expect(html.contains("<strong>Who it is for:</strong> At home. Care at home."))
    let steps = try #require(html.range(of: "Your jobs, step by step"))
    #expect(
      html[steps.lowerBound...].contains(
        "<h3>Job 1: Check the skin around the port every day.</h3>\n<ol>"))
    #expect(!html.lowercased().contains("if you said yes"))
  }

  @Test func theCardAndTheLogsHaveRoomToWriteAndTheClosingBoxTheContact() throws {
    let blank = try Handout(bundle: bundle, topicIDs: ["care"], careTeamContact: nil).markdown()
    let rows = [
      "Care team, daytime phone", "Nights and weekends phone",
      "Where to go if we cannot reach anyone", "Call if the temperature is at or above",
      "Port type (for example, single or double lumen)", "Power-injectable (can take scan dye)?",
      "Next flush date",
    ]
    for row in rows {
      #expect(blank.contains("| **\(row)** |"), "\(row)")
    }
    #expect(blank.contains("☐ Yes  ☐ No  ☐ Not sure: ask"))
    #expect(blank.contains("| Sign to look for | Day 1 |"))
    #expect(blank.contains("| Date | Who did it, and where | How it went | Next flush date |"))
    #expect(blank.contains("**Write your care team's number here:** \\_\\_"))
    let filled = try Handout(
      bundle: bundle, topicIDs: ["care"], careTeamContact: ["Port clinic", "Phone: 555-0100"]
    ).markdown()
    let closing = try #require(filled.range(of: "## Questions? Worried?"))
    #expect(
      filled[closing.lowerBound...].contains(
        "**Your care team:**  \nPort clinic  \nPhone\\: 555\\-0100"))
    #expect(filled.contains("| **Care team, daytime phone** | Port clinic; Phone\\: 555\\-0100 |"))
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
