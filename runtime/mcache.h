// mcache.h — the per-P allocation cache (the twin of Go's mcache.go).
//
// Design
//
// Each P owns one MCache; only the goroutine running on that P touches it,
// so it has no lock. For every span class it holds one span (alloc[spc]) to
// allocate from; nextFreeFast finds a slot with a count-trailing-zeros on
// the span's allocCache. When the span is full, refill() returns it to its
// mcentral and takes another span with free slots (mcentral.cacheSpan).
// Slots start as the sentinel emptymspan (no slots), so the fast path needs
// no null test: the first allocation of each class simply refills.
//
// Tiny allocator: pointer-free objects under 16 bytes are packed into one
// 16-byte block (from the noscan 16-byte class): `tiny` is the current
// block, `tinyoffset` its first unused byte. An object of size n is aligned
// to 8 if n%8==0, else to 4 if n%4==0, else to 2 if n%2==0 — its natural
// alignment, since such an object's alignment divides its size. If it does
// not fit, a new block is allocated and becomes `tiny` when it has more room
// left than the old one. The block lives until every object in it is dead
// (the collector sees one 16-byte object), which is why only noscan objects
// qualify.
//
// Statistics are counted here without atomics (Go's per-P heapStatsDelta)
// and summed by readMemStats.
//
// The process has one P for now, so one MCache: getMCache().
#pragma once

#include <cstdint>

#include "runtime/mspan.h"

namespace gomini::rt {

class MHeap;

// Per-P allocation counters, plain (one owner); readMemStats sums them.
struct MCacheStats {
    uint64_t nmalloc = 0;     // objects allocated (tiny allocations included)
    uint64_t allocBytes = 0;  // bytes of slots allocated (size-class bytes; tiny blocks count 16)
    uint64_t tinyAllocs = 0;  // tiny objects packed into an existing block
    uint64_t largeAllocs = 0; // objects > 32 KB
    uint64_t gcTriggerChecks = 0;  // times mallocgc reached its gcTrigger hook
};

class MCache {
public:
    explicit MCache(MHeap& heap);
    ~MCache();  // releaseAll(); the heap must outlive its caches
    MCache(const MCache&) = delete;
    MCache& operator=(const MCache&) = delete;

    // The span currently cached for spc (emptymspan when none).
    MSpan* span(SpanClass spc) const { return alloc_[spc.v]; }
    // Slow path: the address of a free slot of class spc, refilling from
    // mcentral when the cached span is full. *refilled reports a refill
    // (mallocgc then considers starting a GC).
    uintptr_t nextFree(SpanClass spc, bool* refilled);
    // Replaces the (full) span of spc with one that has a free slot.
    void refill(SpanClass spc);
    // A span for one large object of npages (its own span, filed on its
    // mcentral's full list for the sweeper).
    MSpan* allocLarge(uintptr_t npages, bool noscan);
    // Returns every cached span to its mcentral and drops the tiny block
    // (the collector calls it for each P at the start of a cycle).
    void releaseAll();

    MHeap& heap() { return heap_; }

    // Tiny allocator state (used by mallocgc).
    uintptr_t tiny = 0;
    uintptr_t tinyoffset = 0;
    MCacheStats stats;

private:
    MHeap& heap_;
    MSpan* alloc_[kNumSpanClasses];
};

// The sentinel span with no slots that empty mcache entries point to.
MSpan* emptymspan();

// The mcache of the current P. There is one P until the scheduler exists, so
// this is one process-wide cache on the global heap; it must only be used by
// one thread at a time.
MCache& getMCache();

}  // namespace gomini::rt
