// mgcsweep.cpp — sweeping: turning mark bits into allocation bits (the twin
// of Go's mgcsweep.go).
//
// Design
//
// Go sweeps concurrently and lazily: after mark termination every span is
// "unswept" (sweepgen == sg-2, achieved for all spans at once by adding 2 to
// mheap.sweepgen) and spans are swept by a background sweeper or by the
// allocator before it uses them. Our collector is stop-the-world, so gcSweep
// sweeps every span before the world restarts; the sweepgen protocol is kept
// (and asserted) so that the concurrent sweeper can take over this loop
// later without touching mcentral/mcache.
//
// Preconditions: every mcache was flushed (releaseAll), so every in-use span
// is on exactly one mcentral list and has sweepgen == sg (swept). gcSweep
// then bumps sweepgen (all lists become the unswept halves), pops each span
// (sweepgen := sg-1, "being swept") and sweeps it (Go's mspan.sweep):
//   1. nalloc = number of mark bits set; nfreed = allocCount - nalloc (a
//      mark on a free slot would make nfreed negative: asserted — marking
//      never marks free slots, see mgcmark.cpp);
//   2. small span: allocBits := gcmarkBits, gcmarkBits := a cleared bitmap
//      (the two inline bitmaps swap), freeindex := 0, allocCount := nalloc,
//      allocCache refilled from slot 0; needzero is set if anything was
//      freed, since freed slots hold old data;
//   3. sweepgen := sg, then: no live object → the span's pages go back to
//      mheap (freeSpan: they coalesce with free neighbours and are reused by
//      any size class); else the span is filed on the swept full or partial
//      list by fullness;
//   4. large span: its one object dead → freeSpan; alive → the same reset
//      and back on the swept full list.
// Frees are counted per cycle and recorded once (MHeap::recordFree): the
// objects and slot bytes ReadMemStats subtracts.
//
// After the loop checkSweptHeap verifies HACKING.md's invariants on every
// span: on a swept list of its own class, sweepgen == sg, allocCount equal
// to the allocated slots, partial spans not full and full spans full, mark
// bits clear, unswept lists empty, and every in-use span accounted for.
#include <cstring>

#include "runtime/base.h"
#include "runtime/mgcwork.h"

namespace gomini::rt {

namespace {

// Population count without relying on the POPCNT instruction (the build targets baseline
// x86-64, where std::popcount becomes a libgcc call).
inline unsigned popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return unsigned((x * 0x0101010101010101ull) >> 56);
}

// Set bits among the first nelems bits of a span bitmap (bitStore is 64-bit aligned, little-endian).
uintptr_t countBits(const uint8_t* bits, uintptr_t nelems) {
    uintptr_t n = 0;
    uintptr_t full = nelems / 64;
    for (uintptr_t i = 0; i < full; i++) {
        uint64_t w;
        std::memcpy(&w, bits + i * 8, 8);
        if (w) n += popcount64(w);
    }
    if (nelems % 64) {
        uint64_t w;
        std::memcpy(&w, bits + full * 8, 8);
        n += popcount64(w & ((uint64_t(1) << (nelems % 64)) - 1));
    }
    return n;
}

// Swaps the bitmaps and resets the allocation state of a span whose sweep keeps it.
void resetAllocState(MSpan* s, uintptr_t nalloc) {
    s->allocCount = uint16_t(nalloc);
    s->freeindex = 0;
    uint8_t* old = s->allocBits;
    s->allocBits = s->gcmarkBits;
    s->gcmarkBits = old;
    std::memset(s->gcmarkBits, 0, (uintptr_t(s->nelems) + 63) / 64 * 8);
    s->refillAllocCache(0);
}

void sweepSpan(MHeap& h, MCentral& c, MSpan* s, uint32_t sg, SweepStats& st) {
    GM_ASSERT(s->state == SpanState::InUse && s->sweepgen == sg - 1,
              "sweep: span %p state %d sweepgen %u, heap sweepgen %u", (void*)s, int(s->state), s->sweepgen, sg);
    uintptr_t nalloc = countBits(s->gcmarkBits, s->nelems);
    GM_ASSERT(nalloc <= s->allocCount, "sweep: span %p (class %d) has %zu marked slots but only %u allocated",
              (void*)s, int(s->spanclass.v), size_t(nalloc), unsigned(s->allocCount));
    uintptr_t nfreed = s->allocCount - nalloc;
    st.spansSwept++;
    if (s->spanclass.sizeclass() == 0) {
        if (nfreed != 0) {
            st.objectsFreed++;
            st.bytesFreed += s->elemsize;
            st.spansFreed++;
            h.freeSpan(s);
            return;
        }
        resetAllocState(s, nalloc);
        s->sweepgen = sg;
        std::lock_guard<std::mutex> g(c.lock);
        c.fullSwept(sg).pushFront(s);
        return;
    }
    resetAllocState(s, nalloc);
    s->sweepgen = sg;
    if (nfreed > 0) {
        s->needzero = true;
        st.objectsFreed += nfreed;
        st.bytesFreed += nfreed * s->elemsize;
    }
    if (nalloc == 0) {
        st.spansFreed++;
        h.freeSpan(s);
        return;
    }
    std::lock_guard<std::mutex> g(c.lock);
    (nalloc == s->nelems ? c.fullSwept(sg) : c.partialSwept(sg)).pushFront(s);
}

}  // namespace

SweepStats gcSweep(MHeap& h) {
    SweepStats st;
    uint32_t sg;
    {
        std::lock_guard<std::mutex> g(h.lock);
        h.sweepgen += 2;
        sg = h.sweepgen;
    }
    for (int i = 0; i < kNumSpanClasses; i++) {
        MCentral& c = h.central(SpanClass{uint8_t(i)});
        for (;;) {
            MSpan* s;
            {
                std::lock_guard<std::mutex> g(c.lock);
                s = c.partialUnswept(sg).popFront();
                if (!s) s = c.fullUnswept(sg).popFront();
                if (s) {
                    GM_ASSERT(s->sweepgen == sg - 2, "sweep: span %p on an unswept list has sweepgen %u, heap %u",
                              (void*)s, s->sweepgen, sg);
                    s->sweepgen = sg - 1;
                }
            }
            if (!s) break;
            sweepSpan(h, c, s, sg, st);
        }
    }
    h.recordFree(st.objectsFreed, st.bytesFreed);
    return st;
}

void checkSweptHeap(MHeap& h) {
    uint32_t sg = h.sweepgen;
    uint64_t spans = 0;
    for (int i = 0; i < kNumSpanClasses; i++) {
        SpanClass spc{uint8_t(i)};
        MCentral& c = h.central(spc);
        std::lock_guard<std::mutex> g(c.lock);
        GM_ASSERT(c.partialUnswept(sg).empty() && c.fullUnswept(sg).empty(),
                  "after sweep: mcentral %d still has %zu+%zu unswept spans", i, size_t(c.partialUnswept(sg).count),
                  size_t(c.fullUnswept(sg).count));
        for (int full = 0; full < 2; full++) {
            MSpanList& l = full ? c.fullSwept(sg) : c.partialSwept(sg);
            uintptr_t n = 0;
            for (MSpan* s = l.first; s; s = s->next, n++) {
                GM_ASSERT(s->list == &l && s->state == SpanState::InUse && s->spanclass == spc,
                          "after sweep: span %p (class %d, state %d) misfiled on mcentral %d", (void*)s,
                          int(s->spanclass.v), int(s->state), i);
                GM_ASSERT(s->sweepgen == sg, "after sweep: span %p has sweepgen %u, heap %u", (void*)s, s->sweepgen, sg);
                uintptr_t used = countBits(s->allocBits, s->nelems);
                for (uintptr_t k = 0; k < s->freeindex; k++) used += !s->allocBit(k);
                GM_ASSERT(used == s->allocCount, "after sweep: span %p counts %u allocated slots, bits say %zu",
                          (void*)s, unsigned(s->allocCount), size_t(used));
                GM_ASSERT(full ? s->allocCount == s->nelems : s->allocCount < s->nelems,
                          "after sweep: span %p with %u/%u slots on the %s list", (void*)s, unsigned(s->allocCount),
                          unsigned(s->nelems), full ? "full" : "partial");
                GM_ASSERT(countBits(s->gcmarkBits, s->nelems) == 0, "after sweep: span %p has mark bits set",
                          (void*)s);
                GM_ASSERT(spc.sizeclass() != 0 || full, "after sweep: large span %p on a partial list", (void*)s);
            }
            GM_ASSERT(n == l.count, "after sweep: list of mcentral %d has %zu spans, count says %zu", i, size_t(n),
                      size_t(l.count));
            spans += n;
        }
    }
    uint64_t inuse = h.stats().spansInuse;
    GM_ASSERT(spans == inuse, "after sweep: %llu spans on mcentral lists, %llu in use (a span escaped the sweep)",
              (unsigned long long)spans, (unsigned long long)inuse);
}

}  // namespace gomini::rt
