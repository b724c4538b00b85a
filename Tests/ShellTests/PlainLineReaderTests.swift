import Foundation
import Testing

@testable import Shell

@Suite struct PlainLineReaderTests {
  /// Writes `bytes` into a pipe and reads every line back through a `PlainLineReader`.
  private func lines(from bytes: [UInt8]) throws -> [String] {
    var descriptors: [Int32] = [0, 0]
    try #require(pipe(&descriptors) == 0)
    let writeEnd = descriptors[1]
    let writer = Thread {
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    writer.start()
    defer { close(descriptors[0]) }
    let reader = PlainLineReader(descriptor: descriptors[0])
    var result: [String] = []
    while case .line(let line) = reader.readLine(prompt: "") { result.append(line) }
    return result
  }

  @Test func splitsLinesAndKeepsALastLineWithoutNewline() throws {
    #expect(
      try lines(from: Array("topics\r\nread 1\n\nlast".utf8)) == ["topics", "read 1", "", "last"])
  }

  @Test func dropsNULBytesAndReplacesInvalidUTF8() throws {
    #expect(try lines(from: [0x72, 0x00, 0x65, 0xFF, 0x61, 0x64, 0x0A]) == ["re\u{FFFD}ad"])
  }

  @Test func cutsAMegabyteLineWithoutLosingTheNextLine() throws {
    let long = [UInt8](repeating: UInt8(ascii: "a"), count: 1_048_576)
    let result = try lines(from: long + Array("\nhelp\n".utf8))
    #expect(result.count == 2)
    #expect(result[0].utf8.count == PlainLineReader.maximumLineBytes)
    #expect(result[1] == "help")
  }
}
