// mcentral.h — the central free lists of one span class (the twin of Go's
// mcentral.go).
//
// Design
//
// Every span class has one MCentral. It owns the class's spans that no
// mcache holds, in two sets, each split by sweep state as in Go:
//   partial  spans with at least one free slot
//   full     spans with no free slot (and large-object spans, for the sweeper)
// partial[sweepgen/2 % 2] holds swept spans and partial[1 - sweepgen/2 % 2]
// unswept ones; the same for full. When the collector bumps mheap.sweepgen by
// 2 the roles of the two halves swap, so "every swept span is now unswept"
// costs nothing.
//
// cacheSpan hands an mcache a span with free slots: a swept partial span, or
// (once the collector exists) an unswept span it sweeps on the spot, or a
// fresh span from mheap (grow). uncacheSpan takes a span back from an mcache
// and files it by fullness.
//
// Locking: `lock` guards the lists. It is never held while calling into
// mheap (grow runs unlocked), and mheap never calls back into an mcentral
// while holding mheap.lock — see runtime/HACKING.md for the lock order.
// Go uses lock-free spanSets here; a mutex per class is simpler and the
// mcache fast path never touches it.
#pragma once

#include <mutex>

#include "runtime/mspan.h"

namespace gomini::rt {

class MHeap;

class MCentral {
public:
    void init(MHeap* heap, SpanClass spc) {
        heap_ = heap;
        spanclass = spc;
    }

    // A span with at least one free slot, removed from the lists and marked
    // cached (sweepgen = sg + 3). Never null: heap exhaustion is fatal.
    MSpan* cacheSpan();
    // Returns a span that an mcache held (full or not) to the lists.
    void uncacheSpan(MSpan* s);
    // Files a span that no mcache will allocate from (a new large-object
    // span) on the swept full list, where the sweeper will find it.
    void pushFullSwept(MSpan* s);

    // For the collector and tests: the lists, read under `lock`.
    MSpanList& partialSwept(uint32_t sg) { return partial_[(sg / 2) % 2]; }
    MSpanList& partialUnswept(uint32_t sg) { return partial_[1 - (sg / 2) % 2]; }
    MSpanList& fullSwept(uint32_t sg) { return full_[(sg / 2) % 2]; }
    MSpanList& fullUnswept(uint32_t sg) { return full_[1 - (sg / 2) % 2]; }

    SpanClass spanclass;
    std::mutex lock;

private:
    MSpan* grow();

    MHeap* heap_ = nullptr;
    MSpanList partial_[2];
    MSpanList full_[2];
};

}  // namespace gomini::rt
