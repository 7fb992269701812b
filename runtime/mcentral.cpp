// mcentral.cpp — central span lists per span class (the twin of Go's
// mcentral.go). The design is in mcentral.h.
//
// cacheSpan, in order (Go's, minus the lazy-sweep steps):
//   1. a swept partial span (it has free slots by definition);
//   2. [concurrent sweep] an unswept partial span, swept here;
//   3. [concurrent sweep] an unswept full span, swept here in case it freed slots;
//   4. a fresh span from mheap (grow), taken without holding `lock`.
// Steps 2 and 3 belong to a concurrent sweeper. Today's collector sweeps
// every span before the world restarts (mgcsweep.cpp gcSweep), so outside a
// cycle the unswept lists are always empty (asserted).
#include "runtime/mcentral.h"

#include "runtime/mheap.h"

namespace gomini::rt {

MSpan* MCentral::cacheSpan() {
    MSpan* s = nullptr;
    {
        std::lock_guard<std::mutex> guard(lock);
        uint32_t sg = heap_->sweepgen;
        s = partialSwept(sg).popFront();
        if (!s) {
            GM_ASSERT(partialUnswept(sg).empty() && fullUnswept(sg).empty(),
                      "mcentral %d: unswept spans but no sweeper", int(spanclass.v));
        }
    }
    if (!s) s = grow();
    GM_ASSERT(s->allocCount < s->nelems, "mcentral.cacheSpan: span %p is full (%u/%u)", (void*)s,
              unsigned(s->allocCount), unsigned(s->nelems));
    s->primeAllocCache();
    return s;
}

void MCentral::uncacheSpan(MSpan* s) {
    GM_ASSERT(s->allocCount <= s->nelems, "span %p: allocCount %u > nelems %u", (void*)s, unsigned(s->allocCount),
              unsigned(s->nelems));
    std::lock_guard<std::mutex> guard(lock);
    uint32_t sg = heap_->sweepgen;
    GM_ASSERT(s->sweepgen == sg + 3 || s->sweepgen == sg + 1,
              "mcentral.uncacheSpan: span %p has sweepgen %u, heap %u: not cached", (void*)s, s->sweepgen, sg);
    // sg+3: swept, then cached: it is swept now.
    // sg+1: cached before the current sweep began, so it still needs sweeping. Go sweeps it right
    // here; we file it as unswept. Unreachable today: the collector flushes every mcache before it
    // advances sweepgen, so no cached span ever sees a new sweepgen.
    bool stale = s->sweepgen == sg + 1;
    s->sweepgen = stale ? sg - 2 : sg;
    bool full = s->allocCount == s->nelems;
    if (stale) (full ? fullUnswept(sg) : partialUnswept(sg)).pushFront(s);
    else (full ? fullSwept(sg) : partialSwept(sg)).pushFront(s);
}

void MCentral::pushFullSwept(MSpan* s) {
    std::lock_guard<std::mutex> guard(lock);
    fullSwept(heap_->sweepgen).pushFront(s);
}

MSpan* MCentral::grow() {
    int sc = spanclass.sizeclass();
    GM_ASSERT(sc != 0, "mcentral.grow: large spans are allocated by mheap directly");
    return heap_->alloc(classToNPages(sc), spanclass);
}

}  // namespace gomini::rt
