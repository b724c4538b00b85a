import Dispatch
import Foundation

/// Runs independent work items across the cores.
enum Parallel {
  /// Calls `body` once for each index in `0..<count`, in chunks of up to 8 so that each core
  /// gets several; returns when all calls have returned.
  static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
    guard count > 1 else {
      if count == 1 { body(0) }
      return
    }
    let chunkSize = min(8, max(1, count / (4 * ProcessInfo.processInfo.activeProcessorCount)))
    let chunks = (count + chunkSize - 1) / chunkSize
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) { body(index) }
    }
  }
}

/// Fixed slots written from concurrent work, one writer per slot, read after all work ended.
final class ResultSlots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  var values: [Value?] { lock.withLock { storage } }
}
