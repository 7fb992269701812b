// mgcwork.h — the collector's gray-object queue and its internal interface
// (the twin of Go's mgcwork.go; also declares what mgc.cpp, mgcmark.cpp,
// mgcsweep.cpp and mgcpacer.cpp share — nothing outside runtime/mgc*.cpp and
// malloc.cpp may include it).
//
// Design
//
// Marking is a graph walk with an explicit work list, never recursion: a
// gray object is one whose mark bit is set but whose pointers have not been
// scanned yet. Gray objects live in workbufs — fixed 2 KB buffers of object
// addresses, as in Go. A GcWork (one per marking worker; one today) holds a
// primary and a secondary buffer: put() pushes on the primary, swapping with
// the secondary when full, and only when both are full does it hand a full
// buffer to the global pool; tryGet() pops the same way. The swap gives
// hysteresis, so a worker oscillating around a buffer boundary does not hit
// the pool's lock. The pool (Go's work.full / work.empty lists) is shared by
// all workers and guarded by a mutex; its buffers come from mmapped 64 KB
// chunks that are reused by every later cycle and never unmapped (runtime
// metadata never comes from the C++ heap — HACKING.md rule 2).
//
// The walk is LIFO (depth-first), so a long linked list keeps one entry in
// the queue at a time; a wide graph grows the queue by buffers from the
// pool, bounded by the number of objects, never by the C++ stack.
//
// Invariants:
//   - an address is put on a queue only after its mark bit was set by
//     greyobject, so each object is queued at most once per cycle;
//   - only scan objects (pointer-carrying span classes) are queued;
//   - at the end of mark every GcWork is empty and disposed, and the pool's
//     full list is empty (asserted by gcMarkDone).
#pragma once

#include <cstdint>

#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/malloc.h"

namespace gomini::rt {

inline constexpr uintptr_t kWorkbufSize = 2048;

struct Workbuf {
    Workbuf* next = nullptr;
    uintptr_t nobj = 0;
    uintptr_t obj[(kWorkbufSize - 2 * sizeof(uintptr_t)) / sizeof(uintptr_t)];
};
static_assert(sizeof(Workbuf) == kWorkbufSize, "workbuf layout");
inline constexpr uintptr_t kWorkbufCap = sizeof(Workbuf::obj) / sizeof(uintptr_t);

// A per-worker gray queue (Go's gcWork).
class GcWork {
public:
    explicit GcWork(MHeap& h) : heap(h) {}
    ~GcWork() { dispose(); }
    GcWork(const GcWork&) = delete;
    GcWork& operator=(const GcWork&) = delete;

    // Queues gray object obj (its mark bit is already set).
    void put(uintptr_t obj);
    // The next gray object, or 0 when this worker and the pool are empty.
    uintptr_t tryGet();
    // Returns both buffers to the pool (full ones to the full list).
    void dispose();
    bool empty() const;

    MHeap& heap;
    // Counters for this worker, summed into the cycle's stats.
    uint64_t bytesMarked = 0;
    uint64_t objectsMarked = 0;
    uint64_t scanWork = 0;
    uint64_t stackScan = 0;
    uint64_t globalsScan = 0;

private:
    Workbuf* wbuf1 = nullptr;
    Workbuf* wbuf2 = nullptr;
};

// The pool's full list must be empty between cycles (gcMarkDone checks it).
bool workbufPoolHasFull();
// Workbufs ever mapped (for tests: the pool is bounded by the widest frontier).
uintptr_t workbufsAllocated();

// --- mgcmark.cpp ---

// Marks the object at obj (slot base, allocated) in span s and queues it if it has pointers.
void greyobject(GcWork& w, uintptr_t obj, MSpan* s, uintptr_t objIndex);
// Scans gray object b: greys every object its pointer words point to.
void scanobject(GcWork& w, uintptr_t b);
// Drains w until it and the pool are empty (Go's gcDrain, without preemption: the world is stopped).
void gcDrain(GcWork& w);

// --- mgcsweep.cpp ---

struct SweepStats {
    uint64_t objectsFreed = 0;
    uint64_t bytesFreed = 0;
    uint64_t spansFreed = 0;
    uint64_t spansSwept = 0;
};
// Advances h.sweepgen by 2 and sweeps every span on h's mcentral lists (the
// mcaches must have been flushed). Records the frees in h's stats.
SweepStats gcSweep(MHeap& h);
// Checks HACKING.md's sweep invariants on every span of h; fatal on the first violation.
void checkSweptHeap(MHeap& h);

// --- mgcpacer.cpp ---

// Go's gcControllerState, reduced to what a stop-the-world collector needs.
// All fields are atomics: mallocgc reads the trigger on the allocating
// thread, setGCPercent may run on another.
struct GcController {
    std::atomic<int32_t> gcPercent{100};        // -1 = off
    std::atomic<uint64_t> heapMinimum{4 << 20};  // defaultHeapMinimum * GOGC/100
    std::atomic<uint64_t> heapMarked{0};        // live bytes after the last cycle
    std::atomic<uint64_t> lastStackScan{0};
    std::atomic<uint64_t> globalsScan{0};
    std::atomic<uint64_t> heapGoal{4 << 20};    // the next cycle starts when heapLive reaches it
    std::atomic<uint64_t> lastHeapGoal{4 << 20};// the goal the last cycle ran against (gctrace)
    std::atomic<int64_t> lastGCMono{0};         // monotonic ns at the end of the last cycle (0: none)
    std::atomic<uint32_t> cycles{0};            // completed cycles (Go's work.cycles)

    // Recomputes heapGoal from heapMarked, the root sizes and gcPercent (Go's commit).
    void commit();
    // Called at the end of a cycle with what it marked.
    void endCycle(uint64_t marked, uint64_t stackScan, uint64_t globals);
};
GcController& gcController();
// Bytes of allocated heap objects on the process heap right now (Go's heapLive;
// exact here since every cycle sweeps fully). Call on the allocating thread.
uint64_t heapLive();

// --- mgc.cpp ---

// Whether GODEBUG gcstress / gctrace are on (overridable by setGCDebug).
extern std::atomic<int32_t> debugGCStress;
extern std::atomic<int32_t> debugGCTrace;
// Sets gcRequestFlag (mallocgc calls it when a trigger fires).
void gcRequest();
// GODEBUG=gcstress: called by mallocgc after every allocation. gcstress=2
// requests a cycle every time. gcstress=1 does so while the last cycle
// marked fewer than kStressStrict objects (most test programs), and for a
// larger live heap every (marked/kStressBudget)-th allocation: a cycle per
// allocation costs O(allocations × live heap) — hours for a program that
// keeps 10^5 objects alive — while this bounds the marking work to about
// kStressBudget objects per allocation.
inline constexpr uint64_t kStressStrict = 1024;
inline constexpr uint64_t kStressBudget = 64;
void gcStressTick();
// Fills the collector's part of MemStats (NumGC, PauseTotalNs, LastGC, NextGC, NumForcedGC).
void gcReadMemStats(MemStats& m);

}  // namespace gomini::rt
