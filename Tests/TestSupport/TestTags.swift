// Swift Testing is only on the search path when building tests (see `Snapshot.swift`).
#if canImport(Testing)
  import Testing

  extension Tag {
    /// A test that takes a noticeable part of a second or more on its own (fuzzing, whole-shell
    /// transcripts, child processes, megabytes of input). Every test still runs in `swift test`;
    /// the tag says which to leave out for a quick loop while working
    /// (`swift test --skip '<test name>'`), and which to look at first when the run gets slow.
    @Tag package static var slow: Self
  }
#endif
