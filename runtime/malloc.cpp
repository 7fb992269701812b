// malloc.cpp — memory allocator (the twin of Go's malloc.go).
//
// Design
//
// The heap is made of arenas of 8 KB pages (mheap.cpp). Allocating a small
// object (≤ 32 KB) climbs a hierarchy of caches, each step taken only when
// the one below it is empty:
//   1. Round the size up to one of Go's 67 size classes (sizeclasses.h) and
//      pick the span class: the size class plus whether the type has
//      pointers (scan) or not (noscan).
//   2. mcache (per P, no lock): the cached span of that class; nextFreeFast
//      finds a free slot with one count-trailing-zeros on its allocCache.
//   3. When the cache word runs out, nextFree scans the span's allocBits for
//      the next free slot (nextFreeIndex).
//   4. When the span is full, the mcache returns it to the class's mcentral
//      and takes a span with free slots from it (refill; mcentral locks).
//   5. When the mcentral has no such span, it asks mheap for a fresh run of
//      pages (mheap locks), and mheap maps another 64 MB arena when its page
//      allocator has no run left.
// Tiny objects (pointer-free, < 16 B) are packed into shared 16-byte blocks
// first (mcache.h explains the alignment rule). Large objects (> 32 KB) skip
// the caches: mheap gives each one its own span of whole pages.
//
// Zeroing: a span whose pages were never used is already zero (fresh mmap);
// otherwise (needzero) mallocgc clears the slot unless the caller said it
// will overwrite it. Tiny blocks are always cleared, since several objects
// share them.
//
// Precise scanning: for a small scan object mallocgc copies the pointer
// bitmap of its type (repeated for arrays) into the heap bitmap
// (heapBitsSetType); a large scan span records its element type instead
// (largeType). Noscan spans have neither and are never scanned.
//
// Statistics: the mcache counts objects and bytes without atomics;
// readMemStats adds them to the frees the sweeper records in mheap and to
// mheap's page counters, and asks the collector for its own (NumGC...).
//
// GC hook: mallocgc never collects. After a refill or a large allocation on
// the process heap it consults gcTrigger{heap}.test() and, when it holds,
// sets the request flag; with GODEBUG=gcstress it ticks the stress counter
// after every allocation (gcStressTick: a request at (nearly) every
// allocation). The VM collects at its next safe point (mgc.h).
#include "runtime/malloc.h"

#include <atomic>
#include <cstdio>
#include <cstring>

#include "runtime/base.h"
#include "runtime/mcache.h"
#include "runtime/mgcwork.h"
#include "runtime/mheap.h"

namespace gomini::rt {

namespace {

alignas(16) uint8_t zerobaseBytes[16];

inline uintptr_t alignUp(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }

void checkType(size_t size, const TypeDesc* t) {
    GM_ASSERT(t->size > 0 && t->ptrdata <= t->size && t->ptrdata % kPtrSize == 0,
              "type %s: size %zu, ptrdata %zu", t->name, size_t(t->size), size_t(t->ptrdata));
    GM_ASSERT(t->ptrdata == 0 || t->gcdata != nullptr, "type %s has ptrdata %zu but no pointer bitmap", t->name,
              size_t(t->ptrdata));
    // The heap bitmap repeats the type's pointer mask, so a scan object must be whole elements.
    GM_ASSERT(t->ptrdata == 0 || size % t->size == 0, "mallocgc: %zu bytes is not a whole number of %s (size %zu)",
              size, t->name, size_t(t->size));
}

}  // namespace

void* zerobase() { return zerobaseBytes; }

void* mallocgc(size_t size, const TypeDesc* type, bool needzero) {
    return mallocgcOn(getMCache(), size, type, needzero);
}

void* mallocgcOn(MCache& c, size_t size, const TypeDesc* type, bool needzero) {
    if (size == 0) return zerobaseBytes;
    if (size > kMaxAlloc) {
        char detail[96];
        std::snprintf(detail, sizeof detail, "out of memory: cannot allocate %zu-byte block", size);
        fatal("out of memory", detail);
    }
    if (type) checkType(size, type);
    MHeap& h = c.heap();
    bool noscan = type == nullptr || !type->hasPointers();
    uintptr_t dataSize = size;
    bool shouldhelpgc = false;
    uintptr_t x;

    if (size <= kMaxSmallSize) {
        if (noscan && size < kMaxTinySize) {
            // Tiny allocator: pack into the current 16-byte block if the object fits at its alignment.
            uintptr_t off = c.tinyoffset;
            if ((size & 7) == 0) off = alignUp(off, 8);
            else if ((size & 3) == 0) off = alignUp(off, 4);
            else if ((size & 1) == 0) off = alignUp(off, 2);
            if (off + size <= kMaxTinySize && c.tiny != 0) {
                c.tinyoffset = off + size;
                c.stats.tinyAllocs++;
                c.stats.nmalloc++;
                if (__builtin_expect(debugGCStress.load(std::memory_order_relaxed) != 0, 0)) gcStressTick();
                return reinterpret_cast<void*>(c.tiny + off);
            }
            // A new block.
            MSpan* span = c.span(kTinySpanClass);
            uintptr_t v = nextFreeFast(span);
            if (v == 0) v = c.nextFree(kTinySpanClass, &shouldhelpgc);
            x = v;
            std::memset(reinterpret_cast<void*>(x), 0, kMaxTinySize);
            // Keep whichever block has more room left.
            if (size < c.tinyoffset || c.tiny == 0) {
                c.tiny = x;
                c.tinyoffset = size;
            }
            size = kMaxTinySize;
        } else {
            int sc = sizeToClass(size);
            size = classToSize(sc);
            SpanClass spc = SpanClass::make(sc, noscan);
            MSpan* span = c.span(spc);
            uintptr_t v = nextFreeFast(span);
            if (v == 0) {
                v = c.nextFree(spc, &shouldhelpgc);
                span = c.span(spc);
            }
            x = v;
            if (needzero && span->needzero) std::memset(reinterpret_cast<void*>(x), 0, size);
            if (!noscan) h.heapBitsSetType(x, size, dataSize, type);
        }
    } else {
        shouldhelpgc = true;
        uintptr_t npages = (size >> kPageShift) + ((size & kPageMask) != 0);
        MSpan* span = c.allocLarge(npages, noscan);
        span->limit = span->startAddr + size;  // interior pointers past the object find nothing
        if (!noscan) span->largeType = type;
        x = span->startAddr;
        if (needzero && span->needzero) std::memset(reinterpret_cast<void*>(x), 0, size);
        size = npages << kPageShift;
        c.stats.largeAllocs++;
    }
    c.stats.nmalloc++;
    c.stats.allocBytes += size;

    if (shouldhelpgc) {
        c.stats.gcTriggerChecks++;
        // Only the process heap is paced; private heaps (tests) collect when told to.
        if (&h == &mheap()) {
            if (gcTrigger t{gcTriggerKind::heap}; t.test()) gcRequest();
        }
    }
    if (__builtin_expect(debugGCStress.load(std::memory_order_relaxed) != 0, 0)) gcStressTick();
    return reinterpret_cast<void*>(x);
}

void memstatsRecordFree(uint64_t objects, uint64_t bytes) { mheap().recordFree(objects, bytes); }

MemStats readMemStats() {
    MemStats m;
    MCache& c = getMCache();
    HeapStats hs = c.heap().stats();
    // Tiny objects count as allocated and freed at once (Go's mstats.go): the sweeper frees their block.
    m.Mallocs = c.stats.nmalloc;
    m.Frees = hs.nfree + c.stats.tinyAllocs;
    m.TotalAlloc = c.stats.allocBytes;
    m.HeapAlloc = c.stats.allocBytes - hs.freeBytes;
    m.Alloc = m.HeapAlloc;
    m.HeapObjects = m.Mallocs - m.Frees;
    m.HeapSys = hs.heapSys;
    m.HeapInuse = hs.heapInuse;
    m.HeapIdle = hs.heapSys - hs.heapInuse;
    m.HeapReleased = hs.heapReleased;
    m.Sys = hs.sys;
    gcReadMemStats(m);
    return m;
}

}  // namespace gomini::rt
