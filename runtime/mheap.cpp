// mheap.cpp — the page heap (the twin of Go's mheap.go).
//
// Design
//
// Memory comes from the OS in arenas: 64 MB regions mapped with mmap and
// aligned to 64 MB (a larger object gets a run of consecutive arenas mapped
// together). Arenas are divided into 8 KB pages; a span is a run of pages.
//
// 1. Arena map. An address's arena number is addr / 64 MB; a two-level table
//    (arenas_[L1][L2], 1024 × 4096 entries over a 48-bit address space)
//    maps it to the arena's HeapArena metadata, or null for memory that is
//    not ours. The metadata holds spans[page] — the in-use span owning each
//    page — which makes addr → span two loads and no lock (spanOf,
//    findObject: the collector's interior-pointer lookup). It also holds the
//    heap bitmap (one bit per word) and zeroedBase.
//
// 2. Page allocator. Free page runs are kept twice, both under `lock`:
//    freeByAddr_ (base → length) to coalesce a freed run with its
//    neighbours, and freeBySize_ ((length, base), ordered) to find the
//    smallest run that fits, lowest address first — best fit, O(log n) per
//    allocation and free. Rejected for now: Go's radix tree of summaries
//    (pageAlloc), which pays off with many Ps allocating concurrently and
//    with scavenging; the interface (allocPages/freePages) lets it replace
//    this later.
//
// 3. Zeroing. Fresh mmap memory is zero. Each arena remembers zeroedBase, the
//    end of the highest range ever allocated in it: a run entirely above it
//    has never been used and needs no clearing; a run below it might hold
//    old objects, so its span gets needzero and mallocgc clears the slots it
//    hands out.
//
// 4. Spans. MSpan structs come from a FixAlloc (Go's fixalloc) and return to
//    it when their pages are freed. alloc() carves a span, records it in
//    spans[] for each of its pages, and initializes the allocation state:
//    a small span gets nelems = pages*8K / size slots and divMul; a large
//    span (size class 0) has one slot of npages*8K bytes.
//
// 5. Freed pages go back to the page allocator and are reused. The sweeper
//    (mgcsweep.cpp) frees spans with no live object through freeSpan and
//    reports its object frees through recordFree. Scavenging (Go's
//    mgcscavenge.go, simplified): after a cycle the collector asks
//    scavenge() to keep the retained heap (mapped minus released) near the
//    heap goal + 10 %; it madvises whole free runs away, largest first, and
//    remembers them in released_ (disjoint ranges, each inside a free run).
//    Allocating pages takes them out of released_ (unrelease) and they count
//    as in use again; their contents read as zeros, but the span is marked
//    needzero like any reused pages (conservative). Arenas stay mapped:
//    addresses are never returned, so spanOf/findObject never see an
//    arena disappear.
//
// Locks: `lock` guards the page allocator, the arena map writes, the span
// FixAlloc and the stats. It is a leaf: nothing else is locked while it is
// held. See runtime/HACKING.md.
#include "runtime/mheap.h"

#include <sys/mman.h>

#include <cstring>
#include <new>

namespace gomini::rt {

// --- FixAlloc ---

void* FixAlloc::alloc(std::vector<std::pair<void*, uintptr_t>>& mappings, uint64_t* sys) {
    if (list_) {
        Link* l = list_;
        list_ = l->next;
        inuse_ += size_;
        std::memset(static_cast<void*>(l), 0, size_);
        return l;
    }
    constexpr uintptr_t kChunk = 64 << 10;
    if (nchunk_ < size_) {
        void* p = mmap(nullptr, kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) fatal("out of memory", "cannot allocate span metadata");
        mappings.emplace_back(p, kChunk);
        *sys += kChunk;
        chunk_ = static_cast<uint8_t*>(p);
        nchunk_ = kChunk;
    }
    void* v = chunk_;
    chunk_ += size_;
    nchunk_ -= size_;
    inuse_ += size_;
    return v;  // fresh mmap memory is zero
}

void FixAlloc::free(void* p) {
    Link* l = static_cast<Link*>(p);
    l->next = list_;
    list_ = l;
    inuse_ -= size_;
}

// --- MHeap ---

MHeap::MHeap() {
    spanalloc_.init(sizeof(MSpan));
    for (int i = 0; i < kNumSpanClasses; i++) central_[i].init(this, SpanClass{uint8_t(i)});
}

MHeap::~MHeap() {
    for (auto& [p, n] : mappings_) munmap(p, n);
}

MHeap& mheap() {
    static MHeap* h = new MHeap();  // never destroyed: objects may outlive static destructors
    return *h;
}

void* MHeap::sysAlloc(uintptr_t bytes, uintptr_t align) {
    // Over-reserve, then trim the misaligned head and tail.
    uintptr_t len = bytes + (align > kPageSize ? align : 0);
    void* p = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    uintptr_t start = reinterpret_cast<uintptr_t>(p);
    uintptr_t aligned = align > kPageSize ? (start + align - 1) & ~(align - 1) : start;
    if (aligned > start) munmap(p, aligned - start);
    uintptr_t tail = start + len - (aligned + bytes);
    if (tail > 0) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
    mappings_.emplace_back(reinterpret_cast<void*>(aligned), bytes);
    stats_.sys += bytes;
    return reinterpret_cast<void*>(aligned);
}

bool MHeap::grow(uintptr_t npages) {
    uintptr_t bytes = (npages << kPageShift);
    bytes = (bytes + kHeapArenaBytes - 1) & ~(kHeapArenaBytes - 1);
    void* mem = sysAlloc(bytes, kHeapArenaBytes);
    if (!mem) return false;
    uintptr_t base = reinterpret_cast<uintptr_t>(mem);
    GM_ASSERT((base >> kHeapAddrBits) == 0 && ((base + bytes - 1) >> kHeapAddrBits) == 0,
              "arena %p beyond the %zu-bit address space", mem, size_t(kHeapAddrBits));
    for (uintptr_t a = base; a < base + bytes; a += kHeapArenaBytes) {
        uintptr_t ai = a / kHeapArenaBytes;
        HeapArena**& l2 = arenas_[ai >> kArenaL2Bits];
        if (!l2) {
            l2 = static_cast<HeapArena**>(sysAlloc(kArenaL2Entries * sizeof(HeapArena*), kPageSize));
            if (!l2) return false;
        }
        auto* ha = static_cast<HeapArena*>(sysAlloc(sizeof(HeapArena), kPageSize));
        if (!ha) return false;
        ha->base = a;
        ha->zeroedBase = 0;
        l2[ai & (kArenaL2Entries - 1)] = ha;
        stats_.arenas++;
    }
    stats_.heapSys += bytes;
    freePages(base, bytes >> kPageShift);
    return true;
}

uintptr_t MHeap::allocPages(uintptr_t npages) {
    auto it = freeBySize_.lower_bound({npages, 0});
    if (it == freeBySize_.end()) return 0;
    auto [runPages, base] = *it;
    freeBySize_.erase(it);
    freeByAddr_.erase(base);
    if (runPages > npages) {
        uintptr_t rest = base + (npages << kPageShift);
        freeByAddr_.emplace(rest, runPages - npages);
        freeBySize_.emplace(runPages - npages, rest);
    }
    if (!released_.empty()) unrelease(base, npages);
    return base;
}

void MHeap::freePages(uintptr_t base, uintptr_t npages) {
    // Coalesce with the run that ends at base and the run that starts at the end.
    auto next = freeByAddr_.lower_bound(base);
    if (next != freeByAddr_.begin()) {
        auto prev = std::prev(next);
        GM_ASSERT(prev->first + (prev->second << kPageShift) <= base, "free run %p+%zu overlaps freed %p",
                  (void*)prev->first, size_t(prev->second), (void*)base);
        if (prev->first + (prev->second << kPageShift) == base) {
            base = prev->first;
            npages += prev->second;
            freeBySize_.erase({prev->second, prev->first});
            freeByAddr_.erase(prev);
        }
    }
    uintptr_t end = base + (npages << kPageShift);
    if (next != freeByAddr_.end()) {
        GM_ASSERT(next->first >= end, "freed run %p+%zu overlaps free run %p", (void*)base, size_t(npages),
                  (void*)next->first);
        if (next->first == end) {
            npages += next->second;
            freeBySize_.erase({next->second, next->first});
            freeByAddr_.erase(next);
        }
    }
    freeByAddr_.emplace(base, npages);
    freeBySize_.emplace(npages, base);
}

bool MHeap::rangeNeedsZero(uintptr_t base, uintptr_t npages) {
    uintptr_t end = base + (npages << kPageShift);
    bool dirty = false;
    for (uintptr_t a = base & ~(kHeapArenaBytes - 1); a < end; a += kHeapArenaBytes) {
        HeapArena* ha = arenaOf(a);
        GM_ASSERT(ha, "page run %p+%zu outside the arenas", (void*)base, size_t(npages));
        uintptr_t lo = (base > a ? base : a) - a;
        uintptr_t hi = (end < a + kHeapArenaBytes ? end : a + kHeapArenaBytes) - a;
        if (lo < ha->zeroedBase) dirty = true;
        if (hi > ha->zeroedBase) ha->zeroedBase = hi;
    }
    return dirty;
}

void MHeap::setSpans(MSpan* s, MSpan* value) {
    for (uintptr_t p = s->startAddr; p < s->end(); p += kPageSize) {
        HeapArena* ha = arenaOf(p);
        ha->spans[(p - ha->base) >> kPageShift] = value;
    }
}

MSpan* MHeap::alloc(uintptr_t npages, SpanClass spc) {
    GM_ASSERT(npages > 0 && npages <= (kMaxAlloc >> kPageShift) + 1, "mheap.alloc: bad page count %zu",
              size_t(npages));
    std::lock_guard<std::mutex> guard(lock);
    uintptr_t base = allocPages(npages);
    if (base == 0) {
        if (!grow(npages)) fatal("out of memory", "cannot map more heap arenas");
        base = allocPages(npages);
        GM_ASSERT(base != 0, "mheap.alloc: no run of %zu pages after growing", size_t(npages));
    }
    auto* s = static_cast<MSpan*>(spanalloc_.alloc(mappings_, &stats_.sys));
    new (s) MSpan();
    s->startAddr = base;
    s->npages = npages;
    s->spanclass = spc;
    s->needzero = rangeNeedsZero(base, npages);
    s->allocBits = reinterpret_cast<uint8_t*>(s->bitStore[0]);
    s->gcmarkBits = reinterpret_cast<uint8_t*>(s->bitStore[1]);
    int sc = spc.sizeclass();
    if (sc == 0) {
        s->elemsize = npages << kPageShift;
        s->nelems = 1;
        s->divMul = 0;
    } else {
        s->elemsize = classToSize(sc);
        s->nelems = uint16_t((npages << kPageShift) / s->elemsize);
        s->divMul = kSizeClasses.divMul[sc];
    }
    s->limit = s->startAddr + uintptr_t(s->nelems) * s->elemsize;
    s->freeindex = 0;
    s->allocCount = 0;
    s->allocCache = ~uint64_t(0);
    s->sweepgen = sweepgen;
    s->state = SpanState::InUse;
    setSpans(s, s);
    stats_.heapInuse += npages << kPageShift;
    stats_.spansInuse++;
    return s;
}

void MHeap::freeSpan(MSpan* s) {
    std::lock_guard<std::mutex> guard(lock);
    GM_ASSERT(s->state == SpanState::InUse, "mheap.freeSpan: span %p is not in use", (void*)s);
    GM_ASSERT(s->list == nullptr, "mheap.freeSpan: span %p is still on list %p", (void*)s, (void*)s->list);
    setSpans(s, nullptr);
    freePages(s->startAddr, s->npages);
    stats_.heapInuse -= s->npages << kPageShift;
    stats_.spansInuse--;
    s->state = SpanState::Dead;
    s->~MSpan();
    spanalloc_.free(s);
}

void MHeap::heapBitsSetType(uintptr_t x, uintptr_t size, uintptr_t dataSize, const TypeDesc* t) {
    GM_ASSERT(arenaOf(x) && x % kPtrSize == 0 && size % kPtrSize == 0, "heapBitsSetType: bad object %p size %zu",
              (void*)x, size_t(size));
    GM_ASSERT(t->size > 0 && dataSize % t->size == 0 && dataSize <= size,
              "heapBitsSetType: %zu bytes of %s (size %zu) in a %zu-byte slot", size_t(dataSize), t->name,
              size_t(t->size), size_t(size));
    uintptr_t nw = size / kPtrSize;
    uintptr_t elemWords = t->size / kPtrSize;
    uintptr_t ptrWords = t->ptrdata / kPtrSize;
    uintptr_t dataWords = dataSize / kPtrSize;
    // Fast path: the object lies in one arena (always, unless its span straddles two). Walk the
    // type's mask with a wrapping element index and write each bitmap byte once.
    HeapArena* first = arenaOf(x);
    uintptr_t w = (x - first->base) / kPtrSize;
    if (w + nw <= kHeapArenaBytes / kPtrSize) {
        uint8_t* bm = first->bitmap;
        uintptr_t wi = 0;  // word index within the current element
        for (uintptr_t i = 0; i < nw;) {
            uint8_t* bp = &bm[w / 8];
            uint8_t byte = *bp;
            for (unsigned bit = unsigned(w % 8); bit < 8 && i < nw; bit++, i++, w++) {
                bool ptr = i < dataWords && wi < ptrWords && ((t->gcdata[wi / 8] >> (wi % 8)) & 1);
                if (++wi == elemWords) wi = 0;
                uint8_t mask = uint8_t(1u << bit);
                byte = ptr ? uint8_t(byte | mask) : uint8_t(byte & ~mask);
            }
            *bp = byte;
        }
        return;
    }
    // Adjacent arenas can hold one span (the page allocator coalesces across them), so an
    // object may straddle two bitmaps: look the arena up again at each boundary.
    HeapArena* ha = nullptr;
    for (uintptr_t i = 0; i < nw; i++) {
        uintptr_t addr = x + i * kPtrSize;
        if (!ha || addr - ha->base >= kHeapArenaBytes) {
            ha = arenaOf(addr);
            GM_ASSERT(ha, "heapBitsSetType: word %p of object %p outside the arenas", (void*)addr, (void*)x);
        }
        // Words past dataSize, and the pointer-free tail of each element, are scalars.
        bool ptr = false;
        if (i < dataWords) {
            uintptr_t wi = elemWords ? i % elemWords : 0;
            ptr = wi < ptrWords && t->isPointerWord(wi);
        }
        uintptr_t w = (addr - ha->base) / kPtrSize;
        uint8_t mask = uint8_t(1u << (w % 8));
        if (ptr) ha->bitmap[w / 8] |= mask;
        else ha->bitmap[w / 8] &= uint8_t(~mask);
    }
}

bool MHeap::isPointerWord(uintptr_t p) const {
    MSpan* s = spanOf(p);
    if (!s || s->spanclass.noscan() || !s->contains(p)) return false;
    if (s->spanclass.sizeclass() == 0) {
        const TypeDesc* t = s->largeType;
        if (!t || t->size < kPtrSize) return false;
        uintptr_t off = (p - s->startAddr) % t->size;
        return t->isPointerWord(off / kPtrSize);
    }
    HeapArena* ha = arenaOf(p);
    uintptr_t w = (p - ha->base) / kPtrSize;
    return (ha->bitmap[w / 8] >> (w % 8)) & 1;
}

HeapStats MHeap::stats() {
    std::lock_guard<std::mutex> guard(lock);
    return stats_;
}

void MHeap::unrelease(uintptr_t base, uintptr_t npages) {
    uintptr_t end = base + (npages << kPageShift);
    auto it = released_.upper_bound(base);
    if (it != released_.begin()) {
        auto prev = std::prev(it);
        if (prev->first + (prev->second << kPageShift) > base) it = prev;
    }
    while (it != released_.end() && it->first < end) {
        uintptr_t rb = it->first, re = rb + (it->second << kPageShift);
        it = released_.erase(it);
        uintptr_t lo = rb > base ? rb : base, hi = re < end ? re : end;
        stats_.heapReleased -= hi - lo;
        if (rb < base) released_.emplace(rb, (base - rb) >> kPageShift);
        if (re > end) it = released_.emplace(end, (re - end) >> kPageShift).first;
    }
}

uint64_t MHeap::scavenge(uint64_t retain, uintptr_t minRunPages) {
    std::lock_guard<std::mutex> guard(lock);
    uint64_t releasedNow = 0;
    for (auto it = freeBySize_.rbegin(); it != freeBySize_.rend(); ++it) {
        if (stats_.heapSys - stats_.heapReleased <= retain) break;
        auto [np, b] = *it;
        if (np < minRunPages) break;  // the rest are shorter
        uintptr_t e = b + (np << kPageShift);
        auto first = released_.lower_bound(b);
        if (first != released_.end() && first->first == b && first->second == np) continue;  // released already
        if (madvise(reinterpret_cast<void*>(b), np << kPageShift, MADV_DONTNEED) != 0) continue;
        // Pages of this run released earlier: their entries merge into one for the whole run.
        uint64_t already = 0;
        for (auto r = first; r != released_.end() && r->first < e;) {
            already += r->second << kPageShift;
            r = released_.erase(r);
        }
        released_.emplace(b, np);
        stats_.heapReleased += (np << kPageShift) - already;
        releasedNow += (np << kPageShift) - already;
    }
    return releasedNow;
}

void MHeap::recordFree(uint64_t objects, uint64_t bytes) {
    std::lock_guard<std::mutex> guard(lock);
    stats_.nfree += objects;
    stats_.freeBytes += bytes;
}

uintptr_t MHeap::freeRunCount() {
    std::lock_guard<std::mutex> guard(lock);
    return freeByAddr_.size();
}

uintptr_t MHeap::freePageCount() {
    std::lock_guard<std::mutex> guard(lock);
    uintptr_t n = 0;
    for (auto& [b, np] : freeByAddr_) n += np;
    return n;
}

}  // namespace gomini::rt
