// mgc.h — the garbage collector's interface (the twin of Go's mgc.go entry
// points). This collector is stop-the-world mark-sweep, precise; the
// concurrent collector (write barrier, assists, background workers) replaces
// its insides later without changing this interface.
//
// When a collection runs: never inside mallocgc. mallocgc only *requests*
// a cycle (gcTrigger test true ⇒ gcRequested() becomes true); the VM polls
// gcRequested() at its safe points (function entry, loop back-edges, after
// allocating instructions) and calls gcCollect() there, when every live
// pointer is in a VM frame covered by a stack map, in a global, or in a root
// the VM reports. runtime.GC() calls gcCollect(gcReason::forced) directly
// (it is itself a safe point).
//
// Roots: the runtime knows nothing of VM frames. The VM registers one root
// scanner; during mark the collector calls it, and it reports every root
// word with markRoot()/scanBlock(). Pointers that do not point into the heap
// (static data, VM stacks, itabs) are ignored, so callers need not filter.
//
// Pacing (Go's gcControllerState, simplified): after a cycle that leaves
// `live` bytes marked, the next cycle is requested when heapAlloc reaches
// live * (1 + GOGC/100), with a 4 MB minimum heap (Go's heapMinimum);
// GOGC=off never triggers. GODEBUG=gcstress=1 requests a cycle after every
// allocation while the live heap is small (see setGCDebug; =2 after every
// allocation whatever the heap). GODEBUG=gctrace=1 prints one line per cycle on stderr in Go's
// format:
//   gc 1 @0.012s 2%: 0.010+0.20+0.003 ms clock, 0.010+0/0.1/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P
// ("(forced)" appended for runtime.GC()).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace gomini::rt {

class GcWork;  // the mark work queue (mgcwork.cpp); opaque to the VM

// Mark the object containing p (if p points into an allocated heap object).
void markRoot(GcWork& w, const void* p);
// Scan n consecutive words at `base`: word i is a pointer iff bit i of
// `bitmap` is set (LSB first); bitmap == nullptr means every word may be a pointer.
void scanBlock(GcWork& w, const void* base, size_t nwords, const uint8_t* bitmap);

using RootScanner = void (*)(GcWork& w, void* ctx);
// Register the root scanner (one; the VM's). Replaces any earlier one.
void setRootScanner(RootScanner fn, void* ctx);

enum class gcReason { heap, forced, stress };

// Whether mallocgc has asked for a cycle. Cheap: one relaxed atomic load.
bool gcRequested();
// Run a full stop-the-world cycle now: mark from roots, sweep every span,
// update pacing and memstats (NumGC), print the gctrace line if enabled.
void gcCollect(gcReason why);

// GOGC as a percentage (-1 = off), runtime/debug.SetGCPercent: returns the old value.
int32_t setGCPercent(int32_t pct);

// ---------------------------------------------------------------------------
// Added by the collector (mgc.cpp); everything above is the lead's interface.

// The flag behind gcRequested(), inline so that a VM safe-point poll is one
// relaxed load and no call. Set by mallocgc (gcTrigger / gcstress), cleared
// by gcCollect.
extern std::atomic<bool> gcRequestFlag;
inline bool gcRequested() { return gcRequestFlag.load(std::memory_order_relaxed); }

// As scanBlock, but the words are goroutine stack (VM frames): counted as
// "stacks" in pacing and gctrace, where scanBlock's words count as "globals".
void scanStack(GcWork& w, const void* base, size_t nwords, const uint8_t* bitmap);

// The registered root scanner (null when none) and its ctx; lets a scanner
// be restored or chained (tests wrap the VM's).
RootScanner rootScanner(void** ctx);

// Overrides GODEBUG's gctrace and gcstress (read from settings() at start);
// for tests and the VM's command-line flags. Negative leaves a knob as is.
// gcstress=2 requests a cycle after every allocation; gcstress=1 after every
// allocation while the live heap is under 1024 objects, else after every
// (live objects/64)-th one (bounded marking work per allocation; mgcwork.h).
void setGCDebug(int32_t gctrace, int32_t gcstress);

// The heap goal of the next cycle in bytes (MemStats.NextGC); MaxInt64 with GOGC=off (as Go).
uint64_t gcHeapGoal();

class MHeap;
class MCache;

// What one cycle saw (for tests and gctrace).
struct GcCycleStats {
    uint64_t heap0 = 0;           // heap bytes allocated when the cycle started
    uint64_t heapMarked = 0;      // bytes of marked (live) objects, slot sizes
    uint64_t objectsMarked = 0;   // marked objects (a tiny block counts once)
    uint64_t objectsFreed = 0;    // objects the sweep freed
    uint64_t bytesFreed = 0;      // their slot bytes
    uint64_t spansFreed = 0;      // spans returned to mheap
    uint64_t stackScan = 0;       // root bytes reported by scanStack
    uint64_t globalsScan = 0;     // root bytes reported by scanBlock
    uint64_t scanWork = 0;        // heap bytes scanned
};

// One stop-the-world mark-sweep cycle on an explicit heap: flushes the
// given mcaches (dropping their tiny blocks), marks from `fn` (null = no
// roots), sweeps every span of h. No pacing, no NumGC, no gctrace: this is
// the machinery gcCollect runs on the process heap, exposed so that tests
// can collect a private MHeap. Frees are recorded in h's own statistics.
GcCycleStats gcCollectHeap(MHeap& h, MCache* const* caches, size_t ncaches, RootScanner fn, void* ctx);

}  // namespace gomini::rt
