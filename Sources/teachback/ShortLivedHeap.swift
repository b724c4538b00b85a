#if canImport(Glibc)
  import Glibc
#endif

/// Tunes glibc's allocator for a process that ends soon after its work, as `teachback render`
/// does: blocks it frees (up to 32 MiB each) stay in its heap for its later allocations
/// instead of going back to the system to be faulted in again, about a millisecond less per
/// megabyte of Markdown. `mallopt` is looked up at run time because Swift's Glibc module
/// leaves out `<malloc.h>`; where it is missing, nothing changes.
enum ShortLivedHeap {
  static func keepFreedMemory() {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(nil, "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD: larger blocks are mapped on their own
    let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD: free memory kept at the heap's top
    _ = mallopt(mmapThreshold, 32 << 20)
    _ = mallopt(trimThreshold, 1 << 30)
  }
}
