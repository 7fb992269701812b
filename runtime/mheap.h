// mheap.h — the page heap: arenas, the page allocator, spans, the
// address → span table and the heap bitmap (the twin of Go's mheap.go, with
// the arena map of malloc.go and the span-struct allocator of mfixalloc.go).
//
// See mheap.cpp for the design essay.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include "runtime/mcentral.h"
#include "runtime/mspan.h"

namespace gomini::rt {

inline constexpr uintptr_t kHeapArenaBytes = uintptr_t(64) << 20;  // 64 MB
inline constexpr uintptr_t kPagesPerArena = kHeapArenaBytes / kPageSize;
inline constexpr uintptr_t kHeapAddrBits = 48;
inline constexpr unsigned kArenaL2Bits = 12;
inline constexpr uintptr_t kArenaL2Entries = uintptr_t(1) << kArenaL2Bits;
inline constexpr uintptr_t kArenaL1Entries =
    (uintptr_t(1) << kHeapAddrBits) / kHeapArenaBytes / kArenaL2Entries;
// The heap bitmap: one bit per pointer-sized word of the arena.
inline constexpr uintptr_t kHeapArenaBitmapBytes = kHeapArenaBytes / kPtrSize / 8;
// Largest allocation mallocgc accepts (Go's maxAlloc on 48-bit addresses is 2^48; we stop earlier
// so that page arithmetic cannot overflow).
inline constexpr uintptr_t kMaxAlloc = uintptr_t(1) << 40;

// Metadata of one 64 MB arena (Go's heapArena).
struct HeapArena {
    MSpan* spans[kPagesPerArena];  // page → in-use span owning it (null for free pages)
    uintptr_t base;                // address of the arena's first byte
    uintptr_t zeroedBase;          // offset of the first never-used byte: pages above it are zero
    uint8_t bitmap[kHeapArenaBitmapBytes];  // bit i = word i of the arena holds a pointer (scan objects)
};

// A fixed-size allocator for runtime metadata (Go's fixalloc): carves
// objects from mmapped chunks and recycles them through a free list. The
// owner provides the lock.
class FixAlloc {
public:
    void init(uintptr_t size) { size_ = (size + 15) & ~uintptr_t(15); }
    // New chunks are recorded in `mappings` (for unmapping) and counted in *sys.
    void* alloc(std::vector<std::pair<void*, uintptr_t>>& mappings, uint64_t* sys);
    void free(void* p);
    uintptr_t inuse() const { return inuse_; }

private:
    struct Link { Link* next; };
    uintptr_t size_ = 0;
    Link* list_ = nullptr;
    uint8_t* chunk_ = nullptr;
    uintptr_t nchunk_ = 0;
    uintptr_t inuse_ = 0;
};

// Heap-wide memory counters kept by mheap (under its lock).
struct HeapStats {
    uint64_t sys = 0;          // bytes mapped from the OS (arenas + metadata)
    uint64_t heapSys = 0;      // bytes of arena memory mapped
    uint64_t heapInuse = 0;    // bytes in in-use spans
    uint64_t heapReleased = 0; // bytes of free pages returned to the OS (scavenge), part of the idle bytes
    uint64_t spansInuse = 0;   // in-use spans
    uint64_t nfree = 0;        // objects freed by the sweeper (cumulative)
    uint64_t freeBytes = 0;    // their slot bytes (cumulative)
    uint64_t arenas = 0;       // 64 MB arenas mapped
};

class MHeap {
public:
    MHeap();
    // Unmaps everything. The process-wide heap is never destroyed; tests
    // destroy their private heaps to give the address space back.
    ~MHeap();
    MHeap(const MHeap&) = delete;
    MHeap& operator=(const MHeap&) = delete;

    // Allocates a span of npages pages for span class spc and initializes it
    // (size-class slots, or one large object when spc.sizeclass() == 0).
    // Fatal when the OS refuses memory. Takes `lock`.
    MSpan* alloc(uintptr_t npages, SpanClass spc);
    // Returns an in-use span's pages to the page heap (the sweeper's job once
    // a span has no live object). Takes `lock`.
    void freeSpan(MSpan* s);

    // The span containing address p, or null when p is not in an in-use
    // span's pages. Lock-free (the table is only written under `lock` for
    // pages nobody else can reference yet).
    MSpan* spanOf(uintptr_t p) const;
    // The base address of the object containing p (interior pointers
    // allowed) or 0 when p points at no allocated-or-free slot of an in-use
    // span. Go's findObject; *sp and *objIndex are filled when non-null.
    uintptr_t findObject(uintptr_t p, MSpan** sp = nullptr, uintptr_t* objIndex = nullptr) const;

    // Heap bitmap: whether the word at heap address p (8-aligned) holds a
    // pointer, as recorded by heapBitsSetType (small scan objects) or
    // computed from largeType (large scan objects). False for noscan spans.
    bool isPointerWord(uintptr_t p) const;
    // Records the pointer words of a freshly allocated small scan object x
    // of slot size `size`, holding `dataSize` bytes of type t (dataSize > t->size
    // means an array of t). Go's heapBitsSetType.
    void heapBitsSetType(uintptr_t x, uintptr_t size, uintptr_t dataSize, const TypeDesc* t);

    MCentral& central(SpanClass spc) { return central_[spc.v]; }

    HeapStats stats();
    // The sweeper's frees (objects, slot bytes), added to the stats. Takes `lock`.
    void recordFree(uint64_t objects, uint64_t bytes);
    // The arena holding p, or null when p is not heap memory. Lock-free, as spanOf.
    HeapArena* arenaOf(uintptr_t p) const;
    // Whether heap word p holds a pointer, read straight from arena ha's
    // bitmap (small scan objects only: the caller knows p's span is one).
    static bool heapBit(const HeapArena* ha, uintptr_t p) {
        uintptr_t w = (p - ha->base) / kPtrSize;
        return (ha->bitmap[w / 8] >> (w % 8)) & 1;
    }
    uint32_t sweepgen = 0;  // the collector adds 2 per cycle

    // Go's scavenger, run by the collector after a sweep: returns free page
    // runs of at least minRunPages to the OS (madvise MADV_DONTNEED; the
    // address space stays mapped and reads back as zeros) until the retained
    // heap, heapSys - heapReleased, is at most `retain` bytes. Largest runs
    // first, whole runs at a time. Returns the bytes released. Takes `lock`.
    uint64_t scavenge(uint64_t retain, uintptr_t minRunPages);

    // For tests: number of free page runs and free pages in the page allocator.
    uintptr_t freeRunCount();
    uintptr_t freePageCount();

    std::mutex lock;

private:
    uintptr_t allocPages(uintptr_t npages);            // lock held; 0 when no run fits
    void freePages(uintptr_t base, uintptr_t npages);  // lock held; coalesces
    bool grow(uintptr_t npages);                       // lock held
    bool rangeNeedsZero(uintptr_t base, uintptr_t npages);  // lock held; updates zeroedBase
    void setSpans(MSpan* s, MSpan* value);             // lock held
    void* sysAlloc(uintptr_t bytes, uintptr_t align);  // lock held; mmap, recorded in mappings_

    MCentral central_[kNumSpanClasses];
    HeapArena** arenas_[kArenaL1Entries] = {};  // two-level arena map
    std::map<uintptr_t, uintptr_t> freeByAddr_;  // free run base → npages
    std::set<std::pair<uintptr_t, uintptr_t>> freeBySize_;  // (npages, base)
    // Released (madvised) page ranges, base → npages: disjoint, each inside one free run.
    std::map<uintptr_t, uintptr_t> released_;
    void unrelease(uintptr_t base, uintptr_t npages);  // lock held: pages leave the free runs
    FixAlloc spanalloc_;
    HeapStats stats_;
    std::vector<std::pair<void*, uintptr_t>> mappings_;  // every mmap, for the destructor
};

// The process-wide heap (Go's mheap_), created on first use, never destroyed.
MHeap& mheap();

// The lock-free lookups, inline: the collector calls them for every pointer it follows.
inline HeapArena* MHeap::arenaOf(uintptr_t p) const {
    if (p >> kHeapAddrBits) return nullptr;
    uintptr_t ai = p / kHeapArenaBytes;
    HeapArena** l2 = arenas_[ai >> kArenaL2Bits];
    if (!l2) return nullptr;
    return l2[ai & (kArenaL2Entries - 1)];
}

inline MSpan* MHeap::spanOf(uintptr_t p) const {
    HeapArena* ha = arenaOf(p);
    if (!ha) return nullptr;
    return ha->spans[(p - ha->base) >> kPageShift];
}

inline uintptr_t MHeap::findObject(uintptr_t p, MSpan** sp, uintptr_t* objIndex) const {
    MSpan* s = spanOf(p);
    if (!s || s->state != SpanState::InUse || !s->contains(p)) return 0;
    uintptr_t idx = s->objIndex(p);
    if (sp) *sp = s;
    if (objIndex) *objIndex = idx;
    return s->startAddr + idx * s->elemsize;
}

}  // namespace gomini::rt
