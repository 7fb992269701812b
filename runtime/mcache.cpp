// mcache.cpp — per-P span cache (the twin of Go's mcache.go). Design in mcache.h.
#include "runtime/mcache.h"

#include "runtime/mheap.h"

namespace gomini::rt {

MSpan* emptymspan() {
    // nelems == 0 and allocCache == 0: nextFreeFast fails, nextFreeIndex reports "full".
    static MSpan empty;
    return &empty;
}

MCache::MCache(MHeap& heap) : heap_(heap) {
    for (auto& s : alloc_) s = emptymspan();
}

MCache::~MCache() { releaseAll(); }

MCache& getMCache() {
    static MCache* c = new MCache(mheap());  // P0's cache; never destroyed, like the heap
    return *c;
}

void MCache::refill(SpanClass spc) {
    MSpan* s = alloc_[spc.v];
    if (s != emptymspan()) {
        GM_ASSERT(s->allocCount == s->nelems, "mcache.refill: span %p of class %d is not full (%u/%u)", (void*)s,
                  int(spc.v), unsigned(s->allocCount), unsigned(s->nelems));
        heap_.central(spc).uncacheSpan(s);
    }
    s = heap_.central(spc).cacheSpan();
    GM_ASSERT(s->spanclass == spc, "mcache.refill: mcentral %d gave a span of class %d", int(spc.v),
              int(s->spanclass.v));
    // Cached: the sweeper must leave it alone until it is uncached.
    s->sweepgen = heap_.sweepgen + 3;
    alloc_[spc.v] = s;
}

uintptr_t MCache::nextFree(SpanClass spc, bool* refilled) {
    MSpan* s = alloc_[spc.v];
    *refilled = false;
    uintptr_t idx = s->nextFreeIndex();
    if (idx == s->nelems) {
        // The span is full (its freeindex reached nelems).
        GM_ASSERT(s == emptymspan() || s->allocCount == s->nelems, "span %p has freeindex == nelems but %u/%u",
                  (void*)s, unsigned(s->allocCount), unsigned(s->nelems));
        refill(spc);
        *refilled = true;
        s = alloc_[spc.v];
        idx = s->nextFreeIndex();
    }
    GM_ASSERT(idx < s->nelems, "mcache.nextFree: span %p returned slot %zu of %u", (void*)s, size_t(idx),
              unsigned(s->nelems));
    s->allocCount++;
    GM_ASSERT(s->allocCount <= s->nelems, "span %p: allocCount %u > nelems %u", (void*)s, unsigned(s->allocCount),
              unsigned(s->nelems));
    return s->startAddr + idx * s->elemsize;
}

MSpan* MCache::allocLarge(uintptr_t npages, bool noscan) {
    SpanClass spc = SpanClass::make(0, noscan);
    MSpan* s = heap_.alloc(npages, spc);
    // The one slot is handed out now: freeindex = 1 says "slot 0 allocated".
    s->freeindex = 1;
    s->allocCount = 1;
    s->allocCache = 0;
    heap_.central(spc).pushFullSwept(s);
    return s;
}

void MCache::releaseAll() {
    for (int i = 0; i < kNumSpanClasses; i++) {
        MSpan* s = alloc_[i];
        if (s != emptymspan()) {
            heap_.central(s->spanclass).uncacheSpan(s);
            alloc_[i] = emptymspan();
        }
    }
    tiny = 0;
    tinyoffset = 0;
}

}  // namespace gomini::rt
